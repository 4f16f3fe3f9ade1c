"""boto3 against a running smsim: the SMS sandbox and its verified destination numbers.

An account in the sandbox (seeded through a scenario) reports ACCOUNT_TIER SANDBOX, can't text an
unverified number, adds one, receives its code in the outbox, verifies it and then texts it.
The verified destination operations need boto3 1.34 or later; Debian's 1.26 lacks them.
https://docs.aws.amazon.com/sms-voice/latest/userguide/verify-destination-phone-number.html
"""
import sys
import unittest

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control

ACCOUNT = "370000000001"
PRODUCTION_ACCOUNT = "370000000002"
REGION = "us-east-1"


def sms_client(account=ACCOUNT):
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                        region_name=REGION, aws_access_key_id=account,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"max_attempts": 1}))


def last_code(destination):
    body = smsim_control.outbox(destination=destination)[-1]["messageBody"]
    return body.split()[-1]


class Boto3SandboxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        smsim_control.enter_sandbox(ACCOUNT)

    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()
        self.number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS", "VOICE"],
            NumberType="LONG_CODE")

    def assertError(self, context, code, reason):
        response = context.exception.response
        self.assertEqual(response["Error"]["Code"], code)
        self.assertEqual(response["Reason"], reason)
        return response

    def send(self, destination):
        return self.sms.send_text_message(DestinationPhoneNumber=destination, MessageBody="hi",
                                          OriginationIdentity=self.number["PhoneNumberId"])

    def test_the_tier_is_reported_per_account(self):
        attributes = self.sms.describe_account_attributes()["AccountAttributes"]
        self.assertEqual(attributes, [{"Name": "ACCOUNT_TIER", "Value": "SANDBOX"}])
        production = sms_client(PRODUCTION_ACCOUNT).describe_account_attributes()
        self.assertEqual(production["AccountAttributes"][0]["Value"], "PRODUCTION")

    def test_verify_a_number_send_to_it_and_fail_to_send_to_another(self):
        with self.assertRaises(self.sms.exceptions.ConflictException) as refused:
            self.send("+14155550100")
        self.assertError(refused, "ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")

        created = self.sms.create_verified_destination_number(DestinationPhoneNumber="+14155550100")
        self.assertEqual(created["Status"], "PENDING")
        identifier = created["VerifiedDestinationNumberId"]
        self.sms.send_destination_number_verification_code(
            VerifiedDestinationNumberId=identifier, VerificationChannel="TEXT")
        with self.assertRaises(self.sms.exceptions.ValidationException) as wrong:
            self.sms.verify_destination_number(VerifiedDestinationNumberId=identifier,
                                               VerificationCode="wrong")
        self.assertError(wrong, "ValidationException", "VERIFICATION_CODE_MISMATCH")
        verified = self.sms.verify_destination_number(
            VerifiedDestinationNumberId=identifier, VerificationCode=last_code("+14155550100"))
        self.assertEqual(verified["Status"], "VERIFIED")

        self.assertEqual(len(self.send("+14155550100")["MessageId"]), 36)
        with self.assertRaises(self.sms.exceptions.ConflictException) as other:
            self.send("+14155550101")
        self.assertError(other, "ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")

    def test_an_expired_code_is_refused(self):
        identifier = self.sms.create_verified_destination_number(
            DestinationPhoneNumber="+14155550100")["VerifiedDestinationNumberId"]
        self.sms.send_destination_number_verification_code(
            VerifiedDestinationNumberId=identifier, VerificationChannel="VOICE")
        self.assertEqual(smsim_control.outbox(destination="+14155550100")[-1]["origin"],
                         "SendDestinationNumberVerificationCode:VOICE")
        smsim_control.advance_clock(16 * 60)
        with self.assertRaises(self.sms.exceptions.ConflictException) as expired:
            self.sms.verify_destination_number(VerifiedDestinationNumberId=identifier,
                                               VerificationCode=last_code("+14155550100"))
        self.assertError(expired, "ConflictException", "VERIFICATION_CODE_EXPIRED")

    def test_describe_pages_and_filters_and_delete_forgets(self):
        ids = [self.sms.create_verified_destination_number(
            DestinationPhoneNumber=f"+1415555010{i}")["VerifiedDestinationNumberId"]
            for i in range(3)]
        pages = self.sms.get_paginator("describe_verified_destination_numbers").paginate(
            PaginationConfig={"PageSize": 2})
        found = [n["VerifiedDestinationNumberId"] for page in pages
                 for n in page["VerifiedDestinationNumbers"]]
        self.assertEqual(sorted(found), sorted(ids))
        pending = self.sms.describe_verified_destination_numbers(
            Filters=[{"Name": "status", "Values": ["PENDING"]}])["VerifiedDestinationNumbers"]
        self.assertEqual(len(pending), 3)
        deleted = self.sms.delete_verified_destination_number(VerifiedDestinationNumberId=ids[0])
        self.assertNotIn("Status", deleted)
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException):
            self.sms.describe_verified_destination_numbers(VerifiedDestinationNumberIds=[ids[0]])


if __name__ == "__main__":
    unittest.main()
