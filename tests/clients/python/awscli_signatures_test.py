"""The AWS CLI (v1 or v2) against an smsim started with --verify-signatures: the right secret
works for `aws pinpoint-sms-voice-v2` and `aws sns`, a wrong one fails with each protocol's error
(SMSIM_AWS_CLI, SMSIM_AWS_CLI_MAJOR as for awscli_test.py). Standard library only."""
import unittest

from awscli_test import SERVICE_ERROR_EXIT, run_cli
from signature_keys import ACCOUNT, SECRET, WRONG_SECRET


def cli(service, secret, *arguments):
    return run_cli(*arguments, account=ACCOUNT, service=service,
                   extra_env={"AWS_SECRET_ACCESS_KEY": secret})


class AwsCliSignaturesTest(unittest.TestCase):
    def test_the_right_secret_works(self):
        code, output, err = cli("pinpoint-sms-voice-v2", SECRET, "describe-opt-out-lists")
        self.assertEqual(code, 0, err)
        self.assertIn("OptOutLists", output)
        code, output, err = cli("sns", SECRET, "get-sms-attributes")
        self.assertEqual(code, 0, err)

    def test_a_wrong_secret_fails_with_each_protocols_error(self):
        code, _, err = cli("pinpoint-sms-voice-v2", WRONG_SECRET, "describe-opt-out-lists")
        self.assertEqual(code, SERVICE_ERROR_EXIT, err)
        self.assertIn("(InvalidSignatureException)", err)
        code, _, err = cli("sns", WRONG_SECRET, "get-sms-attributes")
        self.assertEqual(code, SERVICE_ERROR_EXIT, err)
        self.assertIn("(SignatureDoesNotMatch)", err)


if __name__ == "__main__":
    unittest.main()
