/**
 * The document's labels in both languages it mixes (the Korean translation keeps some English
 * headings). Each entry is one concept; the regex captures the rest of the line.
 */
export const LABELS = {
  // The translation writes the type line three ways (유형: 762 times, Type: 18, 타입: 3).
  type: /^(?:유형|타입|Type)\s*:\s*(.*)$/,
  required: /^(?:필수 항목 여부|필수 여부|필수 사항 여부|Required)\s*:\s*(.*)$/,
  length: /^(?:길이 제약|Length Constraints)\s*:\s*(.*)$/,
  keyLength: /^(?:키 길이 제약|Key Length Constraints)\s*:\s*(.*)$/,
  pattern: /^(?:패턴|Pattern)\s*:\s*(.*)$/,
  keyPattern: /^(?:키 패턴|Key Pattern)\s*:\s*(.*)$/,
  range: /^(?:유효 범위|유효한 범위|Valid Range)\s*:\s*(.*)$/,
  enum: /^(?:유효 값|유효한 값|Valid Values)\s*:\s*(.*)$/,
  keyEnum: /^(?:유효한 키|Valid Keys)\s*:\s*(.*)$/,
  arrayMembers: /^(?:배열 멤버|어레이 멤버|Array Members)\s*:\s*(.*)$/,
  mapEntries: /^(?:맵 항목|Map Entries)\s*:\s*(.*)$/,
  httpStatus: /^(?:HTTP 상태 코드|HTTP Status Code)\s*:\s*(\d{3})/,
} as const;

/** Section headings inside an operation or data type. */
export const HEADINGS = {
  requestSyntax: /^(?:요청 구문|Request Syntax)$/,
  uriParameters: /^(?:URI 요청 파라미터|URI Request Parameters)$/,
  requestBody: /^(?:요청 본문|Request Body)$/,
  responseSyntax: /^(?:응답 구문|Response Syntax)$/,
  responseElements: /^(?:응답 요소|Response Elements)$/,
  errors: /^(?:Errors|오류)$/,
  seeAlso: /^(?:참고|See Also)$/,
  contents: /^(?:내용|Contents)$/,
  operationsList: /^(?:다음 작업이 지원됩니다\.|The following actions are supported:)$/,
  dataTypesList: /^(?:다음 데이터 유형이 지원됩니다\.|The following data types are supported:)$/,
  commonParameters: /^(?:공통 파라미터|Common Parameters)$/,
  commonErrors: /^(?:일반적인 오류|Common Errors)$/,
} as const;

/** Sentences that say how a request or response body travels. */
export const BODY_KIND = {
  binaryRequest: /이진 데이터를 허용|accepts the following binary data/,
  payloadResponse: /HTTP 본문으로 반환|returned as the HTTP body/,
  responseHeaders:
    /HTTP 헤더가 반환|returned in the response as HTTP headers|response returns the following HTTP headers/,
  jsonResponse: /JSON 형식으로 반환|returned in JSON format/,
  successStatus: /(?:HTTP|status of)\s+(\d{3})/,
} as const;

/** "예" / "Yes" mean required; "아니요", "No" and "조건부" (conditional) do not. */
export function isYes(text: string): boolean {
  return /^(?:예|Yes)(?![A-Za-z])/.test(text.trim());
}

/** Single-word paragraphs that are admonitions, not member headings. */
export const ADMONITIONS: ReadonlySet<string> = new Set(["Note", "Important", "Warning", "Tip"]);
