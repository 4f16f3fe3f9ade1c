"""boto3 against a running smsim: sender IDs requested, described, protected, used and released.

Needs boto3 1.34 or later (the machine's python3); Debian's 1.26 has no RequestSenderId.
https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html
"""
import sys
import unittest

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control

ACCOUNT = "370000000061"
BRITISH_HANDSET = "+447700900123"


def sms_client():
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                        region_name="us-east-1", aws_access_key_id=ACCOUNT,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"max_attempts": 1}))


class Boto3SenderIdsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()

    def assertReason(self, context, code, reason):
        self.assertEqual(context.exception.response["Error"]["Code"], code)
        self.assertEqual(context.exception.response["Reason"], reason)

    def test_a_sender_id_texts_its_country_and_is_released_once_unprotected(self):
        created = self.sms.request_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB",
                                             DeletionProtectionEnabled=True)
        self.assertEqual(created["SenderIdArn"],
                         f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:sender-id/EXAMPLECO/GB")
        self.assertFalse(created["Registered"])
        with self.assertRaises(self.sms.exceptions.ValidationException) as unsupported:
            self.sms.request_sender_id(SenderId="EXAMPLECO", IsoCountryCode="US")
        self.assertReason(unsupported, "ValidationException", "SENDER_ID_NOT_SUPPORTED")

        pages = self.sms.get_paginator("describe_sender_ids").paginate(
            Filters=[{"Name": "iso-country-code", "Values": ["GB"]}])
        self.assertEqual([s["SenderId"] for page in pages for s in page["SenderIds"]],
                         ["EXAMPLECO"])

        sent = self.sms.send_text_message(DestinationPhoneNumber=BRITISH_HANDSET,
                                          OriginationIdentity="EXAMPLECO", MessageBody="hi")
        self.assertEqual(len(sent["MessageId"]), 36)
        self.assertEqual(smsim_control.outbox(destination=BRITISH_HANDSET)[-1]
                         ["originationNumber"], "EXAMPLECO")
        with self.assertRaises(self.sms.exceptions.ValidationException) as abroad:
            self.sms.send_text_message(DestinationPhoneNumber="+4915112345678",
                                       OriginationIdentity="EXAMPLECO", MessageBody="hi")
        self.assertReason(abroad, "ValidationException",
                          "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY")

        with self.assertRaises(self.sms.exceptions.ConflictException) as protected:
            self.sms.release_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB")
        self.assertReason(protected, "ConflictException", "DELETION_PROTECTION_ENABLED")
        self.sms.update_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB",
                                  DeletionProtectionEnabled=False)
        released = self.sms.release_sender_id(SenderId=created["SenderIdArn"], IsoCountryCode="GB")
        self.assertNotIn("DeletionProtectionEnabled", released)
        self.assertEqual(self.sms.describe_sender_ids()["SenderIds"], [])


    def test_an_update_names_the_sender_id_with_its_own_country(self):
        created = self.sms.request_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB",
                                             DeletionProtectionEnabled=True)
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException) as missing:
            self.sms.update_sender_id(SenderId=created["SenderIdArn"], IsoCountryCode="FR")
        self.assertEqual(missing.exception.response["ResourceType"], "sender-id")
        kept = self.sms.update_sender_id(SenderId=created["SenderIdArn"], IsoCountryCode="GB")
        self.assertTrue(kept["DeletionProtectionEnabled"])
        self.assertNotIn("RegistrationId", kept)

    def test_a_pool_holds_a_sender_id_until_released(self):
        self.sms.request_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB")
        pool = self.sms.create_pool(OriginationIdentity="EXAMPLECO", IsoCountryCode="GB",
                                    MessageType="TRANSACTIONAL")
        members = self.sms.list_pool_origination_identities(
            PoolId=pool["PoolId"])["OriginationIdentities"]
        self.assertEqual([(m["OriginationIdentity"], m["IsoCountryCode"]) for m in members],
                         [("EXAMPLECO", "GB")])
        self.assertNotIn("PhoneNumber", members[0])
        self.sms.send_text_message(DestinationPhoneNumber=BRITISH_HANDSET,
                                   OriginationIdentity=pool["PoolId"], MessageBody="hi")
        self.assertEqual(smsim_control.outbox(destination=BRITISH_HANDSET)[-1]
                         ["originationNumber"], "EXAMPLECO")
        with self.assertRaises(self.sms.exceptions.ConflictException) as in_pool:
            self.sms.release_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB")
        self.assertReason(in_pool, "ConflictException", "SENDER_ID_ASSOCIATED_TO_POOL")
        self.sms.delete_pool(PoolId=pool["PoolId"])
        self.sms.release_sender_id(SenderId="EXAMPLECO", IsoCountryCode="GB")


if __name__ == "__main__":
    unittest.main()
