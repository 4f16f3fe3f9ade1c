"""The AWS CLI (v1 or v2) with smsim's monthly spend limits: describe, override, refuse a text that
would pass the limit (Reason read back from smsim's journal), delete the override. Runs in the
same CTest tests as awscli_test.py. https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html
"""
import unittest

import awscli_test
import smsim_control
from awscli_test import ok, run_cli

ACCOUNT = "370000000041"
NEW_ZEALAND = "+64211234567"


class AwsCliSpendLimitsTest(unittest.TestCase):
    assertServiceError = awscli_test.AwsCliTest.assertServiceError

    def setUp(self):
        smsim_control.reset()

    def test_an_override_stops_texts_that_would_pass_it(self):
        limits = ok("describe-spend-limits", account=ACCOUNT)["SpendLimits"]
        self.assertEqual([limit["Name"] for limit in limits],
                         ["TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT",
                          "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT"])
        refused = self.assertServiceError(
            run_cli("set-text-message-spend-limit-override", "--monthly-limit", "10001",
                    account=ACCOUNT),
            "ValidationException", "SetTextMessageSpendLimitOverride", "MaxLimit")
        self.assertEqual(refused["Reason"], "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT")
        self.assertEqual(ok("set-text-message-spend-limit-override", "--monthly-limit", "1",
                            account=ACCOUNT), {"MonthlyLimit": 1})
        number = ok("request-phone-number", "--iso-country-code", "US", "--message-type",
                    "TRANSACTIONAL", "--number-capabilities", "SMS", "--number-type",
                    "LONG_CODE", account=ACCOUNT)["PhoneNumberId"]
        # New Zealand is abroad for a US number.
        awscli_test.aws_json("UpdatePhoneNumber",
                             {"PhoneNumberId": number, "InternationalSendingEnabled": True},
                             account=ACCOUNT)
        send = ("send-text-message", "--destination-phone-number", NEW_ZEALAND,
                "--origination-identity", number, "--message-body", "hi")
        for _ in range(8):
            ok(*send, account=ACCOUNT)
        reached = self.assertServiceError(run_cli(*send, account=ACCOUNT),
                                          "ServiceQuotaExceededException", "SendTextMessage",
                                          "monthly spend limit")
        self.assertEqual(reached["Reason"], "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT")
        self.assertEqual(ok("delete-text-message-spend-limit-override", account=ACCOUNT),
                         {"MonthlyLimit": 10000})
        ok(*send, account=ACCOUNT)


if __name__ == "__main__":
    unittest.main()
