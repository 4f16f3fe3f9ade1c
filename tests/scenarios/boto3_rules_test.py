"""Each kind of scenario rule (client-rules.yaml) as boto3 meets it: matching on request fields,
headers and region, limits, seeded probabilities, sequences, delays and faults; with standard
retries where a real application would have them, and the journal showing every attempt.

Started by tests/clients/run_with_smsim.py with sdk-retry.yaml and client-rules.yaml (so `smsim serve
--scenario` is given twice), which sets SMSIM_URL. Runs under Debian's python3-boto3.
"""
import json
import os
import sys
import time
import unittest
import urllib.request
import warnings

try:
    import boto3
    from botocore.config import Config
    from botocore.exceptions import BotoCoreError, ClientError
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error}); install Debian's python3-boto3")

URL = os.environ["SMSIM_URL"]
MATCHING, PROBABILITY, PER_NUMBER, SEQUENCE, FAULTS, DELAYS = (
    f"23000000000{n}" for n in range(1, 7))
NO_RULES = "239999999999"  # an account no rule names
NO_RETRIES = {"mode": "standard", "total_max_attempts": 1}
STANDARD = {"mode": "standard", "total_max_attempts": 3}
JOURNAL_DEADLINE_SECONDS = 10
RETRIED_CALLS = 5  # each retry backs off for up to seconds


def client(account, retries, region="us-east-1", **config):
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=URL, region_name=region,
                        aws_access_key_id=account, aws_secret_access_key="not-checked",
                        config=Config(retries=retries, **config))


def control(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(URL + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def journal(operation, account):
    entries = control("GET", f"/_smsim/requests?operation={operation}")["requests"]
    return [(entry["status"], entry["errorType"], entry["rule"])
            for entry in entries if entry["accountId"] == account]


def rule(name):
    return "client-rules/" + name


class Boto3RulesTest(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", ResourceWarning)  # botocore leaves pooled sockets open
        control("POST", "/_smsim/reset")  # seeds again, every rule from the start

    def test_both_scenario_files_are_loaded_in_order(self):
        names = [scenario["name"] for scenario in control("GET", "/_smsim/scenarios")["scenarios"]]
        self.assertEqual(names, ["sdk-retry", "client-rules"])

    def test_rules_match_on_request_fields_headers_region_and_account(self):
        sms = client(MATCHING, NO_RETRIES)
        with self.assertRaises(ClientError) as raised:
            sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550666")
        error = raised.exception.response
        self.assertEqual(error["Error"], {"Code": "ConflictException", "Message": "scripted conflict"})
        self.assertEqual((error["Reason"], error["ResourceType"], error["ResourceId"]),
                         ("DESTINATION_PHONE_NUMBER_OPTED_OUT", "opted-out-number", "+14155550666"))
        sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550667")
        client(NO_RULES, NO_RETRIES).put_opted_out_number(
            OptOutListName="Default", OptedOutNumber="+14155550666")

        with self.assertRaises(ClientError) as raised:
            client(MATCHING, NO_RETRIES, region="eu-west-1").describe_opt_out_lists()
        self.assertEqual(raised.exception.response["Error"]["Code"], "AccessDeniedException")
        sms.describe_opt_out_lists()  # us-east-1: no rule
        # The same call without boto3's User-Agent: the header does not match.
        request = urllib.request.Request(URL + "/", data=b"{}", method="POST", headers={
            "X-Amz-Target": "PinpointSMSVoiceV2.DescribeOptOutLists",
            "Content-Type": "application/x-amz-json-1.0", "User-Agent": "curl/8",
            "Authorization": f"AWS4-HMAC-SHA256 Credential={MATCHING}/20240101/eu-west-1/"
                             "sms-voice/aws4_request"})
        with urllib.request.urlopen(request) as response:
            self.assertEqual(response.status, 200)
        self.assertEqual(journal("DescribeOptOutLists", MATCHING), [
            (400, "AccessDeniedException", rule("boto3-in-eu-west-1-denied")),
            (200, None, None), (200, None, None)])

    def test_after_and_times_limit_a_rule(self):
        sms = client(MATCHING, NO_RETRIES)
        outcomes = []
        for _ in range(4):
            try:
                sms.describe_opted_out_numbers(OptOutListName="Default")
                outcomes.append("ok")
            except ClientError as error:
                outcomes.append(error.response["Error"]["Code"])
        self.assertEqual(outcomes, ["ok", "ok", "ThrottlingException", "ok"])

    def test_a_seeded_probability_repeats_after_a_reset(self):
        def draws():
            sms = client(PROBABILITY, NO_RETRIES)
            outcomes = ""
            for _ in range(24):
                try:
                    sms.describe_opt_out_lists()
                    outcomes += "."
                except ClientError:
                    outcomes += "T"
            return outcomes

        first = draws()
        self.assertIn("T", first)
        self.assertIn(".", first)
        control("POST", "/_smsim/reset")
        self.assertEqual(draws(), first)

        # With standard retries every call gets through, and the journal shows every attempt:
        # the same draws, in the same order.
        control("POST", "/_smsim/reset")
        sms = client(PROBABILITY, {"mode": "standard", "total_max_attempts": 10})
        for _ in range(RETRIED_CALLS):
            sms.describe_opt_out_lists()
        attempts = "".join("T" if status == 400 else "."
                           for status, _, _ in journal("DescribeOptOutLists", PROBABILITY))
        self.assertEqual(attempts.count("."), RETRIED_CALLS)
        self.assertEqual(attempts, first[:len(attempts)])

    def test_each_phone_number_walks_its_own_sequence_and_retries_get_through(self):
        sms = client(PER_NUMBER, STANDARD)
        for number in ["+14155550100", "+14155550101"]:
            response = sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=number)
            self.assertEqual(response["ResponseMetadata"]["RetryAttempts"], 1)
        failed = (500, "InternalServerException", rule("first-put-per-number-fails"))
        self.assertEqual(journal("PutOptedOutNumber", PER_NUMBER),
                         [failed, (200, None, None), failed, (200, None, None)])
        states = control("GET", "/_smsim/scenarios")["scenarios"][1]["phoneNumberStates"]
        self.assertEqual(states, {"+14155550100": "Failed-once", "+14155550101": "Failed-once"})

        control("PUT", "/_smsim/scenarios/client-rules/state",
                {"state": "Started", "phoneNumber": "+14155550101"})
        with self.assertRaises(ClientError) as raised:
            client(PER_NUMBER, NO_RETRIES).put_opted_out_number(
                OptOutListName="Default", OptedOutNumber="+14155550101")
        self.assertEqual(raised.exception.response["ResponseMetadata"]["HTTPStatusCode"], 500)

    def test_a_scenario_wide_sequence_recovered_by_retries(self):
        response = client(SEQUENCE, STANDARD).describe_opt_out_lists()
        self.assertEqual(response["ResponseMetadata"]["RetryAttempts"], 2)
        self.assertEqual(journal("DescribeOptOutLists", SEQUENCE), [
            (503, "ServiceUnavailableException", rule("unavailable-first")),
            (400, "ThrottlingException", rule("then-throttled")),
            (200, None, None)])
        self.assertEqual(control("GET", "/_smsim/scenarios")["scenarios"][1]["state"], "Recovered")

    def test_dropped_connections_are_retried(self):
        sms = client(FAULTS, STANDARD)
        self.assertEqual(sms.describe_opt_out_lists()["ResponseMetadata"]["RetryAttempts"], 1)
        self.assertEqual(sms.describe_phone_numbers()["ResponseMetadata"]["RetryAttempts"], 1)
        self.assertEqual(journal("DescribeOptOutLists", FAULTS),
                         [(0, "connectionReset", rule("reset-once")), (200, None, None)])
        self.assertEqual(journal("DescribePhoneNumbers", FAULTS),
                         [(0, "emptyResponse", rule("close-once")), (200, None, None)])

    def test_without_retries_a_dropped_connection_reaches_the_caller(self):
        with self.assertRaises(BotoCoreError):
            client(FAULTS, NO_RETRIES).describe_opt_out_lists()

    def test_broken_answers_never_reach_the_caller_as_data(self):
        # botocore takes a cut-off or malformed body as an empty result (or, with a stricter
        # urllib3, fails); either way the caller gets no data from it.
        sms = client(FAULTS, STANDARD)
        for call, member in [(sms.describe_pools, "Pools"),
                             (sms.describe_account_attributes, "AccountAttributes")]:
            try:
                self.assertNotIn(member, call())
            except BotoCoreError:
                pass
        self.assertEqual(journal("DescribePools", FAULTS)[0],
                         (200, "truncatedResponse", rule("truncate-once")))
        self.assertEqual(journal("DescribeAccountAttributes", FAULTS)[0],
                         (200, "malformedResponse", rule("malform-once")))
        self.assertIn("Pools", sms.describe_pools())  # once only

    def test_delays_slow_calls_and_a_read_timeout_is_retried(self):
        sms = client(DELAYS, STANDARD, read_timeout=0.5)
        started = time.monotonic()
        sms.describe_opt_out_lists()
        self.assertGreaterEqual(time.monotonic() - started, 0.3)
        # A lognormal delay with a median of 5 s, capped at 200 ms: within the 0.5 s read timeout.
        started = time.monotonic()
        self.assertEqual(sms.describe_pools()["ResponseMetadata"]["RetryAttempts"], 0)
        self.assertGreaterEqual(time.monotonic() - started, 0.2)

        response = sms.describe_opted_out_numbers(OptOutListName="Default")
        self.assertEqual(response["ResponseMetadata"]["RetryAttempts"], 1)
        deadline = time.monotonic() + JOURNAL_DEADLINE_SECONDS
        while len(journal("DescribeOptedOutNumbers", DELAYS)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)  # the abandoned first attempt is journaled when its delay ends
        self.assertEqual(sorted(journal("DescribeOptedOutNumbers", DELAYS), key=str),
                         sorted([(200, None, None),
                                 (200, None, rule("slower-than-the-read-timeout-once"))], key=str))
        self.assertEqual(journal("DescribeOptOutLists", DELAYS), [(200, None, rule("fixed-300ms"))])


if __name__ == "__main__":
    unittest.main()
