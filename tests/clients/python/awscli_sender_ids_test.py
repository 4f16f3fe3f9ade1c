"""The AWS CLI (v1 or v2) with smsim's sender IDs. Debian's CLI v2 2.9 knows describe-sender-ids
but neither request-sender-id nor its --owner, so both describe and only CLI v1 checks Owner and
requests, updates and releases one. Runs in the same CTest tests as awscli_test.py.
https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html
"""
import unittest

import awscli_test
import smsim_control
from awscli_test import MAJOR, ok, run_cli

ACCOUNT = "370000000071"


class AwsCliSenderIdsTest(unittest.TestCase):
    assertServiceError = awscli_test.AwsCliTest.assertServiceError

    def setUp(self):
        smsim_control.reset()

    def test_describe_refuses_owner_with_sender_ids(self):
        self.assertEqual(ok("describe-sender-ids", account=ACCOUNT)["SenderIds"], [])
        if MAJOR == 2:
            return  # Debian's CLI v2 2.9 has no --owner on describe-sender-ids
        refused = self.assertServiceError(
            run_cli("describe-sender-ids", "--owner", "SELF", "--sender-ids",
                    "SenderId=EXAMPLECO,IsoCountryCode=GB", account=ACCOUNT),
            "ValidationException", "DescribeSenderIds", "can't be used at the same time")
        self.assertEqual(refused["Reason"], "PARAMETERS_CANNOT_BE_USED_TOGETHER")

    def test_request_update_and_release(self):
        if MAJOR == 2:
            return  # Debian's CLI v2 2.9 has no request-sender-id
        created = ok("request-sender-id", "--sender-id", "EXAMPLECO", "--iso-country-code", "GB",
                     "--deletion-protection-enabled", account=ACCOUNT)
        self.assertTrue(created["DeletionProtectionEnabled"])
        refused = self.assertServiceError(
            run_cli("release-sender-id", "--sender-id", "EXAMPLECO", "--iso-country-code", "GB",
                    account=ACCOUNT),
            "ConflictException", "ReleaseSenderId", "deletion protection")
        self.assertEqual(refused["Reason"], "DELETION_PROTECTION_ENABLED")
        ok("update-sender-id", "--sender-id", "EXAMPLECO", "--iso-country-code", "GB",
           "--no-deletion-protection-enabled", account=ACCOUNT)
        released = ok("release-sender-id", "--sender-id", "EXAMPLECO", "--iso-country-code", "GB",
                      account=ACCOUNT)
        self.assertEqual(released["SenderId"], "EXAMPLECO")


if __name__ == "__main__":
    unittest.main()
