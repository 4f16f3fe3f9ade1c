"""State saved to --state-file and loaded by a new smsim: the round trip through the front door.

State is built with real clients (boto3 for SMS Voice v2 and SNS, plain HTTP for Convoso and the
control API), saved with POST /_smsim/state/save, and a second smsim started on the same file must
answer GET /_smsim/state exactly as the first did. Also: GET /_smsim/state?format=scenario is YAML
that `POST /_smsim/scenarios` takes back, an unknown format is a 400 naming the valid ones, and
the file is also written on shutdown (SIGTERM).

Starts its own smsim processes (SMSIM_BINARY); boto3 from the machine's python3.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import urllib.error
import urllib.parse
import urllib.request

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

BINARY = os.environ.get("SMSIM_BINARY") or sys.exit("FAIL: SMSIM_BINARY is not set")
ACCOUNT = "345600000001"
REGION = "eu-west-1"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/sms-events"
TOPIC_ARN = f"arn:aws:sns:{REGION}:{ACCOUNT}:sms-receipts"
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class RunningSmsim:
    def __init__(self, state_file):
        self.process = subprocess.Popen(
            [BINARY, "serve", "--port", "0", "--log-level", "warn", "--state-file", state_file],
            stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        assert line.startswith("smsim listening on "), line
        self.url = line[len("smsim listening on "):]

    def stop(self):
        self.process.terminate()
        assert self.process.wait(timeout=30) == 0
        self.process.stdout.close()

    def http(self, method, path, data=None, content_type="application/json"):
        """(status, body text) of one call."""
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": content_type} if data else {})
        try:
            with _opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def state(self):
        status, text = self.http("GET", "/_smsim/state")
        assert status == 200, text
        return json.loads(text)

    def client(self, service, account=ACCOUNT):
        return boto3.client(service, endpoint_url=self.url, region_name=REGION,
                            aws_access_key_id=account, aws_secret_access_key="not-checked",
                            config=Config(retries={"max_attempts": 1}))


def build_state(smsim):
    sms = smsim.client("pinpoint-sms-voice-v2")
    sms.create_opt_out_list(OptOutListName="marketing")
    sms.put_opted_out_number(OptOutListName="marketing", OptedOutNumber="+14155550101")
    sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550102")
    first = sms.request_phone_number(IsoCountryCode="US", MessageType="TRANSACTIONAL",
                                     NumberCapabilities=["SMS"], NumberType="SIMULATOR")
    second = sms.request_phone_number(IsoCountryCode="US", MessageType="PROMOTIONAL",
                                      NumberCapabilities=["SMS"], NumberType="LONG_CODE",
                                      OptOutListName="marketing")
    sms.update_phone_number(PhoneNumberId=first["PhoneNumberId"], TwoWayEnabled=True,
                            TwoWayChannelArn=TOPIC_ARN, SelfManagedOptOutsEnabled=True)
    sms.put_keyword(OriginationIdentity=first["PhoneNumberId"], Keyword="PRICE",
                    KeywordMessage="Prices at example.com", KeywordAction="AUTOMATIC_RESPONSE")
    pool = sms.create_pool(OriginationIdentity=second["PhoneNumberId"], IsoCountryCode="US",
                           MessageType="PROMOTIONAL")
    sms.put_keyword(OriginationIdentity=pool["PoolId"], Keyword="JOIN",
                    KeywordMessage="Welcome back", KeywordAction="OPT_IN")
    sms.create_configuration_set(ConfigurationSetName="receipts")
    sms.set_default_message_type(ConfigurationSetName="receipts", MessageType="TRANSACTIONAL")
    sms.create_event_destination(
        ConfigurationSetName="receipts", EventDestinationName="to-sns",
        MatchingEventTypes=["TEXT_DELIVERED", "TEXT_BLOCKED"],
        SnsDestination={"TopicArn": TOPIC_ARN})
    protect = sms.create_protect_configuration(
        DeletionProtectionEnabled=True)["ProtectConfigurationId"]
    sms.update_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect, NumberCapability="SMS",
        CountryRuleSetUpdates={"CA": {"ProtectStatus": "BLOCK"}})
    sms.put_protect_configuration_rule_set_number_override(
        ProtectConfigurationId=protect, DestinationPhoneNumber="+16045550100", Action="ALLOW",
        ExpirationTimestamp=4102444800)
    sms.set_account_default_protect_configuration(ProtectConfigurationId=protect)
    sms.associate_protect_configuration(ProtectConfigurationId=protect,
                                        ConfigurationSetName="receipts")
    smsim.client("sns").set_sms_attributes(
        attributes={"DefaultSMSType": "Transactional", "MonthlySpendLimit": "5"})
    form = urllib.parse.urlencode({"auth_token": "any-token", "phone_number": "4155550103",
                                   "phone_code": "1", "campaign_id": "0", "reason": "asked"}).encode()
    status, text = smsim.http("POST", "/v1/sms-opt-out/insert", form,
                              "application/x-www-form-urlencoded")
    assert status == 200 and json.loads(text)["success"], text
    status, text = smsim.http("POST", "/_smsim/subscriptions", json.dumps(
        {"channelArn": TOPIC_ARN, "endpoint": "http://127.0.0.1:9/sms"}).encode())
    assert status in (200, 201), text
    status, text = smsim.http("PUT", "/_smsim/outcomes", json.dumps(
        {"destination": "+1206555*", "account": ACCOUNT, "region": "us-east-1",
         "events": [{"type": "TEXT_QUEUED"}, {"type": "TEXT_BLOCKED", "after": 90.5}]}).encode())
    assert status == 200, text


class StateFileTest(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.directory.name, "state.yaml")

    def tearDown(self):
        self.directory.cleanup()

    def test_a_new_smsim_starts_with_the_saved_state(self):
        first = RunningSmsim(self.path)
        try:
            build_state(first)
            before = first.state()
            status, text = first.http("POST", "/_smsim/state/save")
            self.assertEqual(status, 200, text)
            self.assertEqual(json.loads(text)["path"], self.path)
        finally:
            first.stop()
        self.assertFalse([name for name in os.listdir(self.directory.name) if ".tmp." in name])
        scope = next(s for s in before["seed"]["aws"] if s["account"] == ACCOUNT)
        self.assertEqual([l["name"] for l in scope["optOutLists"]], ["Default", "marketing"])
        self.assertEqual(len(scope["phoneNumbers"]), 2)
        self.assertEqual(scope["configurationSets"][0]["eventDestinations"][0]["sns"],
                         {"topicArn": TOPIC_ARN})
        self.assertEqual(scope["sns"]["smsAttributes"]["MonthlySpendLimit"], "5")
        self.assertEqual(before["seed"]["convoso"]["smsOptOuts"][0]["reason"], "asked")
        self.assertEqual(before["seed"]["subscriptions"][0]["channelArn"], TOPIC_ARN)
        self.assertEqual(before["seed"]["outcomes"][0]["events"][1],
                         {"type": "TEXT_BLOCKED", "after": 90.5})

        second = RunningSmsim(self.path)
        try:
            self.assertEqual(second.state(), before)
            # And the API sees it: the pool still holds the number, its keyword is there.
            sms = second.client("pinpoint-sms-voice-v2")
            pool = sms.describe_pools()["Pools"][0]
            self.assertEqual(pool["OptOutListName"], "marketing")
            keywords = sms.describe_keywords(OriginationIdentity=pool["PoolId"])["Keywords"]
            self.assertIn("JOIN", [k["Keyword"] for k in keywords])
            # The protect configuration: the account default, its rule, its override, its set.
            [protect] = sms.describe_protect_configurations()["ProtectConfigurations"]
            self.assertTrue(protect["AccountDefault"] and protect["DeletionProtectionEnabled"])
            rules = sms.get_protect_configuration_country_rule_set(
                ProtectConfigurationId=protect["ProtectConfigurationId"], NumberCapability="SMS")
            self.assertEqual(rules["CountryRuleSet"]["CA"], {"ProtectStatus": "BLOCK"})
            overrides = sms.list_protect_configuration_rule_set_number_overrides(
                ProtectConfigurationId=protect["ProtectConfigurationId"])
            self.assertEqual(overrides["RuleSetNumberOverrides"][0]["Action"], "ALLOW")
            sets = sms.describe_configuration_sets()["ConfigurationSets"]
            self.assertEqual(sets[0]["ProtectConfigurationId"], protect["ProtectConfigurationId"])
        finally:
            second.stop()

    def test_the_sandbox_and_its_verified_numbers_survive_a_restart(self):
        sandboxed = "345600000003"
        first = RunningSmsim(self.path)
        try:
            status, text = first.http("POST", "/_smsim/scenarios", json.dumps(
                {"name": "sandbox", "seed": {"aws": {"account": sandboxed, "region": REGION,
                                                      "accountTier": "sandbox"}}}).encode())
            self.assertEqual(status, 201, text)
            sms = first.client("pinpoint-sms-voice-v2", sandboxed)
            sms.request_phone_number(IsoCountryCode="US", MessageType="TRANSACTIONAL",
                                     NumberCapabilities=["SMS"], NumberType="LONG_CODE")
            codes = {}
            ids = {}
            for number in ("+14155550110", "+14155550111"):
                ids[number] = sms.create_verified_destination_number(
                    DestinationPhoneNumber=number)["VerifiedDestinationNumberId"]
                sms.send_destination_number_verification_code(
                    VerifiedDestinationNumberId=ids[number], VerificationChannel="TEXT")
                status, text = first.http("GET", "/_smsim/messages?destination=%2B" + number[1:])
                codes[number] = json.loads(text)["messages"][-1]["messageBody"].split()[-1]
            sms.verify_destination_number(VerifiedDestinationNumberId=ids["+14155550110"],
                                          VerificationCode=codes["+14155550110"])
            before = first.state()
        finally:
            first.stop()
        scope = next(s for s in before["seed"]["aws"] if s["account"] == sandboxed)
        self.assertEqual(scope["accountTier"], "sandbox")
        self.assertEqual(
            sorted(scope["verifiedDestinationNumbers"], key=lambda n: n["number"]),
            [{"number": "+14155550110", "id": ids["+14155550110"]},
             {"number": "+14155550111", "id": ids["+14155550111"],
              "verificationCode": codes["+14155550111"]}])

        second = RunningSmsim(self.path)
        try:
            self.assertEqual(second.state(), before)
            sms = second.client("pinpoint-sms-voice-v2", sandboxed)
            tier = sms.describe_account_attributes()["AccountAttributes"]
            self.assertEqual(tier, [{"Name": "ACCOUNT_TIER", "Value": "SANDBOX"}])
            # The pending number still takes the code it was sent before the restart.
            verified = sms.verify_destination_number(
                VerifiedDestinationNumberId=ids["+14155550111"],
                VerificationCode=codes["+14155550111"])
            self.assertEqual(verified["Status"], "VERIFIED")
        finally:
            second.stop()

    def test_sender_ids_their_pools_and_the_months_spend_survive_a_restart(self):
        account = "345600000004"
        first = RunningSmsim(self.path)
        try:
            sms = first.client("pinpoint-sms-voice-v2", account)
            sms.request_sender_id(SenderId="MyBrand", IsoCountryCode="GB",
                                  MessageTypes=["TRANSACTIONAL"], DeletionProtectionEnabled=True)
            pool = sms.create_pool(OriginationIdentity="MyBrand", IsoCountryCode="GB",
                                   MessageType="TRANSACTIONAL")["PoolId"]
            sms.set_text_message_spend_limit_override(MonthlyLimit=5)
            sms.send_text_message(DestinationPhoneNumber="+447700900123", OriginationIdentity=pool,
                                  MessageBody="Your code is 1234")
            before = first.state()
        finally:
            first.stop()
        scope = next(s for s in before["seed"]["aws"] if s["account"] == account)
        self.assertEqual(scope["senderIds"], [{"senderId": "MyBrand", "isoCountryCode": "GB",
                                               "messageTypes": ["TRANSACTIONAL"],
                                               "deletionProtectionEnabled": True}])
        self.assertEqual(scope["pools"][0]["senderIds"], ["MyBrand/GB"])
        self.assertEqual(scope["spendLimits"]["text"]["enforcedLimit"], 5)
        self.assertGreater(scope["spendLimits"]["text"]["spent"], 0)

        second = RunningSmsim(self.path)
        try:
            self.assertEqual(second.state(), before)
            sms = second.client("pinpoint-sms-voice-v2", account)
            listed = sms.list_pool_origination_identities(PoolId=pool)["OriginationIdentities"]
            self.assertEqual([i["OriginationIdentity"] for i in listed], ["MyBrand"])
            with self.assertRaises(sms.exceptions.ConflictException):  # deletion protection
                sms.release_sender_id(SenderId="MyBrand", IsoCountryCode="GB")
        finally:
            second.stop()

    def test_shutdown_writes_the_file_and_the_yaml_loads_as_a_scenario(self):
        first = RunningSmsim(self.path)
        try:
            build_state(first)
            before = first.state()
            status, yaml_text = first.http("GET", "/_smsim/state?format=scenario")
            self.assertEqual(status, 200, yaml_text)
            self.assertIn("seed:", yaml_text)
        finally:
            first.stop()  # SIGTERM: the file is written on the way out
        second = RunningSmsim(self.path + ".other")
        try:
            status, text = second.http("POST", "/_smsim/scenarios", yaml_text.encode(),
                                       "application/yaml")
            self.assertEqual(status, 201, text)
            self.assertEqual(second.state()["seed"], before["seed"])
        finally:
            second.stop()
        third = RunningSmsim(self.path)
        try:
            self.assertEqual(third.state(), before)
        finally:
            third.stop()

    def test_an_unknown_format_is_refused_with_the_valid_ones(self):
        smsim = RunningSmsim(self.path)
        try:
            status, text = smsim.http("GET", "/_smsim/state?format=xml")
            self.assertEqual(status, 400, text)
            body = json.loads(text)
            self.assertEqual(body["error"], "InvalidRequest")
            self.assertIn("json, scenario", body["message"])
        finally:
            smsim.stop()


if __name__ == "__main__":
    unittest.main()
