"""boto3 finds smsim through the endpoint environment variables alone (no endpoint_url).

botocore reads AWS_ENDPOINT_URL_<SERVICE_ID> and AWS_ENDPOINT_URL since 1.31 (boto3 1.28), so this
runs under the machine's python3 only; Debian's botocore 1.29 predates them.
"""
import os
import sys
import unittest

try:
    import boto3
    import botocore
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control

FIRST_VERSION_WITH_ENDPOINT_VARIABLES = (1, 31)
ACCOUNT = "777788889999"


class Boto3EndpointEnvironmentTest(unittest.TestCase):
    def setUp(self):
        version = tuple(int(part) for part in botocore.__version__.split(".")[:2])
        self.assertGreaterEqual(
            version, FIRST_VERSION_WITH_ENDPOINT_VARIABLES,
            f"botocore {botocore.__version__} at {sys.executable} predates the endpoint "
            "environment variables; run this test with a newer boto3")
        smsim_control.reset()
        self.saved = {name: os.environ.pop(name, None)
                      for name in ("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
                                   "AWS_ENDPOINT_URL_SNS")}

    def tearDown(self):
        for name, value in self.saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value

    def client_from_environment(self, service="pinpoint-sms-voice-v2"):
        session = boto3.session.Session(aws_access_key_id=ACCOUNT,
                                        aws_secret_access_key="not-checked",
                                        region_name="us-east-1")
        return session.client(service)

    def assertReachesSmsim(self):
        lists = self.client_from_environment().describe_opt_out_lists()["OptOutLists"]
        self.assertEqual(lists[0]["OptOutListArn"],
                         f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:opt-out-list/Default")
        self.assertEqual(len(smsim_control.journal("DescribeOptOutLists")), 1)

    def test_service_specific_endpoint_variable(self):
        os.environ["AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2"] = smsim_control.URL
        self.assertReachesSmsim()

    def test_global_endpoint_variable(self):
        os.environ["AWS_ENDPOINT_URL"] = smsim_control.URL
        self.assertReachesSmsim()

    def assertSnsReachesSmsim(self):
        sns = self.client_from_environment("sns")
        self.assertFalse(sns.check_if_phone_number_is_opted_out(
            phoneNumber="+14155550100")["isOptedOut"])
        self.assertEqual(len(smsim_control.journal_of("sns", "CheckIfPhoneNumberIsOptedOut")), 1)

    def test_global_endpoint_variable_serves_both_services(self):
        os.environ["AWS_ENDPOINT_URL"] = smsim_control.URL
        self.assertReachesSmsim()
        self.assertSnsReachesSmsim()

    def test_sns_specific_endpoint_variable(self):
        os.environ["AWS_ENDPOINT_URL_SNS"] = smsim_control.URL
        self.assertSnsReachesSmsim()


if __name__ == "__main__":
    unittest.main(verbosity=2)
