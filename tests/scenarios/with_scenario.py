#!/usr/bin/env python3
"""Runs one client test against `smsim serve --port 0 --scenario FILE...` (standard library only).

usage: with_scenario.py SMSIM_BINARY SCENARIO_FILE... [--cwd DIR] [--require FILE ...] -- COMMAND ...

Starts the simulator with the scenarios loaded, in order, one `--scenario` each (so the option
itself is under test), reads its address from the first stdout line, runs COMMAND with it in
SMSIM_URL and without any AWS setting of the machine, then stops the simulator and exits with
COMMAND's exit code. A missing program or
required file fails the test; nothing is skipped.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import threading

STARTUP_DEADLINE_SECONDS = 60
COMMAND_DEADLINE_SECONDS = 600
LISTENING_PREFIX = "smsim listening on "


def first_line(stream, deadline):
    result = {}
    reader = threading.Thread(target=lambda: result.setdefault("line", stream.readline()), daemon=True)
    reader.start()
    reader.join(deadline)
    return result.get("line")


def main():
    if "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("scenarios", nargs="+")
    parser.add_argument("--cwd")
    parser.add_argument("--require", action="append", default=[])
    args = parser.parse_args(sys.argv[1:split])
    command = sys.argv[split + 1:]
    program = command[0] if "/" in command[0] else shutil.which(command[0])
    if not program:
        sys.exit(f"with_scenario: FAIL: required program '{command[0]}' is not installed")
    for required in args.require:
        if not os.path.exists(required):
            sys.exit(f"with_scenario: FAIL: {required} is missing (run `bash .ci/install-deps --test`)")

    scenario_options = [option for path in args.scenarios for option in ("--scenario", path)]
    server = subprocess.Popen([args.binary, "serve", "--port", "0", "--log-level", "warn",
                               *scenario_options],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = first_line(server.stdout, STARTUP_DEADLINE_SECONDS)
        if not line or not line.startswith(LISTENING_PREFIX):
            sys.exit(f"with_scenario: FAIL: smsim did not start (first line: {line!r})")
        env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
        env.update({"SMSIM_URL": line[len(LISTENING_PREFIX):].strip(),
                    "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
                    "AWS_EC2_METADATA_DISABLED": "true", "NO_PROXY": "127.0.0.1,localhost"})
        completed = subprocess.run([program, *command[1:]], cwd=args.cwd, env=env,
                                   timeout=COMMAND_DEADLINE_SECONDS)
        return completed.returncode
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
