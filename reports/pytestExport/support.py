# --- support: set-up, signed sending, assertions (written by lambda-conformance export pytest) ---
import base64
import ipaddress
import json
import os
import re
import uuid
from urllib.parse import urlsplit

import boto3
import pytest
import requests
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ENDPOINT = os.environ.get("AWS_ENDPOINT_URL_LAMBDA") or os.environ.get("AWS_ENDPOINT_URL")
REGION = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
TIMEOUT_S = 30
ALIAS = "live"
STATEMENT = "lc-statement"
TRUST_POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    }
)
UUID_IN_PATH = re.compile(r"(/event-source-mappings/)([0-9a-fA-F-]{36})")
CSC_ARN = re.compile(r"arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:code-signing-config:csc-[a-z0-9]+")
# Headers the exchange sets itself: signing, length, host, the SDK's bookkeeping.
DROPPED_HEADERS = {
    "authorization", "host", "content-length", "x-amz-date", "x-amz-content-sha256",
    "x-amz-security-token", "user-agent", "x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request",
}


def _credentials():
    return Credentials(
        os.environ.get("AWS_ACCESS_KEY_ID", "test"),
        os.environ.get("AWS_SECRET_ACCESS_KEY", "test"),
        os.environ.get("AWS_SESSION_TOKEN"),
    )


@pytest.fixture
def endpoint():
    """The endpoint under test, from the environment; loopback only unless LAMBDA_CONFORMANCE_ALLOW_REMOTE=1."""
    if not ENDPOINT:
        pytest.skip("set AWS_ENDPOINT_URL_LAMBDA (or AWS_ENDPOINT_URL) to the emulator's URL")
    host = urlsplit(ENDPOINT).hostname or ""
    loopback = host == "localhost" or (_is_ip(host) and ipaddress.ip_address(host).is_loopback)
    if not loopback and os.environ.get("LAMBDA_CONFORMANCE_ALLOW_REMOTE") != "1":
        pytest.skip(f"{host} is not loopback: these tests create and delete resources (LAMBDA_CONFORMANCE_ALLOW_REMOTE=1 allows it)")
    return ENDPOINT.rstrip("/")


def _is_ip(host):
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def _client(service, endpoint_url):
    c = _credentials()
    return boto3.client(
        service, endpoint_url=endpoint_url, region_name=REGION, aws_access_key_id=c.access_key,
        aws_secret_access_key=c.secret_key, aws_session_token=c.token,
    )


class Fixtures:
    """What one recorded request names, made anew under a prefix of this test's own and deleted after."""

    def __init__(self, endpoint_url, recorded_prefix, leave_out=(), sweep=False):
        self.endpoint = endpoint_url
        self.sweep = sweep
        self.recorded = recorded_prefix
        self.prefix = "lc-" + uuid.uuid4().hex[:8]
        self.leave_out = set(leave_out)
        self.lam = _client("lambda", endpoint_url)
        self.replace = {recorded_prefix: self.prefix}
        self.undo = []
        self.skipped = []
        self.role = None
        self.queue_arn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for step in reversed(self.undo):
            try:
                step()
            except Exception:  # teardown is best-effort: what is gone is gone
                pass
        for name in self._names_made_by_request():
            try:
                self.lam.delete_function(FunctionName=name)
            except Exception:
                pass
        if self.sweep:
            self._sweep()
        return False

    def _sweep(self):
        """A command sequence's own functions and layers: everything under this test's prefix."""
        mine = self.prefix + "-"
        try:
            for page in self.lam.get_paginator("list_functions").paginate():
                for fn in page.get("Functions", []):
                    if fn["FunctionName"].startswith(mine):
                        self._step("DeleteFunction", lambda n=fn["FunctionName"]: self.lam.delete_function(FunctionName=n))
            for layer in self.lam.list_layers().get("Layers", []):
                if layer["LayerName"].startswith(mine):
                    for v in self.lam.list_layer_versions(LayerName=layer["LayerName"]).get("LayerVersions", []):
                        self._step("DeleteLayerVersion", lambda n=layer["LayerName"], v=v["Version"]: self.lam.delete_layer_version(LayerName=n, VersionNumber=v))
        except Exception:  # teardown is best-effort
            pass

    def _step(self, what, fn):
        try:
            return fn()
        except Exception as e:  # the emulator may lack the step: the request still goes out
            self.skipped.append(f"{what}: {type(e).__name__}: {str(e)[:200]}")
            return None

    def prepare(self, path, body):
        """Creates what the request names: functions, layers, a mapping, a code signing config."""
        text = path + (body or "")
        names = sorted(set(re.findall(re.escape(self.recorded) + r"-([a-z]+\d*)", text)))
        for suffix in names:
            if suffix == "fn" or re.fullmatch(r"o\d+", suffix):
                self._function(f"{self.prefix}-{suffix}")
            elif suffix == "layer" or re.fullmatch(r"l\d+", suffix):
                self._layer(f"{self.prefix}-{suffix}")
            elif suffix == "role":
                self._role()
            elif suffix == "queue":
                self._queue()
        mapping = UUID_IN_PATH.search(path)
        if mapping:
            made = self._mapping()
            if made:
                self.replace[mapping.group(2)] = made
        for arn in set(CSC_ARN.findall(text)):
            made = self._code_signing_config()
            if made:
                self.replace[arn] = made
        return self

    def _role(self):
        if self.role is None:
            iam = _client("iam", self.endpoint)
            name = f"{self.prefix}-role"
            made = self._step("CreateRole", lambda: iam.create_role(RoleName=name, AssumeRolePolicyDocument=TRUST_POLICY))
            if made:
                self.undo.append(lambda: iam.delete_role(RoleName=name))
            self.role = made["Role"]["Arn"] if made else f"arn:aws:iam::123456789012:role/{name}"
        return self.role

    def _function(self, name):
        lam = self.lam
        made = self._step("CreateFunction", lambda: lam.create_function(
            FunctionName=name, Runtime=RUNTIME, Role=self._role(), Handler=HANDLER,
            Code={"ZipFile": base64.b64decode(ZIP_PACKAGE)},
        ))
        if not made:
            return
        self.undo.append(lambda: lam.delete_function(FunctionName=name))
        version = (self._step("PublishVersion", lambda: lam.publish_version(FunctionName=name)) or {}).get("Version")
        if version:
            self._step("CreateAlias", lambda: lam.create_alias(FunctionName=name, Name=ALIAS, FunctionVersion=version))
        if "urlQualifiers" not in self.leave_out:
            for q in ({}, {"Qualifier": ALIAS}):
                self._step("CreateFunctionUrlConfig", lambda q=q: lam.create_function_url_config(FunctionName=name, AuthType="NONE", **q))
        if "eventInvokeConfig" not in self.leave_out:
            self._step("PutFunctionEventInvokeConfig", lambda: lam.put_function_event_invoke_config(FunctionName=name, MaximumRetryAttempts=1))
        self._step("AddPermission", lambda: lam.add_permission(
            FunctionName=name, StatementId=STATEMENT, Action="lambda:InvokeFunction", Principal="s3.amazonaws.com"))

    def _layer(self, name):
        lam = self.lam
        made = self._step("PublishLayerVersion", lambda: lam.publish_layer_version(
            LayerName=name, Content={"ZipFile": base64.b64decode(ZIP_PACKAGE)}, CompatibleRuntimes=[RUNTIME]))
        if not made:
            return
        v = made["Version"]
        self.undo.append(lambda: lam.delete_layer_version(LayerName=name, VersionNumber=v))
        self._step("AddLayerVersionPermission", lambda: lam.add_layer_version_permission(
            LayerName=name, VersionNumber=v, StatementId=STATEMENT, Action="lambda:GetLayerVersion", Principal="*"))

    def _queue(self):
        """The run's queue, once: the ARN a mapping's EventSourceArn names."""
        if self.queue_arn is None:
            sqs = _client("sqs", self.endpoint)
            queue = self._step("CreateQueue", lambda: sqs.create_queue(QueueName=f"{self.prefix}-queue"))
            if not queue:
                return None
            url = queue["QueueUrl"]
            self.undo.append(lambda: sqs.delete_queue(QueueUrl=url))
            self.queue_arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        return self.queue_arn

    def _mapping(self):
        arn = self._queue()
        if not arn:
            return None
        fn = f"{self.prefix}-esm"
        self._function(fn)
        made = self._step("CreateEventSourceMapping", lambda: self.lam.create_event_source_mapping(
            FunctionName=fn, EventSourceArn=arn, BatchSize=1, Enabled=False))
        if not made:
            return None
        self.undo.append(lambda: self.lam.delete_event_source_mapping(UUID=made["UUID"]))
        return made["UUID"]

    def _code_signing_config(self):
        made = self._step("CreateCodeSigningConfig", lambda: self.lam.create_code_signing_config(
            Description=f"{self.prefix} lambda-conformance", AllowedPublishers={
                "SigningProfileVersionArns": ["arn:aws:signer:us-east-1:123456789012:/signing-profiles/lc/1"]}))
        if not made:
            return None
        arn = made["CodeSigningConfig"]["CodeSigningConfigArn"]
        self.undo.append(lambda: self.lam.delete_code_signing_config(CodeSigningConfigArn=arn))
        return arn

    def _names_made_by_request(self):
        """Functions the request itself created under this test's prefix (fresh names of CreateFunction)."""
        return [f"{self.prefix}-{s}" for s in getattr(self, "_created", [])]

    def _substitute(self, text):
        for old, new in self.replace.items():
            text = text.replace(old, new)
        return text

    def send(self, method, path, headers, body):
        """The recorded request with this test's names, signed (SigV4, service lambda) and sent."""
        path = self._substitute(path)
        body = None if body is None else self._substitute(body)
        self._created = re.findall(re.escape(self.prefix) + r"-(c\d+)", (body or "") + path)
        kept = {k: v for k, v in headers.items() if k.lower() not in DROPPED_HEADERS}
        request = AWSRequest(method=method, url=self.endpoint + path, data=(body or "").encode(), headers=kept)
        SigV4Auth(_credentials(), "lambda", REGION).add_auth(request)
        prepared = request.prepare()
        return requests.request(method, prepared.url, headers=dict(prepared.headers), data=prepared.body, timeout=TIMEOUT_S)


def error_type(r):
    """The error type as the SDK reads restJson1: header, then body code, then __type; prefix and suffix cut."""
    raw = r.headers.get("x-amzn-errortype")
    if not raw:
        try:
            doc = r.json()
        except ValueError:
            doc = None
        if isinstance(doc, dict):
            raw = doc.get("code") or doc.get("__type")
    if not raw or not isinstance(raw, str):
        return None
    return raw.split(":")[0].split(",")[0].split("#")[-1] or None


def media_type(r):
    return (r.headers.get("content-type") or "").split(";")[0].strip().lower()


def shown(r):
    return f"{r.status_code} {error_type(r) or ''} {media_type(r)}: {r.text[:300]}"


def assert_no_server_error(r):
    assert r.status_code < 500, f"server error: {shown(r)}"


def assert_success_status(r, documented):
    if 200 <= r.status_code < 300:
        assert r.status_code in documented, f"success status {r.status_code}, documented {documented}"


def assert_json_media_type(r):
    if r.content and r.status_code not in (204, 304):
        assert media_type(r) in JSON_MEDIA_TYPES, f"Content-Type {media_type(r) or 'none'} where JSON is expected"


def assert_rejected(r, label_violated):
    assert r.status_code >= 400, f"accepted invalid input with {shown(r)}"
    assert r.status_code < 500, f"invalid input answered {shown(r)}, not rejected"
    t = error_type(r)
    if r.status_code == 409 and t in CONFLICT_ERROR_TYPES:
        pytest.skip(f"inconclusive: {t} (the identity exists)")
    assert label_violated or t in REJECTION_TYPES, f"rejected with {t}, not a validation error"


def assert_accepted(r):
    t = error_type(r)
    assert not (400 <= r.status_code < 500 and t in SCHEMA_REJECTION_TYPES), f"valid input rejected with {shown(r)}"


def assert_documented_error(r, documented, elsewhere):
    if r.status_code < 400:
        return
    t = error_type(r)
    assert t is not None, f"{r.status_code} without an error type"
    status = documented.get(t, elsewhere.get(t))
    assert status is not None, f"undocumented error {t} ({r.status_code})"
    assert status == r.status_code, f"{t} returned with {r.status_code}, documented {status}"


def assert_model(r, status, error):
    """The answer the model of the command sequence predicts: its status and, for an error, its type."""
    want = f"{status} {error}" if error else str(status)
    assert r.status_code == status and (error is None or error_type(r) == error), f"model expects {want}, target answered {shown(r)}"


def assert_implemented(r):
    t = error_type(r)
    assert r.status_code != 501, f"501: {shown(r)}"
    assert not (r.status_code in (404, 405) and t is None), f"no route: {shown(r)}"
    assert t not in NOT_IMPLEMENTED_ERROR_TYPES, f"not implemented: {shown(r)}"


_KIND = {
    "type": "type", "pattern": "pattern", "enum": "enum", "const": "enum", "required": "required",
    "minLength": "length", "maxLength": "length", "minItems": "length", "maxItems": "length",
    "minProperties": "length", "maxProperties": "length", "minimum": "range", "maximum": "range",
    "exclusiveMinimum": "range", "exclusiveMaximum": "range", "propertyNames": "key",
}


def _js_pattern(p):
    """A JavaScript (u flag) pattern in Python's terms: `$` is the very end, \\d and \\w are ASCII."""
    out, in_class, escaped = [], False, False
    for ch in p:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == "$" and not in_class:
            out.append(r"\Z")
        else:
            out.append(ch)
    return "(?a)" + "".join(out)


def _python_schema(schema):
    if isinstance(schema, dict):
        return {k: (_js_pattern(v) if k == "pattern" and isinstance(v, str) else _python_schema(v)) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_python_schema(v) for v in schema]
    return schema


def _issues(value, schema):
    import jsonschema

    for e in jsonschema.Draft202012Validator(_python_schema(schema)).iter_errors(value):
        kind = "key" if "propertyNames" in e.schema_path else _KIND.get(e.validator)
        if kind is None:  # unknown members warn; they are never this finding
            continue
        path = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in e.absolute_path)
        if kind == "required":
            missing = re.search(r"'(.+)' is a required property", e.message)
            path += "/" + (missing.group(1) if missing else "?")
        if kind == "key":
            path += "/*"
        yield path, kind


def _matches(path, entry):
    pattern = "^" + "/".join("[^/]+" if s == "*" else re.escape(s) for s in entry.split("/")) + "$"
    return re.match(pattern, path) is not None


def assert_shape(r, schema, headers, status_member, payload, defects):
    """The answer's output value has none of the defects the finding names (path and constraint)."""
    if not 200 <= r.status_code < 300:
        return
    value = {}
    if not payload and r.content.strip():
        try:
            body = r.json()
        except ValueError:
            body = None
        assert isinstance(body, dict), f"body is not a JSON object: {r.text[:200]}"
        value.update(body)
    for header, (member, kind) in headers.items():
        raw = r.headers.get(header)
        if raw is not None:
            value[member] = _from_header(raw, kind)
    if status_member:
        value[status_member] = r.status_code
    found = sorted({f"{p} {k}" for p, k in _issues(value, schema) for d in defects if k == d[1] and _matches(p, d[0])})
    assert not found, "output does not fit its shape: " + "; ".join(found)


def _from_header(raw, kind):
    if kind in ("integer", "long", "float", "double"):
        try:
            return int(raw) if kind in ("integer", "long") else float(raw)
        except ValueError:
            return raw
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    return raw
# --- end of support ---
