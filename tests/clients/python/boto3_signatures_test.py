"""boto3 against an smsim started with --verify-signatures (SMSIM_VERIFY_SIGNATURES=true,
SMSIM_ACCESS_KEYS): the right secret works for SMS Voice v2 and SNS, a wrong one or an unknown
key id fails with each protocol's own error, and an unsigned request is refused. The errors are
AWS's: https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html for SNS, and the awsJson1.0
names (UnrecognizedClientException, InvalidSignatureException) for SMS Voice v2.
"""
import json
import sys
import unittest
import urllib.error
import urllib.request

try:
    import boto3
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control
from signature_keys import ACCOUNT, SECRET, UNKNOWN_ACCOUNT, WRONG_SECRET

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def client(service, key_id=ACCOUNT, secret=SECRET):
    return boto3.client(service, endpoint_url=smsim_control.URL, region_name="us-east-1",
                        aws_access_key_id=key_id, aws_secret_access_key=secret,
                        config=Config(retries={"max_attempts": 1}))


class Boto3SignaturesTest(unittest.TestCase):
    def assertRefused(self, call, code, status):
        with self.assertRaises(ClientError) as refused:
            call()
        error = refused.exception.response
        self.assertEqual((error["Error"]["Code"], error["ResponseMetadata"]["HTTPStatusCode"]),
                         (code, status), error)
        return error["Error"]["Message"]

    def test_the_right_secret_works_for_both_apis(self):
        sms = client("pinpoint-sms-voice-v2")
        sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550171")
        self.assertEqual(sms.describe_opted_out_numbers(OptOutListName="Default")
                         ["OptOutListArn"].split(":")[4], ACCOUNT)
        sns = client("sns")
        self.assertTrue(sns.check_if_phone_number_is_opted_out(
            phoneNumber="+14155550171")["isOptedOut"])

    def test_a_wrong_secret_fails_as_aws_fails_it(self):
        message = self.assertRefused(
            lambda: client("pinpoint-sms-voice-v2", secret=WRONG_SECRET).describe_opt_out_lists(),
            "InvalidSignatureException", 400)
        self.assertIn("does not match the signature you provided", message)
        self.assertRefused(lambda: client("sns", secret=WRONG_SECRET).get_sms_attributes(),
                           "SignatureDoesNotMatch", 403)

    def test_an_unknown_key_id_fails_as_aws_fails_it(self):
        message = self.assertRefused(
            lambda: client("pinpoint-sms-voice-v2", key_id=UNKNOWN_ACCOUNT).describe_opt_out_lists(),
            "UnrecognizedClientException", 400)
        self.assertEqual(message, "The security token included in the request is invalid.")
        self.assertRefused(lambda: client("sns", key_id=UNKNOWN_ACCOUNT).get_sms_attributes(),
                           "InvalidClientTokenId", 403)

    def test_an_unsigned_request_is_refused_and_journaled(self):
        request = urllib.request.Request(
            smsim_control.URL + "/", method="POST", data=b"{}",
            headers={"Content-Type": "application/x-amz-json-1.0",
                     "X-Amz-Target": "PinpointSMSVoiceV2.DescribeOptOutLists"})
        with self.assertRaises(urllib.error.HTTPError) as refused:
            _opener.open(request, timeout=60)
        self.assertEqual(refused.exception.code, 400)
        self.assertEqual(json.loads(refused.exception.read())["__type"],
                         "MissingAuthenticationTokenException")
        entries = smsim_control.journal("DescribeOptOutLists")
        self.assertEqual(entries[-1]["errorType"], "MissingAuthenticationTokenException")


if __name__ == "__main__":
    unittest.main()
