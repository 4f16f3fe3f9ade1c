#!/usr/bin/env python3
"""Runs the README's marked examples against a live smsim, so they can't rot.

usage (by CTest, through tests/clients/run_with_smsim.py, which sets SMSIM_URL):
    readme_examples_test.py REPOSITORY_ROOT

A block is marked by an HTML comment on the line before its fence:
    <!-- example: NAME [expect="text the output must contain"] -->
sh, python and js blocks run with smsim's address in place of http://127.0.0.1:4580 and must
reach smsim (the journal grows); the GitHub Actions job runs its steps (but the placeholder for
your own tests) with the job's environment; the C++ block must equal the compiled fixture in
tests/examples/embedded_server_test.cpp.
"""
import json
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile
import urllib.request

import yaml

EXPECTED_EXAMPLES = {"aws-cli", "first-send", "boto3", "javascript", "environment", "convoso",
                     "github-actions", "googletest"}
EXAMPLE = re.compile(r"<!-- example: (?P<name>[\w-]+)(?P<options>[^>]*?)\s*-->\n"
                     r"```(?P<language>\w+)\n(?P<code>.*?)\n```", re.S)
README_ADDRESSES = ("http://127.0.0.1:4580", "http://localhost:4580")
PLACEHOLDER_STEP = "Run your tests"
# A fresh machine: no AWS settings in the environment and no ~/.aws files, so every block must
# bring its own credentials and region (the first example once failed for want of them).
FRESH_MACHINE = {"AWS_CONFIG_FILE": "/nonexistent/aws-config",
                 "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials"}
RUN_DEADLINE_SECONDS = 120

root = pathlib.Path(sys.argv[1])
url = os.environ["SMSIM_URL"]
failures = []


def report(name, ok, detail=""):
    print(f"{'ok' if ok else 'FAIL'}: {name}" + (f"\n{detail}" if detail and not ok else ""))
    if not ok:
        failures.append(name)


def local(text):
    for address in README_ADDRESSES:
        text = text.replace(address, url)
    return text


def journal_size():
    with urllib.request.urlopen(url + "/_smsim/requests", timeout=10) as response:
        return len(json.load(response)["requests"])


def run(command, env_extra=None, cwd=None):
    inherited = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env = {**inherited, **FRESH_MACHINE, **(env_extra or {})}
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=RUN_DEADLINE_SECONDS)


def run_javascript(code):
    modules = root / "tests/clients/js/node_modules"
    if not modules.is_dir():
        raise SystemExit(f"FAIL: {modules} is missing: run `bash .ci/install-deps --test`")
    with tempfile.TemporaryDirectory() as scratch:
        # ES modules resolve packages next to the file, not through NODE_PATH.
        os.symlink(modules, pathlib.Path(scratch) / "node_modules")
        (pathlib.Path(scratch) / "example.mjs").write_text(code)
        return run(["node", "example.mjs"], cwd=scratch)


def run_code(language, code):
    if language == "sh":
        return run(["bash", "-euo", "pipefail", "-c", code])
    if language == "python":
        return run(["python3", "-c", code])
    if language == "js":
        return run_javascript(code)
    raise SystemExit(f"FAIL: no runner for {language} blocks")


def check_runnable(name, language, code, expect):
    before = journal_size()
    result = run_code(language, local(code))
    output = result.stdout + result.stderr
    report(f"{name}: exits 0", result.returncode == 0, output[-3000:])
    if expect:
        report(f"{name}: prints {expect}", expect in result.stdout, output[-3000:])
    report(f"{name}: reaches smsim", journal_size() > before)


def check_github_actions(code):
    job = yaml.safe_load(code)["jobs"]["test"]
    service = job["services"]["smsim"]
    report("github-actions: smsim is a service container publishing 4580",
           "4580:4580" in service.get("ports", []) and bool(service.get("image")))
    report("github-actions: the job points the SDKs at it",
           job["env"].get("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2") == "http://localhost:4580")
    job_env = {key: local(str(value)) for key, value in job["env"].items()}
    steps = [step for step in job["steps"] if "run" in step and step["name"] != PLACEHOLDER_STEP]
    report("github-actions: it has steps to run here", bool(steps))
    for step in steps:
        result = run(["bash", "-euo", "pipefail", "-c", local(step["run"])], job_env)
        report(f"github-actions: step '{step['name']}' passes", result.returncode == 0,
               result.stdout + result.stderr)


def check_googletest(code):
    source = (root / "tests/examples/embedded_server_test.cpp").read_text()
    compiled = re.search(r"// readme-example-begin\n(.*?)\n// readme-example-end", source, re.S)
    report("googletest: the README block is the compiled fixture",
           compiled is not None and compiled.group(1).strip() == code.strip())


examples = list(EXAMPLE.finditer((root / "README.md").read_text()))
names = [example["name"] for example in examples]
report(f"the README marks the expected examples (found {sorted(names)})",
       sorted(names) == sorted(EXPECTED_EXAMPLES))
for example in examples:
    name, language, code = example["name"], example["language"], example["code"]
    options = dict(option.split("=", 1) for option in shlex.split(example["options"]))
    if name == "github-actions":
        check_github_actions(code)
    elif name == "googletest":
        check_googletest(code)
    else:
        check_runnable(name, language, code, options.get("expect"))

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
