"""A real HTTP receiver for delivery events, and the documented record to check them against.

EventReceiver listens on 127.0.0.1, port 0, and keeps every POST (path, headers, body); tests
subscribe it through smsim's control API on an SNS topic ARN or a Firehose stream ARN and wait
for what smsim's dispatcher delivers. assert_documented_record checks a record field by field
against AWS's documented SMS example
(https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html).
Standard library only, so the AWS CLI tests can use it too.
"""
import http.server
import json
import threading
import time

import smsim_control

# The documented SMS example's fields, in its order (isoCountryCode is described there too).
DOCUMENTED_FIELDS = [
    "eventType", "eventVersion", "eventTimestamp", "isFinal", "originationPhoneNumber",
    "destinationPhoneNumber", "isoCountryCode", "isInternationalSend", "mcc", "messageId",
    "messageRequestTimestamp", "messageEncoding", "messageType", "messageStatus",
    "messageStatusDescription", "context", "totalMessageParts", "totalMessagePrice",
    "totalCarrierFee"]
INTERMEDIATE = {"TEXT_QUEUED", "TEXT_PENDING"}


class EventReceiver:
    def __init__(self):
        self.posts = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver._lock:
                    receiver.posts.append((self.path, dict(self.headers), body.decode()))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self):
        self._server.shutdown()
        self._server.server_close()

    def subscribe(self, channel_arn, path, fmt, **extra):
        status, body = smsim_control.call("POST", "/_smsim/subscriptions", {
            "channelArn": channel_arn, "endpoint": self.url + path, "format": fmt, **extra})
        assert status == 201, body
        return body

    def posted(self, path):
        """What has been posted to `path` so far."""
        with self._lock:
            return [(headers, body) for p, headers, body in self.posts if p == path]

    def wait_for(self, path, count, timeout=20):
        """The bodies posted to `path`, once there are `count` (fails after `timeout` s)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                bodies = [(headers, body) for p, headers, body in self.posts if p == path]
            if len(bodies) >= count:
                return bodies
            time.sleep(0.05)
        raise AssertionError(f"{len(bodies)} posts to {path} after {timeout} s, wanted {count}")


def sns_records(posts):
    """The event records inside sns-http envelopes, as an SNS subscriber reads them."""
    return [json.loads(json.loads(body)["Message"]) for _, body in posts]


def assert_documented_record(test, record, *, event_type, message_id, origination, destination,
                             message_type, context=None):
    expected_fields = [f for f in DOCUMENTED_FIELDS if context or f != "context"]
    test.assertEqual(list(record), expected_fields)
    test.assertEqual(record["eventType"], event_type)
    test.assertEqual(record["eventVersion"], "1.0")
    test.assertIsInstance(record["eventTimestamp"], int)
    test.assertGreaterEqual(record["eventTimestamp"], record["messageRequestTimestamp"])
    test.assertIs(record["isFinal"], event_type not in INTERMEDIATE)
    test.assertEqual(record["originationPhoneNumber"], origination)
    test.assertEqual(record["destinationPhoneNumber"], destination)
    test.assertEqual(record["isoCountryCode"], "US")
    test.assertIs(record["isInternationalSend"], False)
    test.assertEqual(record["mcc"], "310")
    test.assertEqual(record["messageId"], message_id)
    test.assertIsInstance(record["messageRequestTimestamp"], int)
    test.assertEqual(record["messageEncoding"], "GSM")
    test.assertEqual(record["messageType"], message_type)
    test.assertEqual(record["messageStatus"], event_type.removeprefix("TEXT_"))
    test.assertIsInstance(record["messageStatusDescription"], str)
    test.assertTrue(record["messageStatusDescription"])
    if context:
        test.assertEqual(record["context"], context)
    test.assertEqual(record["totalMessageParts"], 1)
    test.assertIsInstance(record["totalMessagePrice"], (int, float))
    test.assertIsInstance(record["totalCarrierFee"], (int, float))
