"""boto3 against a running smsim: monthly spend limits, their overrides, MaxPrice.

The limits as DescribeSpendLimits reports them, an override above MaxLimit refused, a 1 USD text
limit reached by texts to New Zealand (0.118 USD each at smsim's prices) and lifted by the next
simulated month. Runs under the machine's python3 and Debian's /usr/bin/python3 (whose botocore
has no media override, so only text and voice are set here).
https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html
"""
import sys
import unittest

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import boto3_test  # the module only: importing its TestCase would run it twice
import smsim_control

ACCOUNT = "370000000031"
NEW_ZEALAND = "+64211234567"


def sms_client():
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                        region_name="us-east-1", aws_access_key_id=ACCOUNT,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"max_attempts": 1}))


class Boto3SpendLimitsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()

    def assertReason(self, context, code, reason):
        response = context.exception.response
        self.assertEqual(response["Error"]["Code"], code)
        self.assertEqual(response["Reason"], reason)

    def test_overrides_are_reported_and_bounded_by_max_limit(self):
        limits = {limit["Name"]: limit for limit in self.sms.describe_spend_limits()["SpendLimits"]}
        self.assertEqual(limits["TEXT_MESSAGE_MONTHLY_SPEND_LIMIT"],
                         {"Name": "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "EnforcedLimit": 10000,
                          "MaxLimit": 10000, "Overridden": False})
        self.assertEqual(self.sms.set_voice_message_spend_limit_override(
            MonthlyLimit=50)["MonthlyLimit"], 50)
        with self.assertRaises(self.sms.exceptions.ValidationException) as refused:
            self.sms.set_text_message_spend_limit_override(MonthlyLimit=10001)
        self.assertReason(refused, "ValidationException",
                          "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT")
        voice = [limit for limit in self.sms.describe_spend_limits()["SpendLimits"]
                 if limit["Name"] == "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT"][0]
        self.assertEqual((voice["EnforcedLimit"], voice["Overridden"]), (50, True))
        self.assertEqual(self.sms.delete_voice_message_spend_limit_override()["MonthlyLimit"],
                         10000)

    def test_the_limit_stops_texts_until_the_month_turns(self):
        number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"],
            NumberType="LONG_CODE")["PhoneNumberId"]
        boto3_test.enable_international_sending(self.sms, number)  # New Zealand is abroad

        def send(**extra):
            return self.sms.send_text_message(DestinationPhoneNumber=NEW_ZEALAND, MessageBody="hi",
                                              OriginationIdentity=number, **extra)

        with self.assertRaises(self.sms.exceptions.ValidationException) as dear:
            send(MaxPrice="0.1")
        self.assertReason(dear, "ValidationException", "PRICE_OVER_THRESHOLD")
        self.sms.set_text_message_spend_limit_override(MonthlyLimit=1)
        for _ in range(8):
            send()
        with self.assertRaises(self.sms.exceptions.ServiceQuotaExceededException) as reached:
            send()
        self.assertReason(reached, "ServiceQuotaExceededException",
                          "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT")
        smsim_control.advance_clock(32 * 24 * 3600)
        self.assertEqual(len(send()["MessageId"]), 36)
        self.assertEqual(len(smsim_control.outbox(destination=NEW_ZEALAND)), 9)


if __name__ == "__main__":
    unittest.main()
