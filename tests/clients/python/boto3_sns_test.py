"""boto3's SNS client against a running smsim: SMS through Publish, the opt-out actions, SMS
attributes, and SNS's own errors for what a client can't send through boto3 (an unknown Action, a
wrong Version, a malformed body), sent as raw HTTP.

One opt-out state: a STOP from a handset (POST /_smsim/inbound), End User Messaging SMS's
PutOptedOutNumber and SNS's CheckIfPhoneNumberIsOptedOut all read and write the account's Default
opt-out list. Runs under the machine's python3 (boto3 1.43) and Debian's /usr/bin/python3 (1.26).
"""
import sys
import unittest
import urllib.error
import urllib.request

try:
    import boto3
    import botocore
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control
from smsim_control import outbox

ACCOUNT = "310987654321"
REGION = "us-east-1"
HANDSET = "+14155550143"
NO_RETRIES = {"max_attempts": 1, "mode": "standard"}
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def client(service, account=ACCOUNT):
    return boto3.client(service, endpoint_url=smsim_control.URL, region_name=REGION,
                        aws_access_key_id=account, aws_secret_access_key="not-checked",
                        config=Config(retries=NO_RETRIES))


def raw_post(body, content_type="application/x-www-form-urlencoded"):
    """(status, body text) of a form POST to smsim's `/`, as no SDK would send it."""
    request = urllib.request.Request(smsim_control.URL + "/", data=body.encode(), method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with _opener.open(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


class Boto3SnsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print(f"\n{sys.executable}: boto3 {boto3.__version__}, botocore {botocore.__version__}",
              file=sys.stderr)

    def setUp(self):
        smsim_control.reset()
        self.sns = client("sns")
        self.sms = client("pinpoint-sms-voice-v2")

    def assertSnsError(self, call, code, status):
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            call()
        error = raised.exception.response
        self.assertEqual(error["Error"]["Code"], code)
        self.assertEqual(error["ResponseMetadata"]["HTTPStatusCode"], status)
        self.assertTrue(error["ResponseMetadata"]["RequestId"])
        return error["Error"]["Message"]

    def test_publish_sms_lands_in_the_outbox_with_its_attributes(self):
        attributes = {
            "AWS.SNS.SMS.SMSType": {"DataType": "String", "StringValue": "Transactional"},
            "AWS.SNS.SMS.SenderID": {"DataType": "String", "StringValue": "MyBrand"},
        }
        message_id = self.sns.publish(PhoneNumber=HANDSET, Message="Your code is 123 <b>&",
                                      MessageAttributes=attributes)["MessageId"]
        [sent] = outbox(destination=HANDSET)
        self.assertEqual(sent["messageId"], message_id)
        self.assertEqual(sent["messageBody"], "Your code is 123 <b>&")
        self.assertEqual(sent["messageType"], "TRANSACTIONAL")
        self.assertEqual(sent["originationIdentity"], "MyBrand")
        self.assertEqual(sent["origin"], "Publish")
        self.assertEqual(sent["status"], "DELIVERED")
        [entry] = smsim_control.journal_of("sns", "Publish")
        self.assertEqual(entry["status"], 200)

    def test_stop_put_opted_out_number_and_sns_agree(self):
        number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"],
            NumberType="LONG_CODE")["PhoneNumber"]
        self.assertFalse(self.sns.check_if_phone_number_is_opted_out(
            phoneNumber=HANDSET)["isOptedOut"])
        status, _ = smsim_control.call("POST", "/_smsim/inbound", {
            "originationNumber": HANDSET, "destinationNumber": number, "messageBody": "STOP"})
        self.assertEqual(status, 200)
        self.assertTrue(self.sns.check_if_phone_number_is_opted_out(
            phoneNumber=HANDSET)["isOptedOut"])

        # Another handset, opted out through End User Messaging SMS.
        self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550144")
        self.assertEqual(self.sns.list_phone_numbers_opted_out()["phoneNumbers"],
                         [HANDSET, "+14155550144"])

        # Publish answers a MessageId, but the message fails (SNS's docs: sms_manage.html).
        self.sns.publish(PhoneNumber=HANDSET, Message="not delivered")
        [failed] = [m for m in outbox(destination=HANDSET) if m["origin"] == "Publish"]
        self.assertEqual(failed["status"], "FAILED")

        # Opted in through SNS: End User Messaging SMS sends to it again.
        self.sns.opt_in_phone_number(phoneNumber=HANDSET)
        described = self.sms.describe_opted_out_numbers(OptOutListName="Default")
        self.assertEqual([n["OptedOutNumber"] for n in described["OptedOutNumbers"]],
                         ["+14155550144"])
        self.sms.send_text_message(DestinationPhoneNumber=HANDSET, OriginationIdentity=number,
                                   MessageBody="welcome back")

        # Once every 30 days, on the simulated clock.
        self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=HANDSET)
        self.assertSnsError(lambda: self.sns.opt_in_phone_number(phoneNumber=HANDSET),
                            "InvalidParameter", 400)
        smsim_control.advance_clock(smsim_control.THIRTY_DAYS_IN_SECONDS)
        self.sns.opt_in_phone_number(phoneNumber=HANDSET)
        self.assertFalse(self.sns.check_if_phone_number_is_opted_out(
            phoneNumber=HANDSET)["isOptedOut"])

    def test_list_phone_numbers_opted_out_pages_through_boto3s_paginator(self):
        numbers = [f"+1415555{n:04d}" for n in range(230)]
        for number in numbers:
            self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=number)
        pages = list(self.sns.get_paginator("list_phone_numbers_opted_out").paginate())
        self.assertEqual([len(page["phoneNumbers"]) for page in pages], [100, 100, 30])
        self.assertEqual(sum((page["phoneNumbers"] for page in pages), []), numbers)
        self.assertSnsError(lambda: self.sns.list_phone_numbers_opted_out(nextToken="forged"),
                            "InvalidParameter", 400)

    def test_origination_numbers_are_the_accounts_numbers(self):
        numbers = sorted(self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"],
            NumberType="LONG_CODE")["PhoneNumber"] for _ in range(3))
        pages = list(self.sns.get_paginator("list_origination_numbers").paginate(
            PaginationConfig={"PageSize": 2}))
        listed = [n for page in pages for n in page["PhoneNumbers"]]
        self.assertEqual([n["PhoneNumber"] for n in listed], numbers)
        self.assertEqual(listed[0]["RouteType"], "Transactional")
        self.assertEqual(listed[0]["NumberCapabilities"], ["SMS"])
        self.assertGreaterEqual(listed[0]["CreatedAt"].year, 2026)
        self.assertFalse(self.sns.get_sms_sandbox_account_status()["IsInSandbox"])

    def test_sms_attributes(self):
        self.sns.set_sms_attributes(attributes={"DefaultSMSType": "Transactional",
                                                "MonthlySpendLimit": "5"})
        self.assertEqual(self.sns.get_sms_attributes()["attributes"],
                         {"DefaultSMSType": "Transactional", "MonthlySpendLimit": "5"})
        self.assertEqual(self.sns.get_sms_attributes(attributes=["MonthlySpendLimit"])["attributes"],
                         {"MonthlySpendLimit": "5"})
        self.assertSnsError(lambda: self.sns.set_sms_attributes(attributes={"Loud": "yes"}),
                            "InvalidParameter", 400)
        self.sns.publish(PhoneNumber=HANDSET, Message="default type")
        self.assertEqual(outbox(destination=HANDSET)[0]["messageType"], "TRANSACTIONAL")

    def test_monthly_spend_limit_stops_sending_but_publish_still_answers(self):
        # SetSMSAttributes: "When Amazon SNS determines that sending an SMS message would incur a
        # cost that exceeds this limit, it stops sending SMS messages".
        self.sns.set_sms_attributes(attributes={"MonthlySpendLimit": "0"})
        message_id = self.sns.publish(PhoneNumber=HANDSET, Message="over the limit")["MessageId"]
        [failed] = outbox(destination=HANDSET)
        self.assertEqual(failed["messageId"], message_id)
        self.assertEqual(failed["status"], "FAILED")
        self.assertEqual(failed["context"]["providerResponse"],
                         "Message would exceed the account's MonthlySpendLimit of 0 USD")
        # Raised again, messages go; nothing above the account's own limit is taken.
        self.sns.set_sms_attributes(attributes={"MonthlySpendLimit": "1"})
        self.sns.publish(PhoneNumber=HANDSET, Message="within the limit")
        self.assertEqual(outbox(destination=HANDSET)[-1]["status"], "DELIVERED")
        self.assertSnsError(lambda: self.sns.set_sms_attributes(
            attributes={"MonthlySpendLimit": "10001"}), "InvalidParameter", 400)

    # prose_rules.md SendTextMessage-22: "When set as an account default, a protect configuration
    # will also affect messages sent through Amazon SNS" (protect-configuration.html). SNS has no
    # error for it: Publish answers and the message fails, to a number and to a topic's sms
    # subscriber alike.
    def test_the_account_default_protect_configuration_fails_sms_it_blocks(self):
        if not hasattr(self.sms, "create_protect_configuration"):
            self.skipTest("this botocore predates protect configurations")
        canada = "+16045550143"
        protect = self.sms.create_protect_configuration()["ProtectConfigurationId"]
        self.sms.update_protect_configuration_country_rule_set(
            ProtectConfigurationId=protect, NumberCapability="SMS",
            CountryRuleSetUpdates={"CA": {"ProtectStatus": "BLOCK"}})
        self.sns.publish(PhoneNumber=canada, Message="before")  # not the default yet
        self.sms.set_account_default_protect_configuration(ProtectConfigurationId=protect)
        message_id = self.sns.publish(PhoneNumber=canada, Message="blocked")["MessageId"]
        topic = self.sns.create_topic(Name="alerts")["TopicArn"]
        self.sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint=canada)
        self.sns.publish(TopicArn=topic, Message="to subscribers")
        self.sns.publish(PhoneNumber=HANDSET, Message="the US is allowed")

        sent = outbox(destination=canada)
        self.assertEqual([m["status"] for m in sent], ["DELIVERED", "FAILED", "FAILED"])
        self.assertEqual(sent[1]["messageId"], message_id)
        self.assertEqual(sent[1]["context"]["providerResponse"],
                         f"Protect configuration {protect} blocks SMS messages to CA.")
        self.assertEqual(outbox(destination=HANDSET)[0]["status"], "DELIVERED")

    def test_bad_requests_get_snss_own_errors(self):
        self.assertSnsError(lambda: self.sns.publish(PhoneNumber="not-a-number", Message="x"),
                            "InvalidParameter", 400)
        self.assertSnsError(lambda: self.sns.create_platform_application(
            Name="app", Platform="GCM", Attributes={"PlatformCredential": "key"}),
            "NotImplemented", 501)
        for body, status, code in [
                ("Action=NoSuchAction&Version=2010-03-31", 400, "InvalidAction"),
                ("Action=Publish&Version=2009-01-01", 400, "InvalidAction"),
                ("Version=2010-03-31", 400, "MissingAction"),
                ("Action=Publish&Version=2010-03-31&Message=%zz", 404, "MalformedQueryString"),
        ]:
            got_status, text = raw_post(body)
            self.assertEqual(got_status, status, text)
            self.assertIn(f"<Code>{code}</Code>", text)
            self.assertTrue(text.startswith(
                '<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">'), text)
        # A POST to / that is neither awsJson nor a form keeps awsJson's error.
        status, text = raw_post("{}", content_type="application/json")
        self.assertEqual(status, 400)
        self.assertIn("Missing X-Amz-Target header", text)


if __name__ == "__main__":
    unittest.main()
