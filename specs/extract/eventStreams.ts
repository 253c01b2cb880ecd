/**
 * The document writes an event stream as if it were a JSON body: InvokeWithResponseStream's response
 * syntax shows `{"InvokeComplete": …, "PayloadChunk": …}`, and the data type
 * InvokeWithResponseStreamResponseEvent lists exactly those two members, each an event of the stream
 * (이벤트 스트림). An operation whose response body members are exactly the members of the data type
 * `<Operation>ResponseEvent` therefore streams that type as a union of events in its payload.
 */
import type { DataTypeFact, EventStreamFact, Inference, OperationFact } from "./facts.ts";

/** Smithy needs a name for the payload member; it is never on the wire. */
export const EVENT_STREAM_MEMBER = "EventStream";

export function findEventStreams(
  operations: readonly OperationFact[],
  dataTypes: readonly DataTypeFact[],
  inferences: Inference[],
): EventStreamFact[] {
  const byName = new Map(dataTypes.map((t) => [t.name, t]));
  const found: EventStreamFact[] = [];
  for (const op of operations) {
    const events = byName.get(`${op.name}ResponseEvent`);
    const body = op.output.filter((m) => m.binding === "body").map((m) => m.name);
    const eventNames = events?.members.map((m) => m.name) ?? [];
    if (!events || body.length === 0 || !sameNames(body, eventNames)) continue;
    found.push({ operation: op.name, union: events.name, members: body });
    inferences.push({
      section: op.name,
      line: op.source.line,
      member: EVENT_STREAM_MEMBER,
      constraint: "binding",
      original: `body members ${body.join(", ")}`,
      what: `payload: event stream of ${events.name}`,
      evidence: `the response body members are exactly the members of the data type ${events.name} (line ${events.source.line}), the events of the operation's response stream`,
    });
  }
  return found;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
