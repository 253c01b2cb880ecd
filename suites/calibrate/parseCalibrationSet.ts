import type { CalibrationSet, RecordedResponse } from "./recordedResponse.ts";

/** A calibration file that does not have the documented format (docs/calibration.md). */
export class CalibrationFileError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks parsed JSON against the format and returns it typed; throws `CalibrationFileError` naming the first problem. */
export function parseCalibrationSet(json: unknown): CalibrationSet {
  if (!isRecord(json) || !Array.isArray(json.responses))
    throw new CalibrationFileError('expected an object with a "responses" array');
  const responses = json.responses.map(parseResponse);
  if (typeof json.count === "number" && json.count !== responses.length)
    throw new CalibrationFileError(`"count" is ${json.count} but "responses" holds ${responses.length}`);
  return {
    ...(typeof json.about === "string" ? { about: json.about } : {}),
    ...(typeof json.license === "string" ? { license: json.license } : {}),
    responses,
  };
}

function parseResponse(value: unknown, index: number): RecordedResponse {
  const at = `responses[${index}]`;
  if (!isRecord(value)) throw new CalibrationFileError(`${at}: expected an object`);
  const { source, operation, status, headers, body } = value;
  if (typeof operation !== "string" || operation === "")
    throw new CalibrationFileError(`${at}: "operation" must be a non-empty string`);
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599)
    throw new CalibrationFileError(`${at}: "status" must be an HTTP status (100–599)`);
  if (!isRecord(headers) || Object.values(headers).some((h) => typeof h !== "string"))
    throw new CalibrationFileError(`${at}: "headers" must be an object of strings`);
  if (typeof body !== "string") throw new CalibrationFileError(`${at}: "body" must be a string`);
  // Transports lower-case header names; a recording may keep the wire's spelling.
  const lowered = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return {
    source: typeof source === "string" ? source : at,
    operation,
    status,
    headers: lowered,
    body,
  };
}
