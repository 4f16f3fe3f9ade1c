#!/usr/bin/env python3
"""Every shipped scenario (and every scenario the tests use) is valid against the published JSON
Schema and names it on its first line for editors (yaml-language-server), and the schema refuses
what smsim refuses (spot checks).

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
MODELINE = "# yaml-language-server: $schema="


def modeline_problem(path, text, schema_path):
    """Why the file's first line does not point editors at the schema, or None."""
    first = text.split("\n", 1)[0]
    if not first.startswith(MODELINE):
        return f"the first line is not '{MODELINE}...'"
    named = os.path.join(os.path.dirname(path), first[len(MODELINE):].strip())
    if not os.path.samefile(named, schema_path):
        return f"the first line names {named}, not {schema_path}"
    return None


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
            text = source.read()
        document = yaml.safe_load(text)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
        for error in errors:
            where = "/".join(str(part) for part in error.path)
            print(f"FAIL {path}: at '{where}': {error.message[:300]}")
        problem = modeline_problem(path, text, schema_path)
        if problem:
            print(f"FAIL {path}: {problem}")
        failures += len(errors) + (1 if problem else 0)
        if not errors and not problem:
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
