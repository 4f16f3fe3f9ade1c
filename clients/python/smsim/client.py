"""A small client of smsim's control API (/_smsim) and of its awsJson endpoint, on the standard
library only. Every call that smsim refuses raises SmsimError with its message, so a misspelt
filter fails the test instead of matching nothing."""
import json
import os
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request

DEFAULT_ACCOUNT = "123456789012"
DEFAULT_REGION = "us-east-1"
_STARTUP_SECONDS = 30
_CALL_SECONDS = 30


class SmsimError(Exception):
    """A control or AWS call that smsim answered with an error."""

    def __init__(self, status, body):
        self.status = status
        self.body = body
        message = body.get("message") or body.get("Message") if isinstance(body, dict) else body
        super().__init__(f"smsim answered {status}: {message}")


class Smsim:
    """One smsim, started here (start()) or running elsewhere (connect())."""

    def __init__(self, url, process=None, admin_token=None):
        """admin_token: the bearer token of an smsim started with --admin-token; default:
        SMSIM_ADMIN_TOKEN. Sent on every control call, never on AWS calls."""
        self.url = url.rstrip("/")
        self._process = process
        self.admin_token = admin_token or os.environ.get("SMSIM_ADMIN_TOKEN") or None

    # -- lifetime ---------------------------------------------------------------------------
    @classmethod
    def start(cls, binary=None, args=(), admin_token=None):
        """Starts `smsim serve --port 0` and waits for its address. binary: SMSIM_BINARY, else
        `smsim` on PATH. admin_token: started with it (through SMSIM_ADMIN_TOKEN, which `ps`
        does not show) and sent on control calls."""
        binary = binary or os.environ.get("SMSIM_BINARY") or shutil.which("smsim")
        if not binary:
            raise SmsimError(0, "no smsim binary: set SMSIM_BINARY or put smsim on PATH")
        env = dict(os.environ)
        if admin_token:
            env["SMSIM_ADMIN_TOKEN"] = admin_token
        process = subprocess.Popen([binary, "serve", "--port", "0", "--log-level", "warn", *args],
                                   stdout=subprocess.PIPE, text=True, env=env)
        line = process.stdout.readline().strip()
        prefix = "smsim listening on "
        if not line.startswith(prefix):
            process.kill()
            process.wait()
            raise SmsimError(0, f"smsim did not start (first line: {line!r})")
        return cls(line[len(prefix):], process, admin_token)

    @classmethod
    def connect(cls, url=None, admin_token=None):
        """An smsim that runs already: `url`, else SMSIM_URL."""
        url = url or os.environ.get("SMSIM_URL")
        if not url:
            raise SmsimError(0, "no smsim address: pass url or set SMSIM_URL")
        return cls(url, admin_token=admin_token)

    def stop(self):
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=_STARTUP_SECONDS)
            self._process.stdout.close()
            self._process = None

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.stop()

    # -- control API ------------------------------------------------------------------------
    def state(self, format="json"):
        """The state as a scenario whose seed recreates it: a dict (json) or YAML text
        (format="scenario")."""
        if format == "json":
            return self._control("GET", "/_smsim/state")
        return self._control("GET", "/_smsim/state", query={"format": format}, raw=True)

    def save_state(self):
        """Writes the state to the --state-file now."""
        return self._control("POST", "/_smsim/state/save")

    def reset(self):
        """Back to the start state: stores, journal, outbox, clock (loaded scenarios' seeds
        applied again)."""
        return self._control("POST", "/_smsim/reset")

    def messages(self, destination=None, origination=None, account=None, since=None):
        """The outbox (every message sent, automatic replies included), oldest first."""
        query = {"destination": destination, "origination": origination, "account": account,
                 "since": since}
        return self._control("GET", "/_smsim/messages", query=query)["messages"]

    def inbound(self, origination, destination, body):
        """A text from handset `origination` to your number `destination`; returns what it did
        (keyword, action, listChanged, replyMessageId, deliveries...)."""
        return self._control("POST", "/_smsim/inbound", {
            "originationNumber": origination, "destinationNumber": destination,
            "messageBody": body})

    def opt_out(self, number, list_name="Default", account=DEFAULT_ACCOUNT, region=DEFAULT_REGION):
        """Puts `number` on an opt-out list, as PutOptedOutNumber does."""
        return self.aws("PutOptedOutNumber", {"OptOutListName": list_name,
                                              "OptedOutNumber": number},
                        account=account, region=region)

    def advance_clock(self, seconds):
        """Moves the simulated clock forward (e.g. past the 30-day opt-in rule)."""
        return self._control("POST", "/_smsim/clock", {"advanceSeconds": seconds})

    def load_scenario(self, scenario):
        """Loads a scenario: a path to a YAML/JSON file, its text, or a dict."""
        if isinstance(scenario, dict):
            text = json.dumps(scenario)
        elif isinstance(scenario, os.PathLike) or (
                isinstance(scenario, str) and "\n" not in scenario and os.path.isfile(scenario)):
            with open(scenario, encoding="utf-8") as file:
                text = file.read()
        else:
            text = scenario
        return self._control("POST", "/_smsim/scenarios", text, content_type="application/yaml")

    def verify(self, scenario=None, expect=None):
        """Checks expectations (`expect`, a list, else the loaded scenarios'); returns the
        report. Raises AssertionError naming the failures when one fails."""
        body = {"expect": expect} if expect is not None else None
        report = self._control("POST", "/_smsim/verify", body, query={"scenario": scenario})
        if not report.get("passed", False):
            raise AssertionError("smsim expectations failed: " + json.dumps(report, indent=1))
        return report

    def requests(self, **filters):
        """The journal of API calls; filters: api, operation, status, errorType, rule, account,
        region, since, limit."""
        return self._control("GET", "/_smsim/requests", query=filters)["requests"]

    def events(self, **filters):
        """Event records (GET /_smsim/events)."""
        return self._control("GET", "/_smsim/events", query=filters)["events"]

    # -- AWS --------------------------------------------------------------------------------
    def aws(self, operation, body, account=DEFAULT_ACCOUNT, region=DEFAULT_REGION):
        """One awsJson1.0 call of pinpoint-sms-voice-v2, unsigned (smsim checks no signature)."""
        headers = {"X-Amz-Target": "PinpointSMSVoiceV2." + operation,
                   "Content-Type": "application/x-amz-json-1.0",
                   "Authorization": f"AWS4-HMAC-SHA256 Credential={account}/20260101/{region}/"
                                    "sms-voice/aws4_request, SignedHeaders=host, Signature=0"}
        return self._send("POST", "/", json.dumps(body).encode(), headers)

    def boto3_client(self, service="pinpoint-sms-voice-v2", account=DEFAULT_ACCOUNT,
                     region=DEFAULT_REGION):
        """A boto3 client pointed at smsim; the access key id names the account."""
        import boto3  # only this helper needs it
        return boto3.client(service, endpoint_url=self.url, region_name=region,
                            aws_access_key_id=account, aws_secret_access_key="x")

    # -- HTTP -------------------------------------------------------------------------------
    def _control(self, method, path, body=None, query=None, content_type="application/json",
                 raw=False):
        if query:
            present = {key: value for key, value in query.items() if value is not None}
            if present:
                path += "?" + urllib.parse.urlencode(present)
        data = None
        if body is not None:
            data = (body if isinstance(body, str) else json.dumps(body)).encode()
        headers = {"Content-Type": content_type} if data else {}
        if self.admin_token:
            headers["Authorization"] = "Bearer " + self.admin_token
        return self._send(method, path, data, headers, raw)

    def _send(self, method, path, data, headers, raw=False):
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=_CALL_SECONDS) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            try:
                body = json.loads(text)
            except ValueError:
                body = text
            raise SmsimError(error.code, body) from None
        if raw:
            return text
        return json.loads(text) if text else None
