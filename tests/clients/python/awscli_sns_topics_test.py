"""The AWS CLI (v1 or v2) `aws sns` with topics: a real HTTP subscriber confirmed through its
SubscribeURL receives a signed notification, and another account's topic is an
AuthorizationError. Few CLI calls (each costs the better part of a second). Runs in the same CTest
tests as awscli_test.py (SMSIM_AWS_CLI, SMSIM_AWS_CLI_MAJOR).
"""
import json
import unittest

import smsim_control
from awscli_test import SERVICE_ERROR_EXIT, run_cli
from sns_receiver import SnsReceiver, verify_signature

ACCOUNT = "314131313131"
OTHER_ACCOUNT = "314000000002"


def sns(*arguments, account=ACCOUNT):
    return run_cli(*arguments, account=account, service="sns")


def ok(*arguments):
    code, output, err = sns(*arguments)
    if code != 0:
        raise AssertionError(f"aws sns {' '.join(arguments)} exited with {code}: {err}")
    return output


class AwsCliSnsTopicsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()

    def test_subscriber_confirms_and_receives_a_signed_notification(self):
        topic = ok("create-topic", "--name", "cli-events")["TopicArn"]
        receiver = SnsReceiver()
        self.addCleanup(receiver.close)
        self.assertEqual(ok("subscribe", "--topic-arn", topic, "--protocol", "http",
                            "--notification-endpoint", receiver.url)["SubscriptionArn"],
                         "pending confirmation")
        receiver.wait_for(1, "SubscriptionConfirmation")
        message_id = ok("publish", "--topic-arn", topic, "--message", "hi & <bye>",
                        "--subject", "Hello")["MessageId"]
        notification = json.loads(receiver.wait_for(1, "Notification")[0][1])
        verify_signature(notification)
        self.assertEqual((notification["MessageId"], notification["Message"]),
                         (message_id, "hi & <bye>"))

        code, _, err = sns("publish", "--topic-arn", topic, "--message", "x",
                           account=OTHER_ACCOUNT)
        self.assertEqual(code, SERVICE_ERROR_EXIT, err)
        self.assertIn("(AuthorizationError)", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
