"""The AWS CLI (v1 or v2) `aws sns` against smsim: SMS through Publish and the opt-out actions on
the account's Default opt-out list, which End User Messaging SMS shares. Each CLI call costs the
better part of a second, so the test makes few and sets state up through plain HTTP. Runs in the
same CTest tests as awscli_test.py (SMSIM_AWS_CLI, SMSIM_AWS_CLI_MAJOR). Standard library only.
"""
import json
import unittest
import urllib.request

import smsim_control
from awscli_test import SERVICE_ERROR_EXIT, run_cli
from smsim_control import outbox

ACCOUNT = "313131313131"
HANDSET = "+14155550145"
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def sns(*arguments):
    return run_cli(*arguments, account=ACCOUNT, service="sns")


def ok(*arguments):
    code, output, err = sns(*arguments)
    if code != 0:
        raise AssertionError(f"aws sns {' '.join(arguments)} exited with {code}: {err}")
    return output


def put_opted_out_number(number):
    """End User Messaging SMS's PutOptedOutNumber as awsJson over plain HTTP (no CLI start)."""
    request = urllib.request.Request(
        smsim_control.URL + "/", method="POST",
        data=json.dumps({"OptOutListName": "Default", "OptedOutNumber": number}).encode(),
        headers={"Content-Type": "application/x-amz-json-1.0",
                 "X-Amz-Target": "PinpointSMSVoiceV2.PutOptedOutNumber",
                 "Authorization": f"AWS4-HMAC-SHA256 Credential={ACCOUNT}/20260101/us-east-1/"
                                  "sms-voice/aws4_request, SignedHeaders=host, Signature=0"})
    with _opener.open(request, timeout=60) as response:
        assert response.status == 200


class AwsCliSnsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()

    def test_sms_and_opt_outs(self):
        message_id = ok("publish", "--phone-number", HANDSET, "--message", "hi & <bye>",
                        "--message-attributes",
                        '{"AWS.SNS.SMS.SMSType":{"DataType":"String","StringValue":"Transactional"}}'
                        )["MessageId"]
        [sent] = outbox(destination=HANDSET)
        self.assertEqual((sent["messageId"], sent["messageBody"], sent["messageType"]),
                         (message_id, "hi & <bye>", "TRANSACTIONAL"))

        put_opted_out_number(HANDSET)
        self.assertEqual(ok("check-if-phone-number-is-opted-out", "--phone-number", HANDSET),
                         {"isOptedOut": True})
        self.assertEqual(ok("list-phone-numbers-opted-out")["phoneNumbers"], [HANDSET])
        ok("opt-in-phone-number", "--phone-number", HANDSET)
        self.assertEqual(smsim_control.journal_of("sns", "OptInPhoneNumber")[0]["status"], 200)

        ok("set-sms-attributes", "--attributes", "DefaultSMSType=Transactional")
        self.assertEqual(ok("get-sms-attributes")["attributes"], {"DefaultSMSType": "Transactional"})

    def test_invalid_phone_number(self):
        code, _, err = sns("publish", "--phone-number", "bad", "--message", "x")
        self.assertEqual(code, SERVICE_ERROR_EXIT, err)
        self.assertIn("(InvalidParameter)", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
