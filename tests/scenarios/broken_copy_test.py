#!/usr/bin/env python3
"""A deliberately broken copy of a shipped scenario must fail `smsim run` with a clear report.

usage: broken_copy_test.py SMSIM_BINARY SCENARIO_DIR

Two copies of throttling-every-nth-call.yaml are made: one whose expectations are wrong (the run
must exit non-zero, print FAIL, the failing step and expectation with file:line and what was
found, end with "0 passed, 1 failed" and write JUnit XML with the failures), and one with a typo
in a key (the run must report the file, line, column and key, and fail the same way; `validate`
and `serve --scenario` must refuse it too).
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

SOURCE = "throttling-every-nth-call.yaml"


def run(binary, *args):
    completed = subprocess.run([binary, "run", *args], capture_output=True, text=True, timeout=300)
    print(completed.stdout)
    print(completed.stderr, file=sys.stderr)
    return completed


def check(condition, message):
    if not condition:
        sys.exit(f"FAIL: {message}")


def main():
    binary, scenario_dir = sys.argv[1:3]
    with open(os.path.join(scenario_dir, SOURCE)) as source:
        original = source.read()
    with tempfile.TemporaryDirectory() as work:
        # 1. Wrong expectations: the third call is said to succeed, and four puts to be five.
        wrong = original.replace("expect: {status: 400, error: ThrottlingException, message: Rate exceeded}",
                                 "expect: {status: 200}")
        wrong = wrong.replace("    count: 4\n", "    count: 5\n")
        check(wrong != original and wrong.count("count: 5") == 1, "the shipped file changed; update this test")
        wrong_path = os.path.join(work, "wrong-expectations.yaml")
        with open(wrong_path, "w") as out:
            out.write(wrong)
        junit_path = os.path.join(work, "junit.xml")
        result = run(binary, wrong_path, "--junit", junit_path)
        check(result.returncode != 0, "a failing scenario exited 0")
        lines = result.stdout.splitlines()
        check(lines[0] == f"FAIL throttling-every-nth-call ({wrong_path})", f"first line: {lines[0]!r}")
        check(lines[-1] == "0 passed, 1 failed", f"last line: {lines[-1]!r}")
        step_line = next(n for n, text in enumerate(wrong.splitlines(), 1) if "third call is throttled" in text)
        check(f"FAILED step third call is throttled" in result.stdout, "the failing step is not named")
        check(f"at {wrong_path}:{step_line}: expected status 200, got 400 ThrottlingException"
              in result.stdout, "the failing step's place and difference are not reported")
        check("FAILED expect PutOptedOutNumber called 5 times" in result.stdout and
              "called 4 times" in result.stdout, "the failing expectation is not reported")
        suites = ElementTree.parse(junit_path).getroot()
        check(suites.get("failures") == "2", f"JUnit failures: {suites.get('failures')}")
        failures = [case.get("name") for case in suites.iter("testcase") if case.find("failure") is not None]
        check(failures == ["step: third call is throttled", "expect: PutOptedOutNumber called 5 times"],
              f"JUnit failing cases: {failures}")

        # 2. A typo in a key: the file is refused with its position.
        typo = original.replace("    every: 3\n", "    evry: 3\n")
        check(typo != original, "the shipped file changed; update this test")
        typo_path = os.path.join(work, "typo.yaml")
        with open(typo_path, "w") as out:
            out.write(typo)
        typo_line = next(n for n, text in enumerate(typo.splitlines(), 1) if "evry" in text)
        result = run(binary, typo_path)
        check(result.returncode != 0, "an invalid scenario exited 0")
        check(f"[scenario.unknown_key] {typo_path}:{typo_line}:5: 'rules[0].evry': unknown key 'evry'"
              in result.stdout, "the typo's file, line, column and key are not reported")
        check(result.stdout.splitlines()[-1] == "0 passed, 1 failed", "no summary line")
        result = subprocess.run([binary, "validate", typo_path], capture_output=True, text=True)
        check(result.returncode != 0 and "rules[0].evry" in result.stdout, "validate accepted the typo")
        result = subprocess.run([binary, "serve", "--port", "0", "--scenario", wrong_path,
                                 "--scenario", typo_path], capture_output=True, text=True, timeout=60)
        check(result.returncode != 0 and result.stdout == "" and
              f"{typo_path}:{typo_line}:5: 'rules[0].evry'" in result.stderr,
              f"serve started with the typo, or did not say where it is: {result.stderr!r}")
    print("ok: broken copies fail with clear reports")


if __name__ == "__main__":
    main()
