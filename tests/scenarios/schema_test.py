#!/usr/bin/env python3
"""Every shipped scenario (and every scenario the tests use) is valid against the published JSON
Schema, and the schema refuses what smsim refuses (spot checks).

usage: schema_test.py SCENARIO_DIR [MORE_DIRS...]

Needs Debian's python3-jsonschema and python3-yaml (`.ci/install-deps --test`).
"""
import glob
import json
import os
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} lacks {error.name}; install python3-jsonschema and python3-yaml")

# Documents the schema must refuse, as smsim does.
REFUSED = {
    "unknown top-level key": {"name": "x", "rulez": []},
    "missing name": {"rules": []},
    "name with a space": {"name": "a b"},
    "typo in a rule": {"name": "x", "rules": [{"evry": 3}]},
    "fault and respond": {"name": "x", "rules": [{"fault": "connectionReset", "respond": {"status": 500}}]},
    "unknown fault": {"name": "x", "rules": [{"fault": "meltdown"}]},
    "empty respond": {"name": "x", "rules": [{"respond": {}}]},
    "two step kinds": {"name": "x", "steps": [{"aws": {"operation": "A"}, "advanceClock": 1}]},
    "bad phone number": {"name": "x", "seed": {"aws": {"optOutLists": [{"name": "D", "numbers": ["0123"]}]}}},
    "count and atLeast": {"name": "x", "expect": [{"calls": {}, "count": 1, "atLeast": 1}]},
    "two expectation kinds": {"name": "x", "expect": [{"optedOut": {"number": "+14155550100"},
                                                       "notOptedOut": {"number": "+14155550100"}}]},
}


def main():
    schema_path = os.path.join(sys.argv[1], "scenario.schema.json")
    with open(schema_path) as source:
        schema = json.load(source)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    files = sorted(path for directory in sys.argv[1:]
                   for path in glob.glob(os.path.join(directory, "*.yaml")))
    if not files:
        sys.exit("FAIL: no scenario files found")
    failures = 0
    for path in files:
        with open(path) as source:
            document = yaml.safe_load(source)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
        for error in errors:
            failures += 1
            where = "/".join(str(part) for part in error.path)
            print(f"FAIL {path}: at '{where}': {error.message[:300]}")
        if not errors:
            print(f"ok   {path}")
    for label, document in REFUSED.items():
        if validator.is_valid(document):
            failures += 1
            print(f"FAIL the schema accepts a document with {label}")
    if failures:
        sys.exit(f"{failures} schema failure(s)")
    print(f"{len(files)} scenario files valid; {len(REFUSED)} broken documents refused")


if __name__ == "__main__":
    main()
