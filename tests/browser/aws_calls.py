#!/usr/bin/env python3
"""The AWS side of the dashboard's browser test: real boto3 calls to the smsim at SMSIM_URL.

usage: aws_calls.py request-number | send FROM TO BODY | describe-lists COUNT

Prints what the test reads (the number requested, the message id, the statuses) on stdout. Retries
are off, so a throttle by a scenario rule is seen as the error it is.
"""
import os
import sys

import boto3
from botocore.config import Config

ACCOUNT = "345678901234"  # the browser test's own account
REGION = "us-east-1"


def client():
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=os.environ["SMSIM_URL"],
                        region_name=REGION, aws_access_key_id=ACCOUNT,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"total_max_attempts": 1}))


def main(command, *arguments):
    sms = client()
    if command == "request-number":
        print(sms.request_phone_number(IsoCountryCode="US", MessageType="TRANSACTIONAL",
                                       NumberCapabilities=["SMS"],
                                       NumberType="SIMULATOR")["PhoneNumber"])
    elif command == "send":
        origination, destination, body = arguments
        print(sms.send_text_message(OriginationIdentity=origination,
                                    DestinationPhoneNumber=destination,
                                    MessageBody=body)["MessageId"])
    elif command == "describe-lists":
        for _ in range(int(arguments[0])):
            try:
                sms.describe_opt_out_lists()
                print("200")
            except sms.exceptions.ThrottlingException:
                print("ThrottlingException")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(*sys.argv[1:])
