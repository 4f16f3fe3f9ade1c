#!/usr/bin/env python3
"""The AWS side of the dashboard's browser test: real boto3 calls to the smsim at SMSIM_URL.

usage: aws_calls.py request-number | send FROM TO BODY [CONFIGURATION_SET] | describe-lists COUNT |
       events-setup CONFIGURATION_SET LOG_GROUP_ARN | sns-setup SMS_SUBSCRIBER SANDBOX_NUMBER

Prints what the test reads (the number requested, the message id, the statuses) on stdout. Retries
are off, so a throttle by a scenario rule is seen as the error it is.
"""
import os
import sys

import boto3
from botocore.config import Config

ACCOUNT = "345678901234"  # the browser test's own account
REGION = "us-east-1"


def client(service="pinpoint-sms-voice-v2"):
    return boto3.client(service, endpoint_url=os.environ["SMSIM_URL"],
                        region_name=REGION, aws_access_key_id=ACCOUNT,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"total_max_attempts": 1}))


def sns_setup(sms_subscriber, sandbox_number):
    """A topic with a confirmed sms subscription and an http one left pending (nothing listens on
    port 9), an SMS attribute and a sandbox number waiting for its password. Prints the topic ARN."""
    sns = client("sns")
    topic = sns.create_topic(Name="dashboard-alerts",
                             Attributes={"DisplayName": "Dashboard alerts"})["TopicArn"]
    sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint=sms_subscriber)
    sns.subscribe(TopicArn=topic, Protocol="http", Endpoint="http://127.0.0.1:9/alerts")
    sns.set_sms_attributes(attributes={"DefaultSMSType": "Transactional"})
    sns.create_sms_sandbox_phone_number(PhoneNumber=sandbox_number)
    print(topic)


def main(command, *arguments):
    sms = client()
    if command == "request-number":
        print(sms.request_phone_number(IsoCountryCode="US", MessageType="TRANSACTIONAL",
                                       NumberCapabilities=["SMS"],
                                       NumberType="SIMULATOR")["PhoneNumber"])
    elif command == "send":
        origination, destination, body, *configuration_set = arguments
        extra = {"ConfigurationSetName": configuration_set[0]} if configuration_set else {}
        print(sms.send_text_message(OriginationIdentity=origination,
                                    DestinationPhoneNumber=destination,
                                    MessageBody=body, **extra)["MessageId"])
    elif command == "events-setup":
        name, log_group_arn = arguments
        sms.create_configuration_set(ConfigurationSetName=name)
        sms.create_event_destination(
            ConfigurationSetName=name, EventDestinationName="dashboard-logs",
            MatchingEventTypes=["ALL"],
            CloudWatchLogsDestination={"IamRoleArn": f"arn:aws:iam::{ACCOUNT}:role/smsim-logs",
                                       "LogGroupArn": log_group_arn})
    elif command == "describe-lists":
        for _ in range(int(arguments[0])):
            try:
                sms.describe_opt_out_lists()
                print("200")
            except sms.exceptions.ThrottlingException:
                print("ThrottlingException")
    elif command == "sns-setup":
        sns_setup(*arguments)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(*sys.argv[1:])
