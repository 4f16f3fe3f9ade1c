"""The AWS CLI (v1 or v2) against an account in smsim's SMS sandbox.

Both CLIs see ACCOUNT_TIER SANDBOX and a send to an unverified number refused with
ConflictException DESTINATION_PHONE_NUMBER_NOT_VERIFIED (the Reason read back from smsim's
journal). The verified destination commands exist in CLI v1 here but not in Debian's CLI v2 2.9,
so only v1 verifies a number and then texts it. Runs in the same CTest tests as awscli_test.py.
https://docs.aws.amazon.com/sms-voice/latest/userguide/verify-destination-phone-number.html
"""
import unittest

import awscli_test
import smsim_control
from awscli_test import MAJOR, ok, run_cli

ACCOUNT = "370000000011"
HANDSET = "+14155550142"


def send(identity, destination=HANDSET):
    return run_cli("send-text-message", "--destination-phone-number", destination,
                   "--origination-identity", identity, "--message-body", "hi", account=ACCOUNT)


class AwsCliSandboxTest(unittest.TestCase):
    assertServiceError = awscli_test.AwsCliTest.assertServiceError

    @classmethod
    def setUpClass(cls):
        smsim_control.enter_sandbox(ACCOUNT)

    def setUp(self):
        smsim_control.reset()

    def assertNotVerified(self, result):
        response = self.assertServiceError(result, "ConflictException", "SendTextMessage",
                                           "not a verified destination number")
        self.assertEqual(response["Reason"], "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")

    def test_the_sandbox_refuses_unverified_numbers_until_one_is_verified(self):
        attributes = ok("describe-account-attributes", account=ACCOUNT)["AccountAttributes"]
        self.assertEqual(attributes, [{"Name": "ACCOUNT_TIER", "Value": "SANDBOX"}])
        number = ok("request-phone-number", "--iso-country-code", "US", "--message-type",
                    "TRANSACTIONAL", "--number-capabilities", "SMS", "--number-type",
                    "LONG_CODE", account=ACCOUNT)
        self.assertNotVerified(send(number["PhoneNumberId"]))
        if MAJOR == 2:
            return  # Debian's CLI v2 2.9 has no verified destination commands
        created = ok("create-verified-destination-number", "--destination-phone-number", HANDSET,
                     account=ACCOUNT)
        identifier = created["VerifiedDestinationNumberId"]
        ok("send-destination-number-verification-code", "--verified-destination-number-id",
           identifier, "--verification-channel", "TEXT", account=ACCOUNT)
        code = smsim_control.outbox(destination=HANDSET)[-1]["messageBody"].split()[-1]
        verified = ok("verify-destination-number", "--verified-destination-number-id",
                      identifier, "--verification-code", code, account=ACCOUNT)
        self.assertEqual(verified["Status"], "VERIFIED")
        listed = ok("describe-verified-destination-numbers", account=ACCOUNT)
        self.assertEqual([n["DestinationPhoneNumber"] for n in listed["VerifiedDestinationNumbers"]],
                         [HANDSET])
        exit_code, output, err = send(number["PhoneNumberId"])
        self.assertEqual(exit_code, 0, err)
        self.assertEqual(len(output["MessageId"]), 36)
        self.assertNotVerified(send(number["PhoneNumberId"], "+14155550143"))
        ok("delete-verified-destination-number", "--verified-destination-number-id", identifier,
           account=ACCOUNT)
        self.assertNotVerified(send(number["PhoneNumberId"]))


if __name__ == "__main__":
    unittest.main()
