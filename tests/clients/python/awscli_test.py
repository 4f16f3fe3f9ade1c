"""The AWS CLI (v1 or v2) against a running smsim: its JSON output, its error text and exit codes.

The CLI to run and its expected major version come from SMSIM_AWS_CLI and SMSIM_AWS_CLI_MAJOR
(CTest runs this once with v1, `aws` from the machine's python3, and once with v2, Debian's
/usr/bin/aws). The CLI prints only the error code and message, so the error's other members
(Reason, Fields) are read back from smsim's journal of the same request. Standard library only.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.request

import smsim_control
from smsim_control import THIRTY_DAYS_IN_SECONDS

CLI = shutil.which(os.environ.get("SMSIM_AWS_CLI", "aws"))
MAJOR = int(os.environ.get("SMSIM_AWS_CLI_MAJOR", "0"))
if CLI is None:
    sys.exit(f"FAIL: AWS CLI '{os.environ.get('SMSIM_AWS_CLI', 'aws')}' is not installed")
if MAJOR not in (1, 2):
    sys.exit("FAIL: set SMSIM_AWS_CLI_MAJOR to 1 or 2")

ACCOUNT = "555566667777"
OTHER_ACCOUNT = "888899990000"
# What each major version exits with when the service answers with an error.
SERVICE_ERROR_EXIT = {1: 255, 2: 254}[MAJOR]


def run_cli(*arguments, account=ACCOUNT, endpoint=True, extra_env=None,
            service="pinpoint-sms-voice-v2"):
    """(exit code, parsed JSON stdout or None, stderr) of one CLI call."""
    env = dict(os.environ, AWS_ACCESS_KEY_ID=account, AWS_SECRET_ACCESS_KEY="not-checked",
               AWS_DEFAULT_REGION="us-east-1", AWS_MAX_ATTEMPTS="1")
    env.update(extra_env or {})
    command = [CLI, "--output", "json"]
    if endpoint:
        command += ["--endpoint-url", smsim_control.URL]
    command += [service, *arguments]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    output = json.loads(done.stdout) if done.stdout.strip() else None
    return done.returncode, output, done.stderr


def ok(*arguments, **options):
    code, output, err = run_cli(*arguments, **options)
    if code != 0:
        raise AssertionError(f"aws {' '.join(arguments)} exited with {code}: {err}")
    return output


def aws_json(operation, body, account=ACCOUNT):
    """One End User Messaging SMS call as awsJson over plain HTTP, for what a CLI can't send (CLI
    v2 2.9 predates InternationalSendingEnabled, for one)."""
    request = urllib.request.Request(
        smsim_control.URL + "/", method="POST", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/x-amz-json-1.0",
                 "X-Amz-Target": f"PinpointSMSVoiceV2.{operation}",
                 "Authorization": f"AWS4-HMAC-SHA256 Credential={account}/20260101/us-east-1/"
                                  "sms-voice/aws4_request, SignedHeaders=host, Signature=0"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=60) as response:
        return json.loads(response.read())


def numbers_of(output):
    return [entry["OptedOutNumber"] for entry in output["OptedOutNumbers"]]


class AwsCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        version = subprocess.run([CLI, "--version"], capture_output=True, text=True, timeout=120)
        text = (version.stdout + version.stderr).strip()
        print(f"\n{CLI}: {text}", file=sys.stderr)
        if not text.startswith(f"aws-cli/{MAJOR}."):
            raise AssertionError(f"{CLI} is '{text}', expected AWS CLI v{MAJOR}")

    def setUp(self):
        smsim_control.reset()

    def assertServiceError(self, result, code, operation, message_part=""):
        """The CLI's exit code and error line; returns smsim's journal entry for the request."""
        exit_code, output, err = result
        self.assertEqual(exit_code, SERVICE_ERROR_EXIT, err)
        self.assertIsNone(output)
        # "(reached max retries: N)" appears when a retry limit is configured.
        self.assertRegex(err, rf"An error occurred \({code}\) when calling the {operation} "
                              r"operation( \(reached max retries: \d+\))?: ")
        self.assertIn(message_part, err)
        last = smsim_control.journal(operation)[-1]
        self.assertEqual(last["errorType"], code)
        return last["response"]

    def test_creates_tags_describes_and_deletes_a_list(self):
        created = ok("create-opt-out-list", "--opt-out-list-name", "marketing",
                     "--tags", "Key=team,Value=growth")
        arn = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:opt-out-list/marketing"
        self.assertEqual(created["OptOutListArn"], arn)
        self.assertEqual(created["Tags"], [{"Key": "team", "Value": "growth"}])
        self.assertIn("CreatedTimestamp", created)

        ok("tag-resource", "--resource-arn", arn, "--tags", "Key=stage,Value=test")
        ok("untag-resource", "--resource-arn", arn, "--tag-keys", "team")
        self.assertEqual(ok("list-tags-for-resource", "--resource-arn", arn)["Tags"],
                         [{"Key": "stage", "Value": "test"}])

        described = ok("describe-opt-out-lists", "--opt-out-list-names", "marketing")
        self.assertEqual([e["OptOutListName"] for e in described["OptOutLists"]], ["marketing"])
        self.assertEqual(ok("delete-opt-out-list", "--opt-out-list-name", arn)["OptOutListName"],
                         "marketing")
        lists = ok("describe-opt-out-lists")["OptOutLists"]
        self.assertEqual([e["OptOutListName"] for e in lists], ["Default"])

    def test_puts_describes_filters_and_deletes_numbers_across_pages(self):
        numbers = [f"+1415555020{digit}" for digit in range(5)]
        for number in numbers:
            put = ok("put-opted-out-number", "--opt-out-list-name", "Default",
                     "--opted-out-number", number)
            self.assertEqual(put["OptedOutNumber"], number)
            self.assertFalse(put["EndUserOptedOut"])

        # One page at a time, with the service's own MaxResults and NextToken.
        seen, token, pages = [], None, 0
        while True:
            arguments = ["describe-opted-out-numbers", "--opt-out-list-name", "Default",
                         "--no-paginate", "--max-results", "2"]
            page = ok(*arguments, *(["--next-token", token] if token else []))
            pages += 1
            seen += numbers_of(page)
            token = page.get("NextToken")
            if not token:
                break
        self.assertEqual(pages, 3)
        self.assertEqual(sorted(seen), numbers)

        # The CLI's own pagination: it follows NextToken and merges the pages.
        smsim_control.call("DELETE", "/_smsim/requests")
        merged = ok("describe-opted-out-numbers", "--opt-out-list-name", "Default",
                    "--page-size", "2")
        self.assertEqual(sorted(numbers_of(merged)), numbers)
        self.assertEqual(len(smsim_control.journal("DescribeOptedOutNumbers")), 3)
        # ... and --max-items / --starting-token.
        first = ok("describe-opted-out-numbers", "--opt-out-list-name", "Default",
                   "--page-size", "2", "--max-items", "3")
        self.assertEqual(len(first["OptedOutNumbers"]), 3)
        rest = ok("describe-opted-out-numbers", "--opt-out-list-name", "Default",
                  "--page-size", "2", "--starting-token", first["NextToken"])
        self.assertEqual(sorted(numbers_of(first) + numbers_of(rest)), numbers)

        filtered = ok("describe-opted-out-numbers", "--opt-out-list-name", "Default",
                      "--filters", "Name=end-user-opted-out,Values=true")
        self.assertEqual(filtered["OptedOutNumbers"], [])
        subset = ok("describe-opted-out-numbers", "--opt-out-list-name", "Default",
                    "--opted-out-numbers", *numbers[:2])
        self.assertEqual(sorted(numbers_of(subset)), numbers[:2])

        ok("delete-opted-out-number", "--opt-out-list-name", "Default",
           "--opted-out-number", numbers[0])
        remaining = ok("describe-opted-out-numbers", "--opt-out-list-name", "Default")
        self.assertEqual(sorted(numbers_of(remaining)), numbers[1:])

    def test_pattern_failure_is_a_validation_exception(self):
        response = self.assertServiceError(
            run_cli("put-opted-out-number", "--opt-out-list-name", "Default",
                    "--opted-out-number", "+0123"),
            "ValidationException", "PutOptedOutNumber",
            "1 validation error detected: Value '+0123' at 'optedOutNumber' failed to satisfy "
            "constraint: Member must satisfy regular expression pattern: \\+?[1-9][0-9]{1,18}")
        self.assertEqual(response["Reason"], "FIELD_VALIDATION_FAILED")
        self.assertEqual(response["Fields"][0]["Name"], "optedOutNumber")

    def test_missing_parameter(self):
        # The CLI refuses a missing required option itself and sends nothing ...
        code, _, err = run_cli("put-opted-out-number", "--opt-out-list-name", "Default")
        self.assertNotEqual(code, 0)
        self.assertIn("--opted-out-number", err)
        self.assertEqual(smsim_control.journal("PutOptedOutNumber"), [])
        # ... but with botocore's parameter validation off (a config file of this test's own),
        # the request reaches smsim and the service's MISSING_PARAMETER comes back.
        with tempfile.NamedTemporaryFile("w", suffix=".ini") as config:
            config.write("[default]\nparameter_validation = false\n")
            config.flush()
            response = self.assertServiceError(
                run_cli("put-opted-out-number", "--cli-input-json",
                        json.dumps({"OptOutListName": "Default"}),
                        extra_env={"AWS_CONFIG_FILE": config.name}),
                "ValidationException", "PutOptedOutNumber",
                "Value null at 'optedOutNumber' failed to satisfy constraint: "
                "Member must not be null")
        self.assertEqual(response["Reason"], "MISSING_PARAMETER")
        self.assertEqual(response["Fields"], [{"Name": "optedOutNumber",
                                               "Message": "Member must not be null"}])

    def test_duplicate_list_is_a_conflict(self):
        ok("create-opt-out-list", "--opt-out-list-name", "marketing")
        response = self.assertServiceError(
            run_cli("create-opt-out-list", "--opt-out-list-name", "marketing"),
            "ConflictException", "CreateOptOutList", "marketing")
        self.assertEqual(response["Reason"], "RESOURCE_ALREADY_EXISTS")
        self.assertEqual(response["ResourceType"], "opt-out-list")
        self.assertEqual(response["ResourceId"], "marketing")

    def test_missing_resources_are_resource_not_found(self):
        response = self.assertServiceError(
            run_cli("delete-opt-out-list", "--opt-out-list-name", "nope"),
            "ResourceNotFoundException", "DeleteOptOutList", "nope")
        self.assertEqual(response["ResourceType"], "opt-out-list")
        self.assertEqual(response["ResourceId"], "nope")
        response = self.assertServiceError(
            run_cli("delete-opted-out-number", "--opt-out-list-name", "Default",
                    "--opted-out-number", "+14155550100"),
            "ResourceNotFoundException", "DeleteOptedOutNumber")
        self.assertEqual(response["ResourceType"], "opted-out-number")

    def test_forged_next_token_is_invalid(self):
        response = self.assertServiceError(
            run_cli("describe-opted-out-numbers", "--opt-out-list-name", "Default",
                    "--no-paginate", "--next-token", "forged-token"),
            "ValidationException", "DescribeOptedOutNumbers")
        self.assertEqual(response["Reason"], "INVALID_NEXT_TOKEN")

    def test_a_number_can_be_opted_in_again_only_after_thirty_days(self):
        number = ["--opt-out-list-name", "Default", "--opted-out-number", "+14155550100"]
        ok("put-opted-out-number", *number)
        ok("delete-opted-out-number", *number)
        ok("put-opted-out-number", *number)
        response = self.assertServiceError(run_cli("delete-opted-out-number", *number),
                                           "ValidationException", "DeleteOptedOutNumber")
        self.assertEqual(response["Reason"], "PHONE_NUMBER_CANNOT_BE_OPTED_IN")
        smsim_control.advance_clock(THIRTY_DAYS_IN_SECONDS)
        self.assertEqual(ok("delete-opted-out-number", *number)["OptedOutNumber"], "+14155550100")

    def test_the_access_key_id_selects_the_account(self):
        ok("create-opt-out-list", "--opt-out-list-name", "mine")
        other = ok("describe-opt-out-lists", account=OTHER_ACCOUNT)["OptOutLists"]
        self.assertEqual([e["OptOutListArn"] for e in other],
                         [f"arn:aws:sms-voice:us-east-1:{OTHER_ACCOUNT}:opt-out-list/Default"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
