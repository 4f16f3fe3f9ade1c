#!/usr/bin/env python3
"""A bounded memory soak of the Release smsim on loopback: does RSS stay flat under traffic?

Starts `smsim serve --port 0`, sends REQUESTS mixed calls over several keep-alive connections
(AWS PutOptedOutNumber, DescribeOptedOutNumbers and SendTextMessage; Convoso inserts and
searches) with JOURNAL_READS full reads of `GET /_smsim/requests` spread through them, prints
smsim's RSS (VmRSS from /proc) every REPORT_EVERY requests, and stops smsim and itself at the end
or after MAX_SECONDS, whichever comes first. Numbers cycle through a fixed range, so the stored
opt-outs stop growing early and what is left to grow is smsim's own bookkeeping.

    bench/soak.py                         # build/release/simulator/smsim, 1,000,000 requests
    bench/soak.py --requests 10000 --journal-reads 20   # a quick look
"""
import argparse
import http.client
import json
import pathlib
import signal
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
AWS_CONTENT_TYPE = "application/x-amz-json-1.0"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
TARGET_PREFIX = "PinpointSMSVoiceV2."
SIMULATOR_DESTINATION = "+14254147755"  # AWS's simulator destination that is always delivered
DISTINCT_NUMBERS = 20_000  # opt-outs and Convoso records stop growing after this many
READY_SECONDS = 30
STOP_SECONDS = 30
RSS_TARGET_MB = 200


def log(message):
    print(f"[soak] {message}", file=sys.stderr, flush=True)


def rss_mb(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Smsim:
    """smsim on a free loopback port, stopped by its own pid."""

    def __init__(self, binary):
        self.process = subprocess.Popen(
            [str(binary), "serve", "--host", "127.0.0.1", "--port", "0", "--log-level", "warn"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self._first_line()
        self.port = int(line.rsplit(":", 1)[1])

    def _first_line(self):
        deadline = threading.Timer(READY_SECONDS, self.process.kill)
        deadline.start()
        try:
            line = self.process.stdout.readline().strip()
        finally:
            deadline.cancel()
        if not line.startswith("smsim listening on http://"):
            raise RuntimeError(f"smsim did not start: {line!r}")
        return line

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Client:
    """One keep-alive connection and the calls the soak makes on it."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def request(self, method, path, body=None, headers=None):
        self.connection.request(method, path, body=body, headers=headers or {})
        response = self.connection.getresponse()
        payload = response.read()
        if response.status >= 500:
            raise RuntimeError(f"{method} {path}: {response.status} {payload[:300]!r}")
        return payload

    def aws(self, operation, payload):
        headers = {"X-Amz-Target": TARGET_PREFIX + operation, "Content-Type": AWS_CONTENT_TYPE}
        return self.request("POST", "/", json.dumps(payload), headers)

    def convoso(self, operation, form):
        return self.request("POST", "/v1/" + operation, form, {"Content-Type": FORM_CONTENT_TYPE})


def mixed_call(client, index, origination):
    """The index-th call of the mix: three AWS calls, two Convoso calls, in turn."""
    number = 2_000_000_000 + index % DISTINCT_NUMBERS
    kind = index % 5
    if kind == 0:
        client.aws("PutOptedOutNumber", {"OptOutListName": "Default", "OptedOutNumber": f"+1{number}"})
    elif kind == 1:
        client.aws("DescribeOptedOutNumbers", {"OptOutListName": "Default", "MaxResults": 20})
    elif kind == 2:
        client.aws("SendTextMessage", {"DestinationPhoneNumber": SIMULATOR_DESTINATION,
                                       "OriginationIdentity": origination,
                                       "MessageBody": f"soak {index}"})
    elif kind == 3:
        client.convoso("sms-opt-out/insert",
                       f"auth_token=soak&phone_code=1&campaign_id=0&phone_number={number}")
    else:
        client.convoso("sms-opt-out/search", f"auth_token=soak&limit=20&phone_number={number}")


class Soak:
    def __init__(self, args, smsim):
        self.args = args
        self.smsim = smsim
        self.lock = threading.Lock()
        self.next_index = 0
        self.done = 0
        self.journal_reads = 0
        self.read_every = max(1, args.requests // max(1, args.journal_reads))
        self.deadline = time.monotonic() + args.max_seconds
        self.failures = []
        self.origination = json.loads(Client(smsim.port).aws("RequestPhoneNumber", {
            "IsoCountryCode": "US", "MessageType": "TRANSACTIONAL",
            "NumberCapabilities": ["SMS"], "NumberType": "TOLL_FREE"}))["PhoneNumber"]

    def take(self):
        """The next call's index, or None when the soak is over."""
        with self.lock:
            if self.next_index >= self.args.requests or time.monotonic() > self.deadline:
                return None
            self.next_index += 1
            return self.next_index - 1

    def finished(self, index, started):
        with self.lock:
            self.done += 1
            if self.done % self.args.report_every == 0:
                elapsed = time.monotonic() - started
                print(f"{self.done:>9,} requests  {elapsed:7.1f} s  RSS {rss_mb(self.smsim.process.pid):7.1f} MB"
                      f"  journal reads {self.journal_reads}", flush=True)

    def worker(self, started):
        client = Client(self.smsim.port)
        try:
            while (index := self.take()) is not None:
                if index % self.read_every == self.read_every - 1 and index < self.args.requests:
                    client.request("GET", "/_smsim/requests")
                    with self.lock:
                        self.journal_reads += 1
                else:
                    mixed_call(client, index, self.origination)
                self.finished(index, started)
        except Exception as error:  # noqa: BLE001 - reported, and the soak fails
            self.failures.append(repr(error))
            self.deadline = 0

    def run(self):
        started = time.monotonic()
        print(f"{0:>9,} requests  {0.0:7.1f} s  RSS {rss_mb(self.smsim.process.pid):7.1f} MB", flush=True)
        threads = [threading.Thread(target=self.worker, args=(started,))
                   for _ in range(self.args.connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        final = rss_mb(self.smsim.process.pid)
        print(f"done: {self.done:,} requests ({self.journal_reads} full journal reads) in "
              f"{elapsed:.1f} s, {self.done / elapsed:,.0f} req/s; RSS at the end {final:.1f} MB "
              f"(target < {RSS_TARGET_MB} MB)", flush=True)
        for failure in self.failures:
            log(f"failed: {failure}")
        return 0 if not self.failures and final < RSS_TARGET_MB else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=ROOT / "build" / "release" / "simulator" / "smsim", type=pathlib.Path)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--journal-reads", type=int, default=50)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--report-every", type=int, default=100_000)
    parser.add_argument("--max-seconds", type=float, default=3600)
    args = parser.parse_args()
    smsim = Smsim(args.binary)
    try:
        return Soak(args, smsim).run()
    finally:
        smsim.stop()


if __name__ == "__main__":
    sys.exit(main())
