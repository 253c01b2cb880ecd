/**
 * A small reference document written by the team in the real one's layout: one operation with
 * Korean headings, one with English headings, a data type, common errors, and typical garbling.
 */
export const EXCERPT = `API 참조

작업

다음 작업이 지원됩니다.

- [GetWidget](#)
- [PutWidget](#)

GetWidget

위젯을 가져옵니다.

요청 구문

\`\`\`
GET /2020-01-01/widgets/WidgetName?Qualifier=Qualifier HTTP/1.1
\`\`\`

URI 요청 파라미터

요청은 다음 URI 파라미터를 사용합니다.

[WidgetName](#)

위젯 이름입니다.

이름 형식

- 위젯 이름 - my-widget(이름만), my-widget:v1(별칭 포함).
- 위젯 ARN - arn:aws:widgets:us-west-2:123456789012:widget:my-widget.

길이 제약: 최소 길이는 1입니다. 최대 길이는 140입니다.

Pattern: (arn:aws:widgets:[a-z]{2}-[a-z]+\\d{1}:\\d{12}:widget:)?([a-zA-Z0-9-_\\+)]+)(:(\\\\$\\{LATEST|[a-zA-Z0-9-_]+))?

필수 항목 여부: 예

Qualifier

버전입니다.

길이 제약: 최소 길이 1. 최대 길이 128.

패턴: \`(|[a-zA-Z0-9$_-]+)\`

요청 본문

해당 요청에는 본문이 없습니다.

응답 구문

\`\`\`
HTTP/1.1 200
Content-type: application/json

{
  "Size": number,
  "Tags": {
    "string" : "string"
  },
  "Widget": {
    "Color": "string"
  }
}
\`\`\`

응답 요소

작업이 성공하면 서비스가 HTTP 200 응답을 반환합니다.

다음 데이터는 서비스에 의해 JSON 형식으로 반환됩니다.

Size

크기입니다.

유형: 정수

유효한 범위: 최소값은 -1입니다. 최대값은 10,000입니다.

Tags

태그입니다.

유형: 문자열 간 맵

키 패턴: [a-z]+

Widget

위젯입니다.

유형: [Widget](#) 객체

Errors

ResourceNotFoundException

없습니다.

HTTP 상태 코드: 404

참고

PutWidget

Puts a widget.

Request Syntax

\`\`\`
PUT /2020-01-01/widgets/WidgetName HTTP/1.1
Content-type: application/json

{
  "Colors": [ "string" ],
  "Enabled": boolean
}
\`\`\`

URI Request Parameters

WidgetName

The widget.

Length Constraints: Minimum length of 1. Maximum length of 64.

Required: Yes

Request Body

Colors

The colors.

Type: Array of strings

Array Members: Minimum number of 1 item. Maximum number of 3 items.

Valid Values: red | green
 | blue

Required: Yes

Enabled

Type: Boolean

Required: No

Response Syntax

\`\`\`
HTTP/1.1 204
\`\`\`

Response Elements

액션이 성공하면 해당 서비스는 빈 HTTP 본문과 함께 HTTP 204 응답을 되돌려줍니다.

Errors

InvalidParameterValueException

잘못되었습니다.

HTTP Status Code: 400

See Also

데이터 형식

다음 데이터 유형이 지원됩니다.

- [Widget](#)

Widget

위젯입니다.

내용

Color

색입니다.

유형: 문자열

유효 값: red | green | blue

필수 여부: 아니요

참고

공통 파라미터

Action

유형: 문자열

일반적인 오류

ServiceUnavailable

일시적 장애.

HTTP 상태 코드: 503
`;
