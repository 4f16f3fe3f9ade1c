"""boto3 against a running smsim: configuration sets, their defaults and event destinations,
and the media and voice sends that honour opt-outs as SendTextMessage does.

A configuration set and an SNS event destination as an application creates them, a send that
names the set picks up its defaults, and a typo in the set's name fails as AWS fails it.
Runs under the machine's python3 and Debian's /usr/bin/python3 (started by run_with_smsim.py).
"""
import datetime
import sys
import unittest

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control

ACCOUNT = "777788889999"
REGION = "us-east-1"
SET_ARN_PREFIX = f"arn:aws:sms-voice:{REGION}:{ACCOUNT}:configuration-set/"
TOPIC_ARN = f"arn:aws:sns:{REGION}:{ACCOUNT}:sms-receipts"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/sms-events"
STREAM_ARN = f"arn:aws:firehose:{REGION}:{ACCOUNT}:deliverystream/sms-events"


def sms_client():
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                        region_name=REGION, aws_access_key_id=ACCOUNT,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"max_attempts": 1}))


class Boto3ConfigurationSetsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()

    def assertError(self, context, code, reason=None):
        response = context.exception.response
        self.assertEqual(response["Error"]["Code"], code)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 400)
        if reason is not None:
            self.assertEqual(response["Reason"], reason)
        return response

    def test_a_set_with_an_sns_destination_and_defaults_round_trips(self):
        created = self.sms.create_configuration_set(
            ConfigurationSetName="receipts", Tags=[{"Key": "team", "Value": "ops"}])
        self.assertEqual(created["ConfigurationSetArn"], SET_ARN_PREFIX + "receipts")
        self.assertIsInstance(created["CreatedTimestamp"], datetime.datetime)

        destination = self.sms.create_event_destination(
            ConfigurationSetName="receipts", EventDestinationName="to-sns",
            MatchingEventTypes=["TEXT_ALL"], SnsDestination={"TopicArn": TOPIC_ARN})
        self.assertEqual(destination["EventDestination"], {
            "EventDestinationName": "to-sns", "Enabled": True,
            "MatchingEventTypes": ["TEXT_ALL"], "SnsDestination": {"TopicArn": TOPIC_ARN}})
        self.sms.create_event_destination(
            ConfigurationSetName=SET_ARN_PREFIX + "receipts", EventDestinationName="to-firehose",
            MatchingEventTypes=["ALL"],
            KinesisFirehoseDestination={"IamRoleArn": ROLE_ARN, "DeliveryStreamArn": STREAM_ARN})
        updated = self.sms.update_event_destination(
            ConfigurationSetName="receipts", EventDestinationName="to-firehose", Enabled=False)
        self.assertFalse(updated["EventDestination"]["Enabled"])

        self.sms.set_default_message_type(ConfigurationSetName="receipts",
                                          MessageType="PROMOTIONAL")
        self.assertEqual(self.sms.set_default_sender_id(
            ConfigurationSetName="receipts", SenderId="ACME")["SenderId"], "ACME")
        # Debian's botocore 1.29 predates message feedback (SetDefaultMessageFeedbackEnabled).
        has_feedback = hasattr(self.sms, "set_default_message_feedback_enabled")
        if has_feedback:
            self.sms.set_default_message_feedback_enabled(ConfigurationSetName="receipts",
                                                          MessageFeedbackEnabled=True)

        [described] = self.sms.describe_configuration_sets(
            Filters=[{"Name": "event-destination-name", "Values": ["to-sns"]}])["ConfigurationSets"]
        self.assertEqual([d["EventDestinationName"] for d in described["EventDestinations"]],
                         ["to-sns", "to-firehose"])
        self.assertEqual(described["DefaultMessageType"], "PROMOTIONAL")
        self.assertEqual(described["DefaultSenderId"], "ACME")
        if has_feedback:
            self.assertTrue(described["DefaultMessageFeedbackEnabled"])

        self.sms.request_phone_number(IsoCountryCode="US", MessageType="TRANSACTIONAL",
                                      NumberCapabilities=["SMS"], NumberType="LONG_CODE")
        sent = self.sms.send_text_message(DestinationPhoneNumber="+14155550100",
                                          MessageBody="hello", ConfigurationSetName="receipts")
        [message] = [m for m in smsim_control.outbox() if m["messageId"] == sent["MessageId"]]
        self.assertEqual(message["messageType"], "PROMOTIONAL")
        self.assertEqual(message["configurationSetName"], "receipts")

        deleted = self.sms.delete_event_destination(ConfigurationSetName="receipts",
                                                    EventDestinationName="to-sns")
        self.assertEqual(deleted["EventDestination"]["EventDestinationName"], "to-sns")
        self.assertEqual(self.sms.delete_configuration_set(
            ConfigurationSetName="receipts")["ConfigurationSetName"], "receipts")
        self.assertEqual(self.sms.describe_configuration_sets()["ConfigurationSets"], [])

    def test_the_paginator_walks_the_sets(self):
        for index in range(5):
            self.sms.create_configuration_set(ConfigurationSetName=f"set-{index}")
        pages = self.sms.get_paginator("describe_configuration_sets").paginate(
            PaginationConfig={"PageSize": 2})
        names = [s["ConfigurationSetName"] for page in pages for s in page["ConfigurationSets"]]
        self.assertEqual(names, [f"set-{index}" for index in range(5)])

    def test_typed_errors(self):
        self.sms.request_phone_number(IsoCountryCode="US", MessageType="TRANSACTIONAL",
                                      NumberCapabilities=["SMS"], NumberType="LONG_CODE")
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException) as context:
            self.sms.send_text_message(DestinationPhoneNumber="+14155550100", MessageBody="hi",
                                       ConfigurationSetName="recipts")
        response = self.assertError(context, "ResourceNotFoundException")
        self.assertEqual(response["ResourceType"], "configuration-set")
        self.assertEqual(response["ResourceId"], "recipts")

        self.sms.create_configuration_set(ConfigurationSetName="receipts")
        with self.assertRaises(self.sms.exceptions.ConflictException) as context:
            self.sms.create_configuration_set(ConfigurationSetName="receipts")
        self.assertError(context, "ConflictException", "RESOURCE_ALREADY_EXISTS")
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.create_event_destination(
                ConfigurationSetName="receipts", EventDestinationName="bad",
                MatchingEventTypes=["ALL"], SnsDestination={"TopicArn": "arn:aws:sns:not-a-topic"})
        response = self.assertError(context, "ValidationException", "INVALID_ARN")
        self.assertEqual(response["Fields"][0]["Name"], "SnsDestination.TopicArn")
        for index in range(5):
            self.sms.create_event_destination(
                ConfigurationSetName="receipts", EventDestinationName=f"d{index}",
                MatchingEventTypes=["ALL"], SnsDestination={"TopicArn": TOPIC_ARN})
        with self.assertRaises(self.sms.exceptions.ServiceQuotaExceededException) as context:
            self.sms.create_event_destination(
                ConfigurationSetName="receipts", EventDestinationName="d5",
                MatchingEventTypes=["ALL"], SnsDestination={"TopicArn": TOPIC_ARN})
        self.assertError(context, "ServiceQuotaExceededException",
                         "EVENT_DESTINATIONS_PER_CONFIGURATION_SET")

    def test_filter_values_that_can_never_match_are_refused(self):
        self.sms.create_configuration_set(ConfigurationSetName="receipts")
        for name, value in [("default-message-type", "BULK"),
                            ("default-message-feedback-enabled", "yes"),
                            ("matching-event-types", "TEXT_READ")]:
            with self.assertRaises(self.sms.exceptions.ValidationException) as context:
                self.sms.describe_configuration_sets(Filters=[{"Name": name, "Values": [value]}])
            self.assertError(context, "ValidationException", "INVALID_FILTER_VALUES")
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException) as context:
            self.sms.describe_configuration_sets(ConfigurationSetNames=["reciepts"])
        self.assertEqual(self.assertError(context, "ResourceNotFoundException")["ResourceType"],
                         "configuration-set")

    def test_an_update_to_text_sent_or_to_another_kind_of_destination_is_refused(self):
        self.sms.create_configuration_set(ConfigurationSetName="receipts")
        self.sms.create_event_destination(
            ConfigurationSetName="receipts", EventDestinationName="to-sns",
            MatchingEventTypes=["ALL"], SnsDestination={"TopicArn": TOPIC_ARN})
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.update_event_destination(
                ConfigurationSetName="receipts", EventDestinationName="to-sns",
                MatchingEventTypes=["TEXT_SENT"])
        self.assertError(context, "ValidationException", "INVALID_PARAMETER")
        with self.assertRaises(self.sms.exceptions.ConflictException) as context:
            self.sms.update_event_destination(
                ConfigurationSetName="receipts", EventDestinationName="to-sns",
                KinesisFirehoseDestination={"IamRoleArn": ROLE_ARN,
                                            "DeliveryStreamArn": STREAM_ARN})
        self.assertError(context, "ConflictException", "EVENT_DESTINATION_MISMATCH")
        deleted = self.sms.delete_configuration_set(ConfigurationSetName="receipts")
        self.assertEqual(deleted["EventDestinations"][0]["EventDestinationName"], "to-sns")
        if hasattr(self.sms, "set_default_message_feedback_enabled"):
            # "By default this is set to false" (DeleteConfigurationSetResult).
            self.assertIs(deleted["DefaultMessageFeedbackEnabled"], False)

    def test_media_and_voice_sends_refuse_opted_out_destinations_and_land_in_the_outbox(self):
        number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberType="LONG_CODE",
            NumberCapabilities=["SMS", "MMS", "VOICE"])
        sends = [("SendVoiceMessage", self.sms.send_voice_message, {})]
        # Debian's botocore 1.29 predates SendMediaMessage.
        if hasattr(self.sms, "send_media_message"):
            sends.append(("SendMediaMessage", self.sms.send_media_message,
                          {"MediaUrls": ["s3://receipts/r-1.png"]}))
        for operation, send, extra in sends:
            sent = send(DestinationPhoneNumber="+14155550100",
                        OriginationIdentity=number["PhoneNumberId"], MessageBody="hi", **extra)
            [message] = [m for m in smsim_control.outbox() if m["messageId"] == sent["MessageId"]]
            self.assertEqual(message["origin"], operation)
        self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550100")
        for operation, send, extra in sends:
            with self.assertRaises(self.sms.exceptions.ConflictException) as context:
                send(DestinationPhoneNumber="+14155550100",
                     OriginationIdentity=number["PhoneNumberId"], MessageBody="hi", **extra)
            response = self.assertError(context, "ConflictException",
                                        "DESTINATION_PHONE_NUMBER_OPTED_OUT")
            self.assertEqual(response["ResourceId"], "+14155550100", operation)


if __name__ == "__main__":
    unittest.main()
