"""The AWS CLI (v1 or v2) sending SMS through smsim: a number, an opt-out list, a pool, the outbox.

Request a number, attach an opt-out list, opt a handset out, watch send-text-message fail with
ConflictException, delete the opt-out, send, and find the message in smsim's outbox; then the
same through a pool. The CLI prints only the error code and message, so Reason and the error's
other members are read back from smsim's journal of the same request. Runs in the same CTest
tests as awscli_test.py (SMSIM_AWS_CLI, SMSIM_AWS_CLI_MAJOR) and reuses its way of calling the
CLI; each call costs the better part of a second, so the tests make few. Standard library only.
"""
import unittest

import awscli_test
import smsim_control
from awscli_test import MAJOR, ok, run_cli
from smsim_control import outbox

EMPTY_ACCOUNT = "555566667778"
HANDSET = "+14155550142"
UNKNOWN_POOL_ID = "pool-0123456789abcdef0123456789abcdef"
OPTED_OUT_MESSAGE = f"The destination phone number {HANDSET} is opted out"


def request_number():
    return ok("request-phone-number", "--iso-country-code", "US", "--message-type",
              "TRANSACTIONAL", "--number-capabilities", "SMS", "--number-type", "LONG_CODE")


def send(identity, *options):
    """(exit code, output, stderr) of send-text-message from `identity` to HANDSET."""
    return run_cli("send-text-message", "--destination-phone-number", HANDSET,
                   "--origination-identity", identity, "--message-body", "hi", *options)


class AwsCliSendingTest(unittest.TestCase):
    # The CLI's exit code and error line, then smsim's journal entry for the request.
    assertServiceError = awscli_test.AwsCliTest.assertServiceError

    def setUp(self):
        smsim_control.reset()

    def assertOptedOut(self, result):
        response = self.assertServiceError(result, "ConflictException", "SendTextMessage",
                                           OPTED_OUT_MESSAGE)
        self.assertEqual(response["Reason"], "DESTINATION_PHONE_NUMBER_OPTED_OUT")
        self.assertEqual((response["ResourceType"], response["ResourceId"]),
                         ("opted-out-number", HANDSET))

    def test_a_number_refuses_an_opted_out_destination_until_the_opt_out_is_deleted(self):
        number = request_number()
        self.assertRegex(number["PhoneNumber"], r"^\+1[0-9]{10}$")
        self.assertEqual((number["Status"], number["OptOutListName"]), ("ACTIVE", "Default"))
        # v1 prints timestamps as they came over the wire (epoch seconds), v2 as ISO 8601 text.
        self.assertIsInstance(number["CreatedTimestamp"], (int, float) if MAJOR == 1 else str)

        ok("create-opt-out-list", "--opt-out-list-name", "number-list")
        updated = ok("update-phone-number", "--phone-number-id", number["PhoneNumberId"],
                     "--opt-out-list-name", "number-list")
        self.assertEqual(updated["OptOutListName"], "number-list")
        ok("put-opted-out-number", "--opt-out-list-name", "number-list",
           "--opted-out-number", HANDSET)

        self.assertOptedOut(send(number["PhoneNumber"], "--dry-run"))
        self.assertOptedOut(send(number["PhoneNumberArn"]))
        self.assertEqual(outbox(), [])

        ok("delete-opted-out-number", "--opt-out-list-name", "number-list",
           "--opted-out-number", HANDSET)
        sent = ok("send-text-message", "--destination-phone-number", HANDSET,
                  "--origination-identity", number["PhoneNumberId"],
                  "--message-body", "Your code is 123456", "--message-type", "TRANSACTIONAL",
                  "--context", "campaign=spring")
        [message] = outbox()
        self.assertEqual(message["messageId"], sent["MessageId"])
        self.assertEqual((message["originationIdentity"], message["originationNumber"]),
                         (number["PhoneNumberId"], number["PhoneNumber"]))
        self.assertEqual((message["destinationNumber"], message["messageBody"]),
                         (HANDSET, "Your code is 123456"))
        self.assertEqual(message["context"], {"campaign": "spring"})
        self.assertEqual((message["status"], message["accountId"]),
                         ("DELIVERED", awscli_test.ACCOUNT))

    def test_a_pool_refuses_an_opted_out_destination_until_the_opt_out_is_deleted(self):
        number = request_number()
        pool = ok("create-pool", "--origination-identity", number["PhoneNumberArn"],
                  "--iso-country-code", "US", "--message-type", "TRANSACTIONAL")
        self.assertRegex(pool["PoolId"], r"^pool-[0-9a-z]+$")
        self.assertEqual(pool["OptOutListName"], "Default")  # inherited from the number

        ok("create-opt-out-list", "--opt-out-list-name", "pool-list")
        updated = ok("update-pool", "--pool-id", pool["PoolArn"],
                     "--opt-out-list-name", "pool-list")
        self.assertEqual((updated["PoolId"], updated["OptOutListName"]),
                         (pool["PoolId"], "pool-list"))
        ok("put-opted-out-number", "--opt-out-list-name", "pool-list",
           "--opted-out-number", HANDSET)

        # The pool's list applies whether the pool or its member number is named.
        self.assertOptedOut(send(pool["PoolArn"]))
        self.assertOptedOut(send(number["PhoneNumber"]))
        self.assertEqual(outbox(), [])

        ok("delete-opted-out-number", "--opt-out-list-name", "pool-list",
           "--opted-out-number", HANDSET)
        sent = ok("send-text-message", "--destination-phone-number", HANDSET,
                  "--origination-identity", pool["PoolId"], "--message-body", "hello")
        [message] = outbox(destination=HANDSET)
        self.assertEqual(message["messageId"], sent["MessageId"])
        self.assertEqual((message["originationIdentity"], message["originationNumber"]),
                         (pool["PoolId"], number["PhoneNumber"]))
        self.assertEqual(message["status"], "DELIVERED")

    def test_a_pooled_number_unknown_pool_and_empty_account_are_refused(self):
        number = request_number()
        ok("create-pool", "--origination-identity", number["PhoneNumberId"],
           "--iso-country-code", "US", "--message-type", "TRANSACTIONAL")
        response = self.assertServiceError(
            run_cli("update-phone-number", "--phone-number-id", number["PhoneNumberId"],
                    "--opt-out-list-name", "Default"),
            "ConflictException", "UpdatePhoneNumber")
        self.assertEqual(response["Reason"], "PHONE_NUMBER_ASSOCIATED_TO_POOL")
        self.assertEqual((response["ResourceType"], response["ResourceId"]),
                         ("phone-number", number["PhoneNumberId"]))

        response = self.assertServiceError(send(UNKNOWN_POOL_ID), "ResourceNotFoundException",
                                           "SendTextMessage", UNKNOWN_POOL_ID)
        self.assertEqual((response["ResourceType"], response["ResourceId"]),
                         ("pool", UNKNOWN_POOL_ID))

        response = self.assertServiceError(
            run_cli("send-text-message", "--destination-phone-number", HANDSET,
                    "--message-body", "hi", account=EMPTY_ACCOUNT),
            "ConflictException", "SendTextMessage")
        self.assertEqual(response["Reason"], "NO_ORIGINATION_IDENTITIES_FOUND")
        self.assertEqual(outbox(), [])

    def test_a_configuration_set_with_an_sns_destination_and_a_typo_in_its_name(self):
        ok("create-configuration-set", "--configuration-set-name", "receipts")
        topic = "arn:aws:sns:us-east-1:111122223333:sms-receipts"
        created = ok("create-event-destination", "--configuration-set-name", "receipts",
                     "--event-destination-name", "to-sns", "--matching-event-types", "TEXT_ALL",
                     "--sns-destination", f"TopicArn={topic}")
        self.assertEqual(created["EventDestination"]["SnsDestination"], {"TopicArn": topic})
        request_number()
        response = self.assertServiceError(send_without_identity("--configuration-set-name",
                                                                 "recipts"),
                                           "ResourceNotFoundException", "SendTextMessage",
                                           "recipts")
        self.assertEqual((response["ResourceType"], response["ResourceId"]),
                         ("configuration-set", "recipts"))
        self.assertEqual(outbox(), [])


def send_without_identity(*options):
    return run_cli("send-text-message", "--destination-phone-number", HANDSET,
                   "--message-body", "hi", *options)


if __name__ == "__main__":
    unittest.main(verbosity=2)
