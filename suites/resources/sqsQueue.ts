/**
 * The queue event source mappings map: made through SQS's JSON protocol over the raw SigV4 transport
 * (signed for `sqs`), since the SQS SDK client is not a dependency. Emulators serve SQS on the Lambda
 * endpoint; on real AWS there is no queue (no endpoint is given) and mappings are skipped.
 */

import type { RawTransport } from "../transports/rawTransport.ts";
import { assertRunPrefix } from "./assertRunPrefix.ts";
import type { OwnedBy } from "./ownedBy.ts";

async function sqs(raw: RawTransport, action: string, body: object): Promise<Record<string, unknown>> {
  const response = await raw.send({
    method: "POST",
    path: "/",
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `AmazonSQS.${action}` },
    body: JSON.stringify(body),
  });
  if (response.status < 200 || response.status >= 300)
    throw new Error(`SQS ${action}: ${response.status} ${response.body.slice(0, 200)}`);
  return JSON.parse(response.body || "{}") as Record<string, unknown>;
}

/** Creates the queue and returns its ARN. */
export async function createQueue(raw: RawTransport, name: string): Promise<{ url: string; arn: string }> {
  const url = String((await sqs(raw, "CreateQueue", { QueueName: name })).QueueUrl);
  const attributes = await sqs(raw, "GetQueueAttributes", { QueueUrl: url, AttributeNames: ["QueueArn"] });
  return { url, arn: String((attributes.Attributes as Record<string, unknown>).QueueArn) };
}

/** Deletes every queue named `<prefix>…`; never throws. */
export async function deleteQueues(
  raw: RawTransport,
  prefix: string,
  ownedBy?: OwnedBy,
  untouched: string[] = [],
): Promise<string[]> {
  assertRunPrefix(prefix);
  const listed = await sqs(raw, "ListQueues", { QueueNamePrefix: prefix }).catch(() => ({}));
  const urls = ((listed as { QueueUrls?: string[] }).QueueUrls ?? []).filter((u) => {
    const name = u.split("/").pop() ?? "";
    if (!name.startsWith(prefix)) return false;
    if (!ownedBy || ownedBy("queue", name)) return true;
    untouched.push(`queue ${name}`);
    return false;
  });
  const left: string[] = [];
  for (const url of urls) await sqs(raw, "DeleteQueue", { QueueUrl: url }).catch(() => left.push(url));
  return left;
}
