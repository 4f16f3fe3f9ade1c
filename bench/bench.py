#!/usr/bin/env python3
"""smsim's benchmark, run by bench/run.sh once the Release build and the helpers exist.

Measures on loopback, in one run, smsim against nginx serving a fixed response (the ceiling) and
a bare cpp-httplib server (the transport alone): start-up to first response, throughput and
latency with wrk, peak RSS, seeding 1,000,000 opted-out numbers, list-size independence of the
paged reads, the bounded journal over a soak, and callgrind instructions per request.
Writes results.json and report.md to --out and prints the report.
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

BENCH = pathlib.Path(__file__).resolve().parent
WRK = BENCH / "wrk"
READY_DEADLINE_SECONDS = 300  # a 1,000,000-number seed under callgrind takes a while
AWS_CONTENT_TYPE = "application/x-amz-json-1.0"
# One request on a connection is ~360 bytes; a connection that has received less than this many
# bytes during a run was never served beyond its first request.
SERVED_CONNECTION_BYTES = 4096
SEED_FIRST_NUMBER = "+12000000000"
SIMULATOR_DESTINATION = "+14254147755"


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http(port, path, body=None, target=None, method=None, content_type=AWS_CONTENT_TYPE):
    headers = {}
    if target:
        headers = {"X-Amz-Target": "PinpointSMSVoiceV2." + target, "Content-Type": content_type}
    data = body.encode() if isinstance(body, str) else body
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers,
                                     method=method)
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.load(response)


def aws(port, operation, payload):
    return http(port, "/", json.dumps(payload), target=operation)


def proc_status_kb(pid, field):
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    try:
        found = []
        for task in pathlib.Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
        return found
    except OSError:
        return []


class Server:
    """A server process on a free loopback port, stopped by its own pid."""

    def __init__(self, name, argv_for_port, stderr_path=None, ready_path="/_smsim/health"):
        self.name = name
        self.port = free_port()
        self.stderr_file = open(stderr_path, "w") if stderr_path else subprocess.DEVNULL
        self.started = time.monotonic()
        self.process = subprocess.Popen(argv_for_port(self.port), stdout=subprocess.DEVNULL,
                                        stderr=self.stderr_file)
        self.ready_seconds = self._wait_ready(ready_path)

    def _wait_ready(self, path):
        deadline = time.monotonic() + READY_DEADLINE_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5):
                    return time.monotonic() - self.started
            except OSError:
                time.sleep(0.005)
        raise RuntimeError(f"{self.name} did not answer within {READY_DEADLINE_SECONDS} s")

    def pids(self):
        return [self.process.pid] + children(self.process.pid)

    def rss_kb(self):
        return sum(proc_status_kb(pid, "VmRSS") for pid in self.pids())

    def hwm_kb(self):
        return sum(proc_status_kb(pid, "VmHWM") for pid in self.pids())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.stderr_file is not subprocess.DEVNULL:
            self.stderr_file.close()
        return self.process.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class Bench:
    def __init__(self, args):
        self.args = args
        self.out = pathlib.Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.smsim_binary = str(pathlib.Path(args.smsim).resolve())
        self.bare_binary = str(pathlib.Path(args.bare).resolve())
        self.client_binary = str(pathlib.Path(args.client).resolve())
        self.results = {"duration_s": args.duration, "machine": machine_facts()}
        self.scratch = pathlib.Path(tempfile.mkdtemp(prefix="smsim-bench-"))

    # -- servers ---------------------------------------------------------------------------
    def smsim_argv(self, *extra, log_level="warn"):
        return lambda port: [self.smsim_binary, "serve", "--host", "127.0.0.1", "--port",
                             str(port), "--log-level", log_level, *extra]

    def smsim(self, *extra, log_level="warn", stderr_path=None):
        return Server(f"smsim {' '.join(extra)}".strip(), self.smsim_argv(*extra, log_level=log_level),
                      stderr_path)

    def bare_argv(self, threads=8):
        return lambda port: [self.bare_binary, str(port), str(threads)]

    def nginx_argv(self):
        def argv(port):
            directory = self.scratch / f"nginx-{port}"
            directory.mkdir(parents=True, exist_ok=True)
            config = (BENCH / "nginx.conf.in").read_text()
            config = config.replace("@PORT@", str(port)).replace("@DIR@", str(directory))
            (directory / "nginx.conf").write_text(config)
            return ["nginx", "-c", str(directory / "nginx.conf"), "-e",
                    str(directory / "startup-error.log")]
        return argv

    # -- load ------------------------------------------------------------------------------
    def wrk(self, server, script, connections, duration=None, env=None, path="/"):
        duration = duration or self.args.duration
        threads = 1 if connections == 1 else 2  # wrk needs at least one connection per thread
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "-s",
                   str(WRK / script), f"http://127.0.0.1:{server.port}{path}"]
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, **(env or {})))
        served = None
        if connections > 1:
            time.sleep(duration * 0.7)
            served = served_connections(server.port)
        stdout, stderr = run.communicate(timeout=duration + 60)
        lines = [line for line in stdout.splitlines() if line.startswith("{")]
        if run.returncode != 0 or not lines:
            raise RuntimeError(f"wrk failed: {stdout}\n{stderr}")
        result = json.loads(lines[-1])
        result["connections"] = connections
        if served is not None:
            result["served_connections"] = served
        log(f"  {server.name} {script} c={connections}: {result['rps']:.0f} req/s "
            f"p50 {result['p50_us']} us p99 {result['p99_us']} us"
            + (f" served {served}/{connections}" if served is not None else "")
            + (f" NON-2XX {result['non2xx']}" if result["non2xx"] else ""))
        return result

    def throughput(self, server, script, env=None, path="/"):
        self.wrk(server, script, 32, duration=1, env=env, path=path)  # warm-up
        return {f"c{c}": self.wrk(server, script, c, env=env, path=path) for c in (1, 32)}

    # -- measurements ----------------------------------------------------------------------
    def measure_startup(self):
        log("start-up to first response")
        runs = {"smsim": [], "bare_httplib": [], "nginx": []}
        argv = {"smsim": self.smsim_argv(log_level="info"), "bare_httplib": self.bare_argv(),
                "nginx": self.nginx_argv()}
        for _ in range(self.args.startup_runs):
            for name in runs:  # interleaved, so a noisy moment hits every server alike
                runs[name].append(self.startup_probe(argv[name]))
        self.results["startup"] = {
            name: {"median_ms": statistics.median(r["startup_ms"] for r in samples),
                   "min_ms": min(r["startup_ms"] for r in samples),
                   "rss_kb": statistics.median(r["rss_kb"] for r in samples)}
            for name, samples in runs.items()}

    def startup_probe(self, argv_for_port, path="/_smsim/health"):
        port = free_port()
        output = subprocess.run([self.client_binary, "startup", str(port), path,
                                 *argv_for_port(port)], capture_output=True, text=True,
                                check=True, timeout=READY_DEADLINE_SECONDS).stdout
        return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", output)}

    def measure_put(self):
        log("PutOptedOutNumber: nginx, bare cpp-httplib, smsim (warn and info logging)")
        put = "put_opted_out_number.lua"
        results = {}
        servers = [("nginx", lambda: Server("nginx", self.nginx_argv())),
                   ("bare_httplib", lambda: Server("bare", self.bare_argv())),
                   ("smsim_warn", lambda: self.smsim()),
                   ("smsim_info", lambda: self.smsim(log_level="info",
                                                     stderr_path=self.scratch / "info.log")),
                   ("bare_httplib_64_threads", lambda: Server("bare64", self.bare_argv(64)))]
        for name, start in servers:
            with start() as server:
                results[name] = self.throughput(server, put)
                results[name]["peak_rss_kb"] = server.hwm_kb()
        # The ratio that matters most, again, alternating, to see the noise.
        pairs = []
        for _ in range(self.args.repeats):
            with self.smsim() as smsim:
                smsim_rps = self.wrk(smsim, put, 32)["rps"]
            with Server("bare", self.bare_argv()) as bare:
                bare_rps = self.wrk(bare, put, 32)["rps"]
            pairs.append({"smsim_rps": smsim_rps, "bare_rps": bare_rps,
                          "ratio": smsim_rps / bare_rps})
        results["smsim_vs_bare_repeats"] = pairs
        self.results["put"] = results

    def measure_dashboard(self):
        """PutOptedOutNumber without and with the web dashboard open in N headless Chromium
        tabs (each its own browser context, polling as a person's tab would), alternating, so the
        machine's noise hits both alike. Also counts smsim's threads with the tabs open."""
        tabs = self.args.dashboard_tabs
        log(f"PutOptedOutNumber without and with the dashboard open in {tabs} tabs")
        put = "put_opted_out_number.lua"
        runs = []
        for _ in range(self.args.repeats):
            with self.smsim() as smsim:
                self.wrk(smsim, put, 32, duration=1)  # warm-up
                without = {str(c): self.wrk(smsim, put, c) for c in (1, 32)}
            with self.smsim() as smsim:
                opener = subprocess.Popen(
                    ["node", str(BENCH / "dashboard_tabs.mjs"), f"http://127.0.0.1:{smsim.port}",
                     str(tabs)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                if opener.stdout.readline().strip() != "ready":
                    raise RuntimeError("the dashboard tabs did not open")
                self.wrk(smsim, put, 32, duration=1)  # warm-up
                threads = len(os.listdir(f"/proc/{smsim.pids()[0]}/task"))
                with_tabs = {str(c): self.wrk(smsim, put, c) for c in (1, 32)}
                opener.stdin.close()
                ages = opener.stdout.read().strip()
                opener.wait(timeout=60)
            runs.append({"without": without, "with_tabs": with_tabs, "threads_with_tabs": threads,
                         "tabs_still_polling": ages,
                         "ratio_c32": with_tabs["32"]["rps"] / without["32"]["rps"],
                         "ratio_c1": with_tabs["1"]["rps"] / without["1"]["rps"]})
        self.results["dashboard"] = {"tabs": tabs, "runs": runs}
        if shutil.which("valgrind") is not None:
            self.results["dashboard"]["callgrind"] = self.dashboard_callgrind(tabs)

    def dashboard_callgrind(self, tabs):
        """Server-side cost of the open tabs, free of the machine's noise: smsim under callgrind
        counts its instructions for the same PutOptedOutNumber calls without and with the tabs
        polling, and for an idle window of polls alone (per poll request and per second)."""
        log(f"callgrind: PutOptedOutNumber without and with {tabs} dashboard tabs polling")
        out_file = self.out / "callgrind.dashboard.out"
        for stale in self.out.glob("callgrind.dashboard.out*"):
            stale.unlink()

        def argv(port):
            return ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}",
                    *self.smsim_argv()(port)]

        put = json.dumps({"OptOutListName": "Default", "OptedOutNumber": "+14155550100"})
        count = self.args.callgrind_requests
        idle_seconds = 20

        opener = None

        def control_calls():  # answered to the tabs so far (control calls are not journaled)
            if opener is None:
                return 0
            opener.stdin.write("count\n")
            opener.stdin.flush()
            return int(opener.stdout.readline().split()[-1])

        with Server("callgrind dashboard", argv,
                    stderr_path=self.scratch / "dashboard.valgrind.log") as server:
            pid = str(server.process.pid)
            drive = [self.client_binary, "requests", str(server.port)]

            def measure(label, action):
                subprocess.run(["callgrind_control", "--zero", pid], check=True, capture_output=True)
                before = control_calls()
                started = time.monotonic()
                action()
                seconds = time.monotonic() - started
                polls = control_calls() - before
                subprocess.run(["callgrind_control", f"--dump={label}", pid], check=True,
                               capture_output=True)
                dumps = [d for d in sorted(self.out.glob("callgrind.dashboard.out.*"))
                         if label in d.read_text(errors="ignore")[:4000]]
                total = int(re.search(r"^(?:summary|totals):\s+(\d+)", dumps[-1].read_text(
                    errors="ignore"), re.M).group(1))
                return {"instructions": total, "seconds": seconds, "control_calls": polls}

            def puts():
                subprocess.run(drive + [str(count), "PutOptedOutNumber", put], check=True,
                               timeout=1200)

            subprocess.run(drive + ["200", "PutOptedOutNumber", put], check=True, timeout=600)
            without = measure("without-tabs", puts)
            quiet = measure("idle-without-tabs", lambda: time.sleep(idle_seconds))
            opener = subprocess.Popen(
                ["node", str(BENCH / "dashboard_tabs.mjs"), f"http://127.0.0.1:{server.port}",
                 str(tabs)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            try:
                if opener.stdout.readline().strip() != "ready":
                    raise RuntimeError("the dashboard tabs did not open under callgrind")
                with_tabs = measure("with-tabs", puts)
                idle = measure("idle-with-tabs", lambda: time.sleep(idle_seconds))
            finally:
                opener.stdin.close()
                opener.wait(timeout=120)
        result = {"requests": count, "without": without, "with_tabs": with_tabs,
                  "idle_without_tabs": quiet, "idle_with_tabs": idle,
                  "ir_per_put_without": without["instructions"] / count,
                  "ir_per_put_with_tabs": with_tabs["instructions"] / count,
                  "ir_per_poll_call": (idle["instructions"] - quiet["instructions"])
                  / max(idle["control_calls"], 1),
                  "ir_per_second_of_polling": idle["instructions"] / idle["seconds"]
                  - quiet["instructions"] / quiet["seconds"]}
        log(f"  Ir/put without {result['ir_per_put_without']:,.0f}, with tabs "
            f"{result['ir_per_put_with_tabs']:,.0f}; a poll call {result['ir_per_poll_call']:,.0f} Ir, "
            f"{tabs} tabs {result['ir_per_second_of_polling']:,.0f} Ir/s")
        return result

    def seed_file(self, count, explicit=False):
        path = self.scratch / f"seed-{count}{'-explicit' if explicit else ''}.yaml"
        if path.exists():
            return path
        with open(path, "w") as out:
            out.write(f"name: bench-seed-{count}\nseed:\n  aws:\n    optOutLists:\n"
                      "      - name: Default\n        numbers:\n")
            if explicit:
                first = int(SEED_FIRST_NUMBER[1:])
                out.writelines(f'          - "+{first + i}"\n' for i in range(count))
            else:
                out.write(f'          - {{from: "{SEED_FIRST_NUMBER}", count: {count}}}\n')
        return path

    def measure_seed(self):
        log("seeding 1,000,000 opted-out numbers from a scenario")
        results = {}
        baseline = self.startup_probe(self.smsim_argv())
        for label, explicit in (("range", False), ("explicit_list", True)):
            path = self.seed_file(1_000_000, explicit)
            probe = self.startup_probe(self.smsim_argv("--scenario", str(path)))
            results[label] = {**probe, "file_bytes": path.stat().st_size,
                              "load_ms": probe["startup_ms"] - baseline["startup_ms"]}
            log(f"  {label}: first response after {probe['startup_ms']:.0f} ms, "
                f"RSS {probe['rss_kb'] / 1024:.0f} MB, peak {probe['hwm_kb'] / 1024:.0f} MB")
        results["empty_baseline"] = baseline
        self.results["seed"] = results

    def measure_describe(self):
        log("DescribeOptedOutNumbers (first 100-number page) at 1,000 and 1,000,000 numbers")
        results = {}
        for count in (1_000, 1_000_000):
            with self.smsim("--scenario", str(self.seed_file(count))) as smsim:
                page = aws(smsim.port, "DescribeOptedOutNumbers",
                           {"OptOutListName": "Default", "MaxResults": 100})
                assert len(page["OptedOutNumbers"]) == 100, page
                results[str(count)] = self.throughput(smsim, "describe_opted_out_numbers.lua")
                results[str(count)]["peak_rss_kb"] = smsim.hwm_kb()
        self.results["describe"] = results

    def measure_send(self):
        log("SendTextMessage")
        with self.smsim() as smsim:
            try:
                number = aws(smsim.port, "RequestPhoneNumber", {
                    "IsoCountryCode": "US", "MessageType": "TRANSACTIONAL",
                    "NumberCapabilities": ["SMS"], "NumberType": "TOLL_FREE"})
                aws(smsim.port, "SendTextMessage", {
                    "DestinationPhoneNumber": SIMULATOR_DESTINATION,
                    "OriginationIdentity": number["PhoneNumber"], "MessageBody": "probe"})
            except urllib.error.HTTPError as error:
                self.results["send"] = {"skipped": f"not available: {error.read().decode()[:300]}"}
                log(f"  skipped: {self.results['send']['skipped']}")
                return
            env = {"SMSIM_BENCH_ORIGINATION": number["PhoneNumber"]}
            result = self.throughput(smsim, "send_text_message.lua", env=env)
            result["peak_rss_kb"] = smsim.hwm_kb()
            self.results["send"] = result

    def convoso_fill(self, smsim, count):
        """Inserts `count` distinct SMS opt-outs through the API; returns inserts per second."""
        started = time.monotonic()
        run = 0
        total = 0
        while total < count:
            remaining = count - total
            if remaining < 20_000:
                for i in range(remaining):
                    http(smsim.port, "/v1/sms-opt-out/insert",
                         f"auth_token=bench&phone_code=1&campaign_id=0&phone_number={3000000000 + total + i}",
                         content_type="application/x-www-form-urlencoded")
            else:
                subprocess.run(["wrk", "-t2", "-c8", f"-d{min(30, max(2, remaining // 15000))}s",
                                "-s", str(WRK / "convoso_insert.lua"),
                                f"http://127.0.0.1:{smsim.port}/"], check=True,
                               capture_output=True, env=dict(os.environ, SMSIM_BENCH_RUN=str(run)))
                run += 1
            total = int(self.convoso_search(smsim, "&limit=1")["data"]["total"])
        return total, total / (time.monotonic() - started)

    def convoso_search(self, smsim, query):
        return http(smsim.port, "/v1/sms-opt-out/search?auth_token=bench" + query)

    def measure_convoso(self):
        log("Convoso search (100-record page, and one number) at 1,000 and 1,000,000 records")
        results = {}
        with self.smsim() as smsim:
            try:
                self.convoso_search(smsim, "&limit=1")["data"]
            except Exception as error:  # noqa: BLE001 - report whatever the API did
                self.results["convoso"] = {"skipped": f"not available: {error}"}
                return
            filled = 0
            for count in (1_000, 1_000_000):
                log(f"  filling to {count} records through /v1/sms-opt-out/insert")
                total, rate = self.convoso_fill(smsim, count - filled)
                filled = total
                entry = {"records": total, "insert_rate_per_s": rate}
                entry["page"] = self.throughput(smsim, "convoso_search.lua")
                entry["by_number"] = self.throughput(
                    smsim, "convoso_search.lua", env={"SMSIM_BENCH_QUERY": "&phone_number=3000000500"})
                entry["rss_kb"] = smsim.rss_kb()
                results[str(count)] = entry
        self.results["convoso"] = results

    def measure_journal(self):
        log("journal soak: RSS over repeated PutOptedOutNumber load")
        results = {}
        with self.smsim() as smsim:  # default --journal-capacity
            samples = [smsim.rss_kb()]
            for _ in range(self.args.soak_windows):
                self.wrk(smsim, "put_opted_out_number.lua", 32, duration=self.args.duration)
                samples.append(smsim.rss_kb())
            journal = http(smsim.port, "/_smsim/requests?operation=PutOptedOutNumber")["requests"]
            results["default_capacity"] = {"rss_kb_after_each_window": samples,
                                           "journal_entries": len(journal)}
        for capacity in (0, 1000, 100_000):
            with self.smsim("--journal-capacity", str(capacity)) as smsim:
                self.wrk(smsim, "put_opted_out_number.lua", 32, duration=self.args.duration)
                results[f"capacity_{capacity}"] = {"rss_kb": smsim.rss_kb(),
                                                   "peak_rss_kb": smsim.hwm_kb()}
        self.results["journal"] = results

    def measure_callgrind(self):
        log("callgrind: instructions per request")
        if shutil.which("valgrind") is None:
            self.results["callgrind"] = {"skipped": "valgrind is not installed"}
            return
        put = json.dumps({"OptOutListName": "Default", "OptedOutNumber": "+14155550100"})
        describe = json.dumps({"OptOutListName": "Default", "MaxResults": 100})
        seed = ["--scenario", str(self.seed_file(10_000))]
        cases = [
            ("health", self.smsim_argv(), "/_smsim/health", "", None),
            ("PutOptedOutNumber", self.smsim_argv(), "PutOptedOutNumber", put, None),
            ("PutOptedOutNumber_info_logging", self.smsim_argv(log_level="info"),
             "PutOptedOutNumber", put, None),
            ("DescribeOptedOutNumbers_100_of_10000", self.smsim_argv(*seed),
             "DescribeOptedOutNumbers", describe, None),
            ("SendTextMessage", self.smsim_argv(), "SendTextMessage", None, "send"),
            ("bare_httplib_Put", self.bare_argv(), "PutOptedOutNumber", put, None),
        ]
        results = {}
        for name, argv_for_port, target, body, setup in cases:
            try:
                results[name] = self.callgrind_case(name, argv_for_port, target, body, setup)
                log(f"  {name}: {results[name]['instructions_per_request']:,.0f} Ir/request")
            except (RuntimeError, subprocess.CalledProcessError, urllib.error.HTTPError) as error:
                results[name] = {"skipped": str(error)[:300]}
                log(f"  {name}: skipped: {error}")
        self.results["callgrind"] = results

    def callgrind_case(self, name, argv_for_port, target, body, setup):
        out_file = self.out / f"callgrind.{name}.out"
        for stale in self.out.glob(f"callgrind.{name}.out*"):
            stale.unlink()

        def argv(port):
            return ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}",
                    *argv_for_port(port)]

        with Server(f"callgrind {name}", argv, stderr_path=self.scratch / f"{name}.valgrind.log") as server:
            if setup == "send":
                number = aws(server.port, "RequestPhoneNumber", {
                    "IsoCountryCode": "US", "MessageType": "TRANSACTIONAL",
                    "NumberCapabilities": ["SMS"], "NumberType": "TOLL_FREE"})["PhoneNumber"]
                body = json.dumps({"DestinationPhoneNumber": SIMULATOR_DESTINATION,
                                   "OriginationIdentity": number, "MessageBody": "Your code is 1"})
            drive = [self.client_binary, "requests", str(server.port)]
            subprocess.run(drive + ["200", target, body], check=True, timeout=600)  # warm-up
            pid = str(server.process.pid)
            subprocess.run(["callgrind_control", "--zero", pid], check=True, capture_output=True)
            subprocess.run(drive + [str(self.args.callgrind_requests), target, body], check=True,
                           timeout=1200)
            subprocess.run(["callgrind_control", "--dump=measured", pid], check=True,
                           capture_output=True)
        dumps = sorted(self.out.glob(f"callgrind.{name}.out.*"))
        measured = [dump for dump in dumps if "measured" in dump.read_text(errors="ignore")[:4000]]
        if not measured:
            raise RuntimeError(f"no callgrind dump for {name}")
        text = measured[-1].read_text(errors="ignore")
        totals = re.search(r"^(?:summary|totals):\s+(\d+)", text, re.M)
        instructions = int(totals.group(1))
        return {"instructions_per_request": instructions / self.args.callgrind_requests,
                "requests": self.args.callgrind_requests, "dump": measured[-1].name}

    def run(self, only):
        steps = {"startup": self.measure_startup, "put": self.measure_put,
                 "seed": self.measure_seed, "describe": self.measure_describe,
                 "send": self.measure_send, "convoso": self.measure_convoso,
                 "journal": self.measure_journal, "callgrind": self.measure_callgrind,
                 "dashboard": self.measure_dashboard}
        for name, step in steps.items():
            if only and name not in only:
                continue
            started = time.monotonic()
            try:
                step()
            except Exception as error:  # noqa: BLE001 - one broken step must not hide the rest
                self.results[name] = {"failed": repr(error)[:500]}
                log(f"  {name} FAILED: {error!r}")
            log(f"  ({name}: {time.monotonic() - started:.0f} s)")
            (self.out / "results.json").write_text(json.dumps(self.results, indent=2))
        shutil.rmtree(self.scratch, ignore_errors=True)


def served_connections(port):
    output = subprocess.run(["ss", "-tni", "state", "established", f"( sport = :{port} )"],
                            capture_output=True, text=True).stdout
    received = [int(value) for value in re.findall(r"bytes_received:(\d+)", output)]
    return sum(1 for value in received if value > SERVED_CONNECTION_BYTES)


def machine_facts():
    return {"cpus": os.cpu_count(),
            "kernel": os.uname().release,
            "wrk": " ".join(subprocess.run(["wrk", "-v"], capture_output=True,
                                          text=True).stdout.split()[:2]),
            "nginx": subprocess.run(["nginx", "-v"], capture_output=True,
                                    text=True).stderr.strip().replace("nginx version: ", ""),
            "load_average_at_start": os.getloadavg()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smsim", required=True)
    parser.add_argument("--bare", required=True)
    parser.add_argument("--client", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--duration", type=int, default=6, help="seconds per wrk run")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--startup-runs", type=int, default=11)
    parser.add_argument("--soak-windows", type=int, default=6)
    parser.add_argument("--callgrind-requests", type=int, default=2000)
    parser.add_argument("--only", nargs="*", default=[],
                        help="startup put seed describe send convoso journal callgrind dashboard")
    parser.add_argument("--dashboard-tabs", type=int, default=10,
                        help="dashboard tabs open during the `dashboard` step")
    args = parser.parse_args()
    bench = Bench(args)
    bench.run(set(args.only))
    from report import write_report  # next to this file
    report = write_report(bench.results, pathlib.Path(args.out))
    print(report)


if __name__ == "__main__":
    main()
