"""boto3's standard retry mode recovers from scripted throttles (sdk-retry.yaml), and the journal
shows every attempt: the throttled ones with the rule that answered them.

Started by tests/clients/run_with_smsim.py, which sets SMSIM_URL. Runs under Debian's python3-boto3.
"""
import json
import os
import sys
import unittest
import urllib.request

try:
    import boto3
    import botocore
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error}); install Debian's python3-boto3")

URL = os.environ["SMSIM_URL"]
SCRIPTED_ACCOUNT = "210000000001"
RATE_ACCOUNT = "210000000002"


def client(account, retries):
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=URL, region_name="us-east-1",
                        aws_access_key_id=account, aws_secret_access_key="not-checked",
                        config=Config(retries=retries))


def journal(operation, account):
    with urllib.request.urlopen(f"{URL}/_smsim/requests?operation={operation}") as response:
        entries = json.load(response)["requests"]
    return [entry for entry in entries if entry["accountId"] == account]


class Boto3RetryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print(f"\n{sys.executable}: boto3 {boto3.__version__}, botocore {botocore.__version__}",
              file=sys.stderr)

    def test_standard_mode_recovers_from_a_scripted_throttle(self):
        sms = client(SCRIPTED_ACCOUNT, {"mode": "standard", "total_max_attempts": 3})
        response = sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550100")
        self.assertEqual(response["OptedOutNumber"], "+14155550100")
        self.assertEqual(response["ResponseMetadata"]["RetryAttempts"], 2)

        attempts = journal("PutOptedOutNumber", SCRIPTED_ACCOUNT)
        self.assertEqual([(a["status"], a["errorType"], a["rule"]) for a in attempts], [
            (400, "ThrottlingException", "sdk-retry/first-two-puts"),
            (400, "ThrottlingException", "sdk-retry/first-two-puts"),
            (200, None, None),
        ])
        self.assertEqual(attempts[0]["request"], attempts[2]["request"])

        # Every second describe is throttled: each call after the first needs one retry.
        for _ in range(4):
            self.assertEqual(len(sms.describe_opted_out_numbers(OptOutListName="Default")
                                 ["OptedOutNumbers"]), 1)
        describes = journal("DescribeOptedOutNumbers", SCRIPTED_ACCOUNT)
        self.assertEqual([a["status"] for a in describes], [200, 400, 200, 400, 200, 400, 200])

        # Without retries the eighth describe's throttle reaches the caller as a typed error.
        no_retries = client(SCRIPTED_ACCOUNT, {"mode": "standard", "total_max_attempts": 1})
        with self.assertRaises(ClientError) as raised:
            no_retries.describe_opted_out_numbers(OptOutListName="Default")
        self.assertEqual(raised.exception.response["Error"]["Code"], "ThrottlingException")
        self.assertEqual(raised.exception.response["Error"]["Message"], "Rate exceeded")
        self.assertEqual(raised.exception.response["ResponseMetadata"]["HTTPStatusCode"], 400)

    def test_standard_mode_rides_out_a_rate_limit(self):
        sms = client(RATE_ACCOUNT, {"mode": "standard", "total_max_attempts": 10})
        numbers = [f"+1415555{n:04d}" for n in range(6)]
        for number in numbers:
            sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=number)
        listed = sms.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"]
        self.assertEqual(sorted(entry["OptedOutNumber"] for entry in listed), numbers)
        attempts = journal("PutOptedOutNumber", RATE_ACCOUNT)
        self.assertEqual(len([a for a in attempts if a["status"] == 200]), 6)
        throttled = [a for a in attempts if a["status"] == 400]
        # Six calls in a row against two per second: the bucket runs dry at least once.
        self.assertGreaterEqual(len(throttled), 1)
        self.assertTrue(all(a["rule"] == "sdk-retry/two-per-second" for a in throttled))


if __name__ == "__main__":
    unittest.main()
