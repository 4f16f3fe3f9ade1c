"""boto3's SNS client against a running smsim: topics, subscriptions, a real HTTP subscriber
confirmed through its SubscribeURL and receiving signed notifications, filter policies, SMS
subscribers, PublishBatch, the SMS sandbox, and SNS's errors for topics that are not the caller's.

Runs under the machine's python3 (boto3 1.43) and Debian's /usr/bin/python3 (1.26).
"""
import json
import sys
import unittest

try:
    import boto3
    import botocore
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control
from smsim_control import outbox
from sns_receiver import SnsReceiver, verify_signature

ACCOUNT = "311987654321"
OTHER_ACCOUNT = "311000000002"
REGION = "us-east-1"
HANDSET = "+14155550144"
NO_RETRIES = {"max_attempts": 1, "mode": "standard"}


def client(service, account=ACCOUNT, region=REGION):
    return boto3.client(service, endpoint_url=smsim_control.URL, region_name=region,
                        aws_access_key_id=account, aws_secret_access_key="not-checked",
                        config=Config(retries=NO_RETRIES))


class Boto3SnsTopicsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()
        self.sns = client("sns")

    def assertSnsError(self, call, code, status):
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            call()
        self.assertEqual(raised.exception.response["Error"]["Code"], code)
        self.assertEqual(raised.exception.response["ResponseMetadata"]["HTTPStatusCode"], status)
        return raised.exception.response["Error"]["Message"]

    def subscribed_receiver(self, topic, **attributes):
        receiver = SnsReceiver()
        self.addCleanup(receiver.close)
        pending = self.sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=receiver.url,
                                     Attributes=attributes)
        self.assertEqual(pending["SubscriptionArn"], "pending confirmation")
        headers, body = receiver.wait_for(1, "SubscriptionConfirmation")[0]
        confirmation = json.loads(body)
        verify_signature(confirmation)
        self.assertEqual(headers["x-amz-sns-topic-arn"], topic)
        self.assertTrue(confirmation["SubscribeURL"].startswith(smsim_control.URL + "/?Action="))
        for _ in range(200):  # the receiver's GET on SubscribeURL confirms it
            listed = self.sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
            if listed[0]["SubscriptionArn"] != "PendingConfirmation":
                return receiver, listed[0]["SubscriptionArn"]
        self.fail("the subscription was never confirmed")

    def test_topics_are_idempotent_paged_and_tagged(self):
        arn = self.sns.create_topic(Name="orders", Attributes={"DisplayName": "Shop"},
                                    Tags=[{"Key": "team", "Value": "sms"}])["TopicArn"]
        self.assertEqual(arn, f"arn:aws:sns:{REGION}:{ACCOUNT}:orders")
        self.assertEqual(self.sns.create_topic(Name="orders")["TopicArn"], arn)
        message = self.assertSnsError(
            lambda: self.sns.create_topic(Name="orders", Attributes={"DisplayName": "Other"}),
            "InvalidParameter", 400)
        self.assertIn("Topic already exists with different attributes", message)
        for n in range(120):
            self.sns.create_topic(Name=f"t{n:03d}")
        pages = list(self.sns.get_paginator("list_topics").paginate())
        self.assertEqual([len(page["Topics"]) for page in pages], [100, 21])
        self.assertEqual(self.sns.get_topic_attributes(TopicArn=arn)["Attributes"]["DisplayName"],
                         "Shop")
        self.sns.tag_resource(ResourceArn=arn, Tags=[{"Key": "env", "Value": "ci"}])
        self.sns.untag_resource(ResourceArn=arn, TagKeys=["team"])
        self.assertEqual(self.sns.list_tags_for_resource(ResourceArn=arn)["Tags"],
                         [{"Key": "env", "Value": "ci"}])
        self.sns.delete_topic(TopicArn=arn)
        self.assertSnsError(lambda: self.sns.get_topic_attributes(TopicArn=arn), "NotFound", 404)

    def test_topics_of_others_get_sns_errors(self):
        arn = self.sns.create_topic(Name="mine")["TopicArn"]
        other = client("sns", account=OTHER_ACCOUNT)
        self.assertSnsError(lambda: other.publish(TopicArn=arn, Message="x"),
                            "AuthorizationError", 403)
        elsewhere = client("sns", region="eu-west-1")
        self.assertSnsError(lambda: elsewhere.get_topic_attributes(TopicArn=arn),
                            "InvalidParameter", 400)
        self.assertSnsError(lambda: self.sns.publish(TopicArn=arn + "-gone", Message="x"),
                            "NotFound", 404)

    def test_http_subscriber_confirms_and_receives_signed_notifications(self):
        topic = self.sns.create_topic(Name="events")["TopicArn"]
        receiver, subscription = self.subscribed_receiver(topic)
        self.sns.publish(TopicArn=topic, Message="hello", Subject="Greeting", MessageAttributes={
            "kind": {"DataType": "String", "StringValue": "order"}})
        headers, body = receiver.wait_for(1, "Notification")[0]
        notification = json.loads(body)
        verify_signature(notification)
        self.assertEqual(notification["SignatureVersion"], "1")
        self.assertEqual((notification["Message"], notification["Subject"]), ("hello", "Greeting"))
        self.assertEqual(notification["MessageAttributes"],
                         {"kind": {"Type": "String", "Value": "order"}})
        self.assertEqual(headers["x-amz-sns-subscription-arn"], subscription)
        self.assertEqual(headers["x-amz-sns-message-id"], notification["MessageId"])
        for field in ("Timestamp", "TopicArn", "SigningCertURL", "UnsubscribeURL"):
            self.assertIn(field, notification)

        # SignatureVersion 2 signs with SHA256.
        self.sns.set_topic_attributes(TopicArn=topic, AttributeName="SignatureVersion",
                                      AttributeValue="2")
        self.sns.publish(TopicArn=topic, Message="again")
        second = json.loads(receiver.wait_for(2, "Notification")[1][1])
        self.assertEqual(second["SignatureVersion"], "2")
        verify_signature(second)

        # Raw message delivery: the message alone.
        self.sns.set_subscription_attributes(SubscriptionArn=subscription,
                                             AttributeName="RawMessageDelivery",
                                             AttributeValue="true")
        self.sns.publish(TopicArn=topic, Message="raw text")
        headers, body = receiver.wait_for(3, "Notification")[2]
        self.assertEqual((body, headers["x-amz-sns-rawdelivery"]), ("raw text", "true"))

        # The UnsubscribeURL works as a plain GET, as on AWS.
        smsim_control._opener.open(notification["UnsubscribeURL"], timeout=30).read()
        self.assertEqual(self.sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"], [])

    def test_filter_policies_sms_subscribers_and_batches(self):
        topic = self.sns.create_topic(Name="alerts")["TopicArn"]
        self.sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint=HANDSET, Attributes={
            "FilterPolicy": json.dumps({"kind": [{"prefix": "ship"}],
                                        "price": [{"numeric": [">", 10]}],
                                        "region": [{"anything-but": ["eu"]}]})})
        self.sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint="+14155550145")
        client("pinpoint-sms-voice-v2").put_opted_out_number(OptOutListName="Default",
                                                              OptedOutNumber="+14155550145")

        def attributes(kind, price, region):
            return {"kind": {"DataType": "String", "StringValue": kind},
                    "price": {"DataType": "Number", "StringValue": str(price)},
                    "region": {"DataType": "String", "StringValue": region}}
        batch = self.sns.publish_batch(TopicArn=topic, PublishBatchRequestEntries=[
            {"Id": "cheap", "Message": "cheap", "MessageAttributes": attributes("shipped", 5, "us")},
            {"Id": "dear", "Message": "dear", "MessageAttributes": attributes("shipped", 50, "us")},
            {"Id": "eu", "Message": "eu", "MessageAttributes": attributes("shipped", 50, "eu")},
            {"Id": "bad", "Message": "x", "MessageAttributes": {
                "a": {"DataType": "Weird", "StringValue": "1"}}},
        ])
        self.assertEqual(sorted(s["Id"] for s in batch["Successful"]), ["cheap", "dear", "eu"])
        self.assertEqual([(f["Id"], f["Code"], f["SenderFault"]) for f in batch["Failed"]],
                         [("bad", "InvalidParameterValue", True)])
        # The opted-out number is skipped; the filtered one gets only what passes its policy.
        self.assertEqual([(m["destinationNumber"], m["messageBody"]) for m in outbox()],
                         [(HANDSET, "dear")])

    def test_messages_up_to_256_kib_and_no_more(self):
        topic = self.sns.create_topic(Name="big")["TopicArn"]
        self.sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint=HANDSET)
        self.assertIn("MessageId", self.sns.publish(TopicArn=topic, Message="x" * 200_000))
        self.assertEqual(len(outbox()[0]["messageBody"]), 200_000)
        message = self.assertSnsError(
            lambda: self.sns.publish(TopicArn=topic, Message="x" * (256 * 1024 + 1)),
            "InvalidParameter", 400)
        self.assertIn("Message too long", message)

    def test_sandbox_numbers_are_verified_with_the_texted_password(self):
        self.sns.create_sms_sandbox_phone_number(PhoneNumber=HANDSET, LanguageCode="en-US")
        texted = outbox()[0]
        self.assertEqual(texted["destinationNumber"], HANDSET)
        password = texted["messageBody"][-6:]
        listed = self.sns.list_sms_sandbox_phone_numbers()["PhoneNumbers"]
        self.assertEqual(listed, [{"PhoneNumber": HANDSET, "Status": "Pending"}])
        wrong = "000000" if password != "000000" else "111111"
        self.assertSnsError(lambda: self.sns.verify_sms_sandbox_phone_number(
            PhoneNumber=HANDSET, OneTimePassword=wrong), "VerificationException", 400)
        self.sns.verify_sms_sandbox_phone_number(PhoneNumber=HANDSET, OneTimePassword=password)
        self.assertEqual(self.sns.list_sms_sandbox_phone_numbers()["PhoneNumbers"][0]["Status"],
                         "Verified")
        self.assertSnsError(lambda: self.sns.delete_sms_sandbox_phone_number(PhoneNumber=HANDSET),
                            "UserError", 400)
        smsim_control.advance_clock(24 * 3600)
        self.sns.delete_sms_sandbox_phone_number(PhoneNumber=HANDSET)
        self.assertEqual(self.sns.list_sms_sandbox_phone_numbers()["PhoneNumbers"], [])

    def test_in_the_sandbox_publish_reaches_only_verified_numbers(self):
        sandboxed = "311000000003"
        smsim_control.enter_sandbox(sandboxed, REGION)
        self.addCleanup(smsim_control.call, "DELETE",
                        f"/_smsim/scenarios/sandbox-{sandboxed}-{REGION}")
        sns = client("sns", account=sandboxed)
        self.assertTrue(sns.get_sms_sandbox_account_status()["IsInSandbox"])
        self.assertFalse(self.sns.get_sms_sandbox_account_status()["IsInSandbox"])
        refused = sns.publish(PhoneNumber=HANDSET, Message="before")["MessageId"]
        sns.create_sms_sandbox_phone_number(PhoneNumber=HANDSET, LanguageCode="en-US")
        password = outbox(destination=HANDSET)[-1]["messageBody"][-6:]
        sns.verify_sms_sandbox_phone_number(PhoneNumber=HANDSET, OneTimePassword=password)
        sent = sns.publish(PhoneNumber=HANDSET, Message="after")["MessageId"]
        by_id = {message["messageId"]: message for message in outbox(destination=HANDSET)}
        self.assertEqual(by_id[refused]["status"], "FAILED")
        self.assertEqual(by_id[refused]["context"]["providerResponse"],
                         "Destination phone number is not verified in the SMS sandbox")
        self.assertEqual(by_id[sent]["status"], "DELIVERED")


if __name__ == "__main__":
    unittest.main()
