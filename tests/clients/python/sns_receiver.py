"""A real HTTP endpoint for SNS subscriptions, and AWS's signature check, for the client tests.

SnsReceiver listens on 127.0.0.1 (port 0), records every POST SNS makes (headers and body), and
confirms a SubscriptionConfirmation by visiting its SubscribeURL, as an application does.
verify_signature follows "Verifying the signatures of Amazon SNS messages"
(https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html): fetch the
certificate at SigningCertURL, build the string to sign from the message's fields, and check the
Signature with SHA1withRSA (SignatureVersion 1) or SHA256withRSA (2). It skips AWS's first step
(the certificate must come from sns.<region>.amazonaws.com): smsim serves its own. The check runs
the `openssl` command, so it needs no Python package that either interpreter might lack.
"""
import base64
import json
import os
import subprocess
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

NOTIFICATION_FIELDS = ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"]
CONFIRMATION_FIELDS = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn",
                       "Type"]


def string_to_sign(message):
    fields = NOTIFICATION_FIELDS if message["Type"] == "Notification" else CONFIRMATION_FIELDS
    return "".join(f"{name}\n{message[name]}\n" for name in fields if name in message)


def verify_signature(message):
    """Raises unless the message's Signature is valid for the certificate at SigningCertURL."""
    with _opener.open(message["SigningCertURL"], timeout=30) as response:
        certificate = response.read()
    digest = {"1": "-sha1", "2": "-sha256"}[message["SignatureVersion"]]
    with tempfile.TemporaryDirectory() as directory:
        paths = {name: os.path.join(directory, name) for name in ("cert", "key", "sig", "data")}
        with open(paths["cert"], "wb") as file:
            file.write(certificate)
        with open(paths["sig"], "wb") as file:
            file.write(base64.b64decode(message["Signature"]))
        with open(paths["data"], "wb") as file:
            file.write(string_to_sign(message).encode())
        subprocess.run(["openssl", "x509", "-in", paths["cert"], "-pubkey", "-noout",
                        "-out", paths["key"]], check=True, capture_output=True)
        checked = subprocess.run(["openssl", "dgst", digest, "-verify", paths["key"],
                                  "-signature", paths["sig"], paths["data"]],
                                 capture_output=True, text=True)
    if checked.returncode != 0 or "Verified OK" not in checked.stdout:
        raise AssertionError(f"SNS signature does not verify: {checked.stdout}{checked.stderr}")


class SnsReceiver:
    def __init__(self, confirm=True):
        self.received = []  # (headers dict, body text)
        self.confirm = confirm
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                headers = {name.lower(): value for name, value in self.headers.items()}
                with receiver._lock:
                    receiver.received.append((headers, body))
                if (receiver.confirm
                        and headers.get("x-amz-sns-message-type") == "SubscriptionConfirmation"):
                    with _opener.open(json.loads(body)["SubscribeURL"], timeout=30) as answer:
                        answer.read()
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/sns"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self):
        self._server.shutdown()
        self._server.server_close()

    def wait_for(self, count, message_type=None, timeout=30):
        """The first `count` messages of `message_type` (any when None), waiting for them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                matching = [(h, b) for h, b in self.received
                            if message_type is None
                            or h.get("x-amz-sns-message-type") == message_type]
            if len(matching) >= count:
                return matching[:count]
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {count} {message_type} message(s); "
                             f"received {self.received}")
