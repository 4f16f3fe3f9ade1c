"""The AWS CLI finds smsim through the endpoint environment variables alone (no --endpoint-url).

AWS CLI v1 reads them since 1.29 and v2 since 2.13; Debian's v2 (2.9) predates them, so CTest
runs this with v1 only. Standard library only.
"""
import re
import subprocess
import unittest

import smsim_control
from awscli_test import CLI, ok

ACCOUNT = "121212121212"
FIRST_VERSION_WITH_ENDPOINT_VARIABLES = {1: (1, 29), 2: (2, 13)}


class AwsCliEndpointEnvironmentTest(unittest.TestCase):
    def setUp(self):
        text = subprocess.run([CLI, "--version"], capture_output=True, text=True,
                              timeout=120).stdout.strip()
        version = tuple(int(part) for part in re.match(r"aws-cli/(\d+)\.(\d+)", text).groups())
        self.assertGreaterEqual(version, FIRST_VERSION_WITH_ENDPOINT_VARIABLES[version[0]],
                                f"{CLI} is {text}, too old for the endpoint variables")
        smsim_control.reset()

    def assertReachesSmsim(self, variable):
        lists = ok("describe-opt-out-lists", account=ACCOUNT, endpoint=False,
                   extra_env={variable: smsim_control.URL})["OptOutLists"]
        self.assertEqual(lists[0]["OptOutListArn"],
                         f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:opt-out-list/Default")
        self.assertEqual(len(smsim_control.journal("DescribeOptOutLists")), 1)

    def test_service_specific_endpoint_variable(self):
        self.assertReachesSmsim("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2")

    def test_global_endpoint_variable(self):
        self.assertReachesSmsim("AWS_ENDPOINT_URL")

    def test_global_endpoint_variable_reaches_sns_too(self):
        output = ok("check-if-phone-number-is-opted-out", "--phone-number", "+14155550100",
                    account=ACCOUNT, endpoint=False, service="sns",
                    extra_env={"AWS_ENDPOINT_URL": smsim_control.URL})
        self.assertEqual(output, {"isOptedOut": False})
        self.assertEqual(len(smsim_control.journal_of("sns", "CheckIfPhoneNumberIsOptedOut")), 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
