"""boto3 against a running smsim: delivery events reach a real HTTP receiver.

An application's receipt handling end to end: create a configuration set with an SNS event
destination (and a Firehose one), subscribe a real HTTP receiver on the topic and the stream
through smsim's control API, send to AWS's success and failure simulator numbers and to a number
whose outcome a scenario scripts, advance the simulated clock, and check every record against
AWS's documented example field by field. Runs under both Pythons (run_with_smsim.py).
"""
import base64
import json
import sys
import time
import unittest

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control
from event_receiver import EventReceiver, assert_documented_record, sns_records
from sns_receiver import SnsReceiver, verify_signature

ACCOUNT = "361111111111"
REGION = "us-east-1"
TOPIC_ARN = f"arn:aws:sns:{REGION}:{ACCOUNT}:sms-receipts"
STREAM_ARN = f"arn:aws:firehose:{REGION}:{ACCOUNT}:deliverystream/sms-events"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/sms-events"
SUCCESS, FAILURE = "+14254147755", "+14254147167"
SCRIPTED = "+12065550136"
SILENT = "+12065550137"
OTHER_ACCOUNT = "362222222222"
SMS_SUBSCRIBER, OPTED_OUT_SUBSCRIBER = "+12065550140", "+12065550141"
OUTCOME_SCENARIO = {
    "name": "boto3-delivery-outcome",
    "seed": {"outcomes": [{"destination": SCRIPTED, "events": [
        {"type": "TEXT_QUEUED"}, {"type": "TEXT_PENDING", "after": 60},
        {"type": "TEXT_CARRIER_BLOCKED", "after": 120}]}]}}


class Boto3DeliveryEventsTest(unittest.TestCase):
    def setUp(self):
        status, body = smsim_control.call("POST", "/_smsim/scenarios", OUTCOME_SCENARIO)
        self.assertEqual(status, 201, body)
        smsim_control.reset()
        self.receiver = EventReceiver()
        self.sms = boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                                region_name=REGION, aws_access_key_id=ACCOUNT,
                                aws_secret_access_key="not-checked",
                                config=Config(retries={"max_attempts": 1}))

    def tearDown(self):
        self.receiver.close()
        smsim_control.call("DELETE", "/_smsim/scenarios/boto3-delivery-outcome")
        smsim_control.call("DELETE", "/_smsim/outcomes")
        smsim_control.reset()

    def number(self, number_type):
        return self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"],
            NumberType=number_type)["PhoneNumber"]

    def send(self, origination, destination, **extra):
        return self.sms.send_text_message(
            DestinationPhoneNumber=destination, OriginationIdentity=origination,
            MessageBody="Your order shipped", ConfigurationSetName="receipts",
            Context={"order": "42"}, **extra)["MessageId"]

    def test_success_failure_and_scripted_sends_deliver_documented_records(self):
        self.sms.create_configuration_set(ConfigurationSetName="receipts")
        self.sms.create_event_destination(
            ConfigurationSetName="receipts", EventDestinationName="to-sns",
            MatchingEventTypes=["ALL"], SnsDestination={"TopicArn": TOPIC_ARN})
        self.sms.create_event_destination(
            ConfigurationSetName="receipts", EventDestinationName="finals-to-firehose",
            MatchingEventTypes=["TEXT_SUCCESSFUL", "TEXT_CARRIER_UNREACHABLE"],
            KinesisFirehoseDestination={"IamRoleArn": ROLE_ARN, "DeliveryStreamArn": STREAM_ARN})
        self.receiver.subscribe(TOPIC_ARN, "/sns", "sns-http")
        self.receiver.subscribe(TOPIC_ARN, "/eventbridge", "eventbridge")
        self.receiver.subscribe(STREAM_ARN, "/firehose", "firehose")

        simulator = self.number("SIMULATOR")
        long_code = self.number("LONG_CODE")
        sent = {SUCCESS: self.send(simulator, SUCCESS), FAILURE: self.send(simulator, FAILURE),
                SCRIPTED: self.send(long_code, SCRIPTED)}
        expired = self.send(long_code, SCRIPTED, TimeToLive=90)

        # The simulator numbers' events and the scripted TEXT_QUEUED come at once; the rest as
        # the simulated clock passes 60, 90 and 120 seconds.
        self.assertEqual(len(self.receiver.wait_for("/sns", 6)), 6)
        smsim_control.advance_clock(120)
        records = sns_records(self.receiver.wait_for("/sns", 10))
        by_message = {}
        for record in records:
            by_message.setdefault(record["messageId"], []).append(record["eventType"])
        self.assertEqual(by_message[sent[SUCCESS]], ["TEXT_QUEUED", "TEXT_SUCCESSFUL"])
        self.assertEqual(by_message[sent[FAILURE]], ["TEXT_QUEUED", "TEXT_CARRIER_UNREACHABLE"])
        self.assertEqual(by_message[sent[SCRIPTED]],
                         ["TEXT_QUEUED", "TEXT_PENDING", "TEXT_CARRIER_BLOCKED"])
        self.assertEqual(by_message[expired], ["TEXT_QUEUED", "TEXT_PENDING", "TEXT_TTL_EXPIRED"])

        origination_of = {SUCCESS: simulator, FAILURE: simulator, SCRIPTED: long_code}
        for record in records:
            destination = record["destinationPhoneNumber"]
            assert_documented_record(
                self, record, event_type=record["eventType"], message_id=record["messageId"],
                origination=origination_of[destination], destination=destination,
                message_type="TRANSACTIONAL", context={"order": "42"})
        pending = next(r for r in records if r["eventType"] == "TEXT_PENDING"
                       and r["messageId"] == sent[SCRIPTED])
        self.assertEqual(pending["eventTimestamp"] - pending["messageRequestTimestamp"], 60000)

        for _, body in self.receiver.wait_for("/eventbridge", 10):
            event = json.loads(body)
            self.assertEqual(event["source"], "aws.sms-voice")
            self.assertEqual(event["detail-type"], "Text Message Delivery Status Updated")
            self.assertEqual((event["account"], event["region"]), (ACCOUNT, REGION))
            self.assertIn(event["detail"]["messageId"], list(sent.values()) + [expired])

        # The stream's subscription buffers as Firehose does (300 s by default, simulated): both
        # final records are held 120 s in, and go out together in one request once 300 s pass.
        self.assertEqual(self.receiver.posted("/firehose"), [])
        self.assertEqual(smsim_control.call("GET", "/_smsim/deliveries")[1]["held"], 2)
        smsim_control.advance_clock(180)
        firehose = self.receiver.wait_for("/firehose", 1)
        self.assertEqual(len(firehose), 1)
        headers, body = firehose[0]
        self.assertEqual(headers["X-Amz-Firehose-Source-Arn"], STREAM_ARN)
        self.assertEqual(headers["X-Amz-Firehose-Protocol-Version"], "1.0")
        request = json.loads(body)
        self.assertEqual(headers["X-Amz-Firehose-Request-Id"], request["requestId"])
        finals = set()
        for item in request["records"]:
            record = json.loads(base64.b64decode(item["data"]))
            finals.add((record["destinationPhoneNumber"], record["eventType"]))
        self.assertEqual(len(request["records"]), 2)
        self.assertEqual(finals, {(SUCCESS, "TEXT_SUCCESSFUL"),
                                  (FAILURE, "TEXT_CARRIER_UNREACHABLE")})

        status, body = smsim_control.call(
            "GET", f"/_smsim/events?account={ACCOUNT}&type=TEXT_TTL_EXPIRED")
        self.assertEqual(status, 200, body)
        self.assertEqual([e["messageId"] for e in body["events"]], [expired])
        self.assertEqual(body["events"][0]["deliveries"][0]["arn"], TOPIC_ARN)

    def test_an_outcome_put_at_run_time_applies_to_its_account_and_ends_unknown_after_72_hours(self):
        # PUT /_smsim/outcomes while smsim runs: one outcome for this account and Region that
        # never reaches a final event, one for another account. AWS returns UNKNOWN after 72 hours
        # without a final event (configuration-sets-event-format.html).
        status, body = smsim_control.call("PUT", "/_smsim/outcomes", {
            "destination": SILENT, "account": ACCOUNT, "region": REGION,
            "events": [{"type": "TEXT_QUEUED"}, {"type": "TEXT_PENDING", "after": 30}]})
        self.assertEqual(status, 200, body)
        status, body = smsim_control.call("PUT", "/_smsim/outcomes", {
            "destination": SILENT, "account": OTHER_ACCOUNT, "events": [{"type": "TEXT_SPAM"}]})
        self.assertEqual(status, 200, body)
        status, body = smsim_control.call("PUT", "/_smsim/outcomes", {
            "destination": SILENT, "events": [{"type": "TEXT_DELIVERD"}]})
        self.assertEqual((status, body["error"]), (400, "InvalidRequest"))
        self.assertIn("TEXT_DELIVERED", body["message"])

        self.sms.create_configuration_set(ConfigurationSetName="receipts")
        self.sms.create_event_destination(
            ConfigurationSetName="receipts", EventDestinationName="to-sns",
            MatchingEventTypes=["TEXT_ALL"], SnsDestination={"TopicArn": TOPIC_ARN})
        self.receiver.subscribe(TOPIC_ARN, "/sns", "sns-http")
        origination = self.number("LONG_CODE")
        message_id = self.send(origination, SILENT)
        self.assertEqual(len(self.receiver.wait_for("/sns", 1)), 1)
        smsim_control.advance_clock(30)
        self.assertEqual(len(self.receiver.wait_for("/sns", 2)), 2)
        smsim_control.advance_clock(72 * 3600 - 30)
        records = sns_records(self.receiver.wait_for("/sns", 3))
        self.assertEqual([r["eventType"] for r in records],
                         ["TEXT_QUEUED", "TEXT_PENDING", "TEXT_UNKNOWN"])
        for record in records:
            assert_documented_record(
                self, record, event_type=record["eventType"], message_id=message_id,
                origination=origination, destination=SILENT, message_type="TRANSACTIONAL",
                context={"order": "42"})
        unknown = records[2]
        self.assertTrue(unknown["isFinal"])
        self.assertEqual(unknown["eventTimestamp"] - unknown["messageRequestTimestamp"],
                         72 * 3600 * 1000)

        # The other account's send to the same number gets that account's outcome.
        other = boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                             region_name=REGION, aws_access_key_id=OTHER_ACCOUNT,
                             aws_secret_access_key="not-checked",
                             config=Config(retries={"max_attempts": 1}))
        other_number = other.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"],
            NumberType="LONG_CODE")["PhoneNumber"]
        other_id = other.send_text_message(
            DestinationPhoneNumber=SILENT, OriginationIdentity=other_number,
            MessageBody="Hi")["MessageId"]
        status, body = smsim_control.call("GET", f"/_smsim/events?messageId={other_id}")
        self.assertEqual(status, 200, body)
        self.assertEqual([e["eventType"] for e in body["events"]], ["TEXT_SPAM"])

        status, body = smsim_control.call("GET", "/_smsim/outcomes")
        self.assertEqual(status, 200, body)
        self.assertEqual([(o["destination"], o.get("account")) for o in body["outcomes"]],
                         [(SCRIPTED, None), (SILENT, ACCOUNT), (SILENT, OTHER_ACCOUNT)])

    def test_a_topic_made_with_sns_delivers_signed_records_to_its_confirmed_subscriber(self):
        # The production wiring: an SNS topic, an HTTP endpoint subscribed and confirmed through
        # its SubscribeURL, and a configuration set whose SNS destination names that topic.
        sns = boto3.client("sns", endpoint_url=smsim_control.URL, region_name=REGION,
                           aws_access_key_id=ACCOUNT, aws_secret_access_key="not-checked",
                           config=Config(retries={"max_attempts": 1}))
        topic = sns.create_topic(Name="receipts-topic")["TopicArn"]
        receiver = SnsReceiver()
        try:
            sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint=SMS_SUBSCRIBER)
            sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint=OPTED_OUT_SUBSCRIBER)
            self.sms.put_opted_out_number(OptOutListName="Default",
                                          OptedOutNumber=OPTED_OUT_SUBSCRIBER)
            sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=receiver.url)
            receiver.wait_for(1, "SubscriptionConfirmation")
            for _ in range(200):
                subscriptions = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
                if subscriptions[0]["SubscriptionArn"] != "PendingConfirmation":
                    break
                time.sleep(0.05)
            self.assertNotEqual(subscriptions[0]["SubscriptionArn"], "PendingConfirmation")
            self.sms.create_configuration_set(ConfigurationSetName="receipts")
            self.sms.create_event_destination(
                ConfigurationSetName="receipts", EventDestinationName="to-topic",
                MatchingEventTypes=["TEXT_ALL"], SnsDestination={"TopicArn": topic})
            simulator = self.number("SIMULATOR")
            message_id = self.send(simulator, SUCCESS)

            notifications = receiver.wait_for(2, "Notification")
            types = []
            for headers, body in notifications:
                message = json.loads(body)
                verify_signature(message)
                self.assertEqual(message["TopicArn"], topic)
                self.assertEqual(headers["x-amz-sns-topic-arn"], topic)
                record = json.loads(message["Message"])
                assert_documented_record(
                    self, record, event_type=record["eventType"], message_id=message_id,
                    origination=simulator, destination=SUCCESS, message_type="TRANSACTIONAL",
                    context={"order": "42"})
                types.append(record["eventType"])
            self.assertEqual(types, ["TEXT_QUEUED", "TEXT_SUCCESSFUL"])

            # The topic's sms subscribers get each record as a text, as SNS sends a topic's
            # messages to every protocol; an opted-out number gets none.
            texts = smsim_control.outbox(destination=SMS_SUBSCRIBER)
            self.assertEqual([json.loads(t["messageBody"])["eventType"] for t in texts],
                             ["TEXT_QUEUED", "TEXT_SUCCESSFUL"])
            self.assertEqual(smsim_control.outbox(destination=OPTED_OUT_SUBSCRIBER), [])
        finally:
            receiver.close()


if __name__ == "__main__":
    unittest.main()
