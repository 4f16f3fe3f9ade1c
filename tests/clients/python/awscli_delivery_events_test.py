"""The AWS CLI (v1 or v2): delivery events of a configuration set reach a real HTTP receiver.

create-configuration-set, create-event-destination with an SNS topic, a receiver subscribed on the
topic through smsim's control API, send-text-message to AWS's success and failure simulator
numbers and to a number whose outcome a scenario scripts, a clock advance, and every record
checked against AWS's documented example field by field. Runs in the CLI tests' CTest entries
(SMSIM_AWS_CLI, SMSIM_AWS_CLI_MAJOR). Standard library only.
"""
import unittest

import smsim_control
from awscli_test import ok
from event_receiver import EventReceiver, assert_documented_record, sns_records

ACCOUNT = "362222222222"
TOPIC_ARN = f"arn:aws:sns:us-east-1:{ACCOUNT}:cli-receipts"
SUCCESS, FAILURE, SCRIPTED = "+14254147755", "+14254147167", "+12065550137"
OUTCOME_SCENARIO = {
    "name": "awscli-delivery-outcome",
    "seed": {"outcomes": [{"destination": SCRIPTED, "events": [
        {"type": "TEXT_QUEUED"}, {"type": "TEXT_BLOCKED", "after": 300}]}]}}


def cli(*arguments):
    return ok(*arguments, account=ACCOUNT)


class AwsCliDeliveryEventsTest(unittest.TestCase):
    def setUp(self):
        status, body = smsim_control.call("POST", "/_smsim/scenarios", OUTCOME_SCENARIO)
        self.assertEqual(status, 201, body)
        smsim_control.reset()
        self.receiver = EventReceiver()

    def tearDown(self):
        self.receiver.close()
        smsim_control.call("DELETE", "/_smsim/scenarios/awscli-delivery-outcome")
        smsim_control.reset()

    def number(self, number_type):
        return cli("request-phone-number", "--iso-country-code", "US", "--message-type",
                   "TRANSACTIONAL", "--number-capabilities", "SMS",
                   "--number-type", number_type)["PhoneNumber"]

    def send(self, origination, destination):
        return cli("send-text-message", "--destination-phone-number", destination,
                   "--origination-identity", origination, "--message-body", "Your order shipped",
                   "--configuration-set-name", "receipts")["MessageId"]

    def test_simulator_and_scripted_sends_deliver_documented_records_to_the_topic(self):
        cli("create-configuration-set", "--configuration-set-name", "receipts")
        cli("create-event-destination", "--configuration-set-name", "receipts",
            "--event-destination-name", "to-sns", "--matching-event-types", "TEXT_ALL",
            "--sns-destination", f"TopicArn={TOPIC_ARN}")
        self.receiver.subscribe(TOPIC_ARN, "/sns", "sns-http")
        simulator, long_code = self.number("SIMULATOR"), self.number("LONG_CODE")
        sent = {self.send(simulator, SUCCESS): (simulator, ["TEXT_QUEUED", "TEXT_SUCCESSFUL"]),
                self.send(simulator, FAILURE): (simulator,
                                                ["TEXT_QUEUED", "TEXT_CARRIER_UNREACHABLE"]),
                self.send(long_code, SCRIPTED): (long_code, ["TEXT_QUEUED", "TEXT_BLOCKED"])}

        self.receiver.wait_for("/sns", 5)  # everything but the scripted block, 300 s away
        smsim_control.advance_clock(300)
        records = sns_records(self.receiver.wait_for("/sns", 6))
        for message_id, (origination, types) in sent.items():
            mine = [r for r in records if r["messageId"] == message_id]
            self.assertEqual([r["eventType"] for r in mine], types)
            for record in mine:
                assert_documented_record(
                    self, record, event_type=record["eventType"], message_id=message_id,
                    origination=origination, destination=record["destinationPhoneNumber"],
                    message_type="TRANSACTIONAL")


if __name__ == "__main__":
    unittest.main()
