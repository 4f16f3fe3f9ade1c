#!/usr/bin/env python3
"""Runs one client test against a fresh `smsim serve --port 0` (python3 standard library only).

usage: run_with_smsim.py SMSIM_BINARY [--scenario FILE ...] [--server-env NAME=VALUE ...]
                         [--cwd DIR] [--env NAME=VALUE ...] [--require FILE ...] -- COMMAND [ARG ...]

Starts the simulator (with the scenario files loaded in order, one `--scenario` each, and the
`--server-env` variables, e.g. SMSIM_VERIFY_SIGNATURES=true, in its environment), reads its address from the first stdout line, runs COMMAND with the address
in SMSIM_URL and an environment that can't reach real AWS configuration, then stops the
simulator (also when COMMAND fails) and exits with COMMAND's exit code. COMMAND's program is looked
up on PATH when it has no slash; a missing program fails the test with a clear message.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

STARTUP_DEADLINE_SECONDS = 60
COMMAND_DEADLINE_SECONDS = 900
STOP_DEADLINE_SECONDS = 30
LISTENING_PREFIX = "smsim listening on "
# A closed port on the loopback: if a client ignored the endpoint it was given and tried to reach
# real AWS, its request goes to this proxy and fails at once instead of leaving the machine.
DEAD_PROXY = "http://127.0.0.1:9"


def client_environment(url):
    """The caller's environment without any AWS setting, plus smsim's address and safe defaults."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith("AWS_") and name.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY")}
    env.update({
        "SMSIM_URL": url,
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_PAGER": "",
        "AWS_CLI_AUTO_PROMPT": "off",
        "HTTP_PROXY": DEAD_PROXY, "http_proxy": DEAD_PROXY,
        "HTTPS_PROXY": DEAD_PROXY, "https_proxy": DEAD_PROXY,
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    })
    return env


def read_first_line(stream, deadline):
    """The first line of `stream`, or None if none came within `deadline` seconds."""
    result = {}
    reader = threading.Thread(target=lambda: result.setdefault("line", stream.readline()), daemon=True)
    reader.start()
    reader.join(deadline)
    return result.get("line")


def stop(server):
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(STOP_DEADLINE_SECONDS)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
            print("run_with_smsim: smsim did not stop on SIGTERM; killed it", file=sys.stderr)
            return False
    if server.returncode != 0:
        print(f"run_with_smsim: smsim exited with {server.returncode}", file=sys.stderr)
        return False
    return True


def main():
    if "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--scenario", action="append", default=[], metavar="FILE")
    parser.add_argument("--server-env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--cwd", default=None)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--require", action="append", default=[], metavar="FILE",
                        help="a file the client test needs, e.g. an installed npm package")
    args = parser.parse_args(sys.argv[1:split])
    command = sys.argv[split + 1:]
    if not command:
        parser.error("no command given after --")

    program = command[0] if "/" in command[0] else shutil.which(command[0])
    if program is None or not os.access(program, os.X_OK):
        print(f"run_with_smsim: FAIL: required program '{command[0]}' is not installed "
              f"(not found on PATH={os.environ.get('PATH', '')}); run `bash .ci/install-deps --test`",
              file=sys.stderr)
        return 1
    for required in args.require:
        if not os.path.exists(required):
            print(f"run_with_smsim: FAIL: {required} is missing; run `bash .ci/install-deps --test`",
                  file=sys.stderr)
            return 1
    if not os.access(args.binary, os.X_OK):
        print(f"run_with_smsim: FAIL: smsim binary '{args.binary}' is missing; build it first",
              file=sys.stderr)
        return 1

    with tempfile.TemporaryFile(mode="w+") as server_log:
        scenario_options = [option for path in args.scenario for option in ("--scenario", path)]
        server_env = dict(os.environ)
        for assignment in args.server_env:
            name, _, value = assignment.partition("=")
            server_env[name] = value
        server = subprocess.Popen([args.binary, "serve", "--host", "127.0.0.1", "--port", "0",
                                   *scenario_options],
                                  stdout=subprocess.PIPE, stderr=server_log, text=True,
                                  env=server_env)
        exit_code = 1
        try:
            line = read_first_line(server.stdout, STARTUP_DEADLINE_SECONDS) or ""
            if not line.startswith(LISTENING_PREFIX):
                print(f"run_with_smsim: FAIL: smsim's first line was {line!r}", file=sys.stderr)
                return 1
            url = line[len(LISTENING_PREFIX):].strip()
            env = client_environment(url)
            for assignment in args.env:
                name, _, value = assignment.partition("=")
                env[name] = value
            print(f"run_with_smsim: smsim at {url}; running {' '.join(command)}", flush=True)
            try:
                exit_code = subprocess.run([program] + command[1:], env=env, cwd=args.cwd,
                                           timeout=COMMAND_DEADLINE_SECONDS).returncode
            except subprocess.TimeoutExpired:
                print(f"run_with_smsim: FAIL: the client test ran longer than "
                      f"{COMMAND_DEADLINE_SECONDS} s", file=sys.stderr)
                exit_code = 1
        finally:
            stopped_cleanly = stop(server)
            if exit_code != 0 or not stopped_cleanly:
                server_log.seek(0)
                log = server_log.read()
                print("---- smsim's log (last 8000 characters) ----\n" + log[-8000:], file=sys.stderr)
        return exit_code if stopped_cleanly else (exit_code or 1)


if __name__ == "__main__":
    sys.exit(main())
