#!/usr/bin/env python3
"""scenarios/README.md can't rot: its examples load, run and match the schema, and it documents
every key of the format.

usage: readme_test.py SMSIM_BINARY SCENARIO_DIR

- YAML blocks marked `<!-- scenario -->` on the line before their fence are whole scenarios:
  `smsim run` must pass them all.
- Every other YAML block holding top-level scenario keys is a fragment: with a name added, it must
  pass `smsim validate`.
- Both kinds must be valid against scenario.schema.json.
- Every key the schema knows must appear in the README in code (`key`, or inside a code block).

Needs Debian's python3-jsonschema and python3-yaml (`.ci/install-deps --test`).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} lacks {error.name}; install python3-jsonschema and python3-yaml")

BLOCK = re.compile(r"(?P<marker><!-- scenario -->\n)?```(?P<language>\w*)\n(?P<code>.*?)\n```", re.S)
TOP_LEVEL_KEYS = {"name", "description", "randomSeed", "seed", "rules", "steps", "expect"}
failures = []


def check(condition, message):
    print(f"{'ok  ' if condition else 'FAIL'} {message}")
    if not condition:
        failures.append(message)


def schema_keys(node):
    """Every property name anywhere in the schema."""
    keys = set()
    if isinstance(node, dict):
        keys.update(node.get("properties", {}))
        for value in node.values():
            keys |= schema_keys(value)
    elif isinstance(node, list):
        for value in node:
            keys |= schema_keys(value)
    return keys


def smsim(binary, command, paths):
    completed = subprocess.run([binary, command, *paths], capture_output=True, text=True, timeout=300)
    return completed.returncode, completed.stdout + completed.stderr


def main():
    binary, scenario_dir = sys.argv[1:3]
    with open(os.path.join(scenario_dir, "README.md")) as source:
        readme = source.read()
    with open(os.path.join(scenario_dir, "scenario.schema.json")) as source:
        schema = json.load(source)
    validator = jsonschema.Draft7Validator(schema)

    whole, fragments = [], []
    for block in BLOCK.finditer(readme):
        if block["language"] != "yaml":
            continue
        document = yaml.safe_load(block["code"])
        if block["marker"]:
            whole.append(block["code"])
        elif isinstance(document, dict) and set(document) <= TOP_LEVEL_KEYS:
            fragments.append(block["code"])
    check(len(whole) >= 2, f"{len(whole)} whole scenarios marked <!-- scenario -->")
    check(len(fragments) >= 8, f"{len(fragments)} fragments of the format")

    with tempfile.TemporaryDirectory() as work:
        whole_paths, fragment_paths = [], []
        for number, code in enumerate(whole, 1):
            whole_paths.append(os.path.join(work, f"whole-{number}.yaml"))
            with open(whole_paths[-1], "w") as out:
                out.write(code + "\n")
        for number, code in enumerate(fragments, 1):
            fragment_paths.append(os.path.join(work, f"fragment-{number}.yaml"))
            with open(fragment_paths[-1], "w") as out:
                out.write(f"name: readme-fragment-{number}\n{code}\n")
        for path in whole_paths + fragment_paths:
            with open(path) as source:
                errors = [error.message[:200] for error in validator.iter_errors(yaml.safe_load(source))]
            check(not errors, f"{os.path.basename(path)} is valid against the schema {errors or ''}")
        code, output = smsim(binary, "run", whole_paths)
        check(code == 0, "smsim run passes every whole scenario" + ("" if code == 0 else "\n" + output))
        code, output = smsim(binary, "validate", fragment_paths)
        check(code == 0, "smsim validate accepts every fragment" + ("" if code == 0 else "\n" + output))

    in_code = " ".join(re.findall(r"`([^`\n]+)`", readme)) + " " + " ".join(
        block["code"] for block in BLOCK.finditer(readme))
    words = set(re.findall(r"[A-Za-z_][\w-]*", in_code))
    missing = sorted(schema_keys(schema) - words)
    check(not missing, f"the README documents every key of the schema {missing or ''}")
    if failures:
        sys.exit(f"{len(failures)} failure(s)")


if __name__ == "__main__":
    main()
