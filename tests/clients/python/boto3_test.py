"""boto3 against a running smsim: opt-out lists, numbers, pages, tags and every typed error.

Runs unchanged under the machine's python3 (boto3 1.43) and Debian's /usr/bin/python3
(python3-boto3 1.26, whose older model has the same opt-out operations and error members).
Started by tests/clients/run_with_smsim.py, which sets SMSIM_URL.
"""
import datetime
import json
import sys
import unittest

try:
    import boto3
    import botocore
    from botocore.config import Config
    from botocore.exceptions import ParamValidationError
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error}); install Debian's python3-boto3 "
             "for /usr/bin/python3, or use a python3 that ships boto3")

import smsim_control
from smsim_control import THIRTY_DAYS_IN_SECONDS

ACCOUNT = "111122223333"
OTHER_ACCOUNT = "444455556666"
REGION = "us-east-1"
NO_RETRIES = {"max_attempts": 1}


def sms_client(account=ACCOUNT, region=REGION, **config):
    """A client whose 12-digit access key id is the account smsim files requests under."""
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                        region_name=region, aws_access_key_id=account,
                        aws_secret_access_key="not-checked",
                        config=Config(retries=NO_RETRIES, **config))


def enable_international_sending(sms, phone_number_id):
    """UpdatePhoneNumber with InternationalSendingEnabled=True. Debian's botocore 1.29 predates the
    member, so it is added to the request's JSON body before the request is signed."""
    def add_member(params, **_):
        body = json.loads(params["body"] or "{}")
        body["InternationalSendingEnabled"] = True
        params["body"] = json.dumps(body).encode()

    event = "before-call.pinpoint-sms-voice-v2.UpdatePhoneNumber"
    sms.meta.events.register_first(event, add_member)
    try:
        return sms.update_phone_number(PhoneNumberId=phone_number_id)
    finally:
        sms.meta.events.unregister(event, add_member)


def numbers_of(response):
    return [entry["OptedOutNumber"] for entry in response["OptedOutNumbers"]]


class Boto3OptOutTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print(f"\n{sys.executable}: boto3 {boto3.__version__}, botocore {botocore.__version__}",
              file=sys.stderr)

    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()

    def assertError(self, context, exception_class, code):
        """The raised error's class, code and response, which holds the shape's members."""
        error = context.exception
        self.assertIsInstance(error, exception_class)
        self.assertEqual(error.response["Error"]["Code"], code)
        self.assertEqual(error.response["ResponseMetadata"]["HTTPStatusCode"], 400)
        self.assertTrue(error.response["ResponseMetadata"]["RequestId"])
        return error.response

    def test_creates_tags_describes_and_deletes_a_list(self):
        created = self.sms.create_opt_out_list(
            OptOutListName="marketing", Tags=[{"Key": "team", "Value": "growth"}])
        arn = f"arn:aws:sms-voice:{REGION}:{ACCOUNT}:opt-out-list/marketing"
        self.assertEqual(created["OptOutListArn"], arn)
        self.assertEqual(created["OptOutListName"], "marketing")
        self.assertEqual(created["Tags"], [{"Key": "team", "Value": "growth"}])
        self.assertIsInstance(created["CreatedTimestamp"], datetime.datetime)

        self.sms.tag_resource(ResourceArn=arn, Tags=[{"Key": "stage", "Value": "test"}])
        self.sms.untag_resource(ResourceArn=arn, TagKeys=["team"])
        tags = self.sms.list_tags_for_resource(ResourceArn=arn)
        self.assertEqual(tags["ResourceArn"], arn)
        self.assertEqual(tags["Tags"], [{"Key": "stage", "Value": "test"}])

        described = self.sms.describe_opt_out_lists(OptOutListNames=["marketing"])
        self.assertEqual([entry["OptOutListName"] for entry in described["OptOutLists"]],
                         ["marketing"])

        deleted = self.sms.delete_opt_out_list(OptOutListName=arn)
        self.assertEqual(deleted["OptOutListName"], "marketing")
        names = [entry["OptOutListName"]
                 for entry in self.sms.describe_opt_out_lists()["OptOutLists"]]
        self.assertEqual(names, ["Default"])

    def test_paginates_lists_with_the_paginator(self):
        for index in range(5):
            self.sms.create_opt_out_list(OptOutListName=f"list-{index}")
        pages = list(self.sms.get_paginator("describe_opt_out_lists").paginate(
            PaginationConfig={"PageSize": 2}))
        self.assertEqual(len(pages), 3)
        names = [entry["OptOutListName"] for page in pages for entry in page["OptOutLists"]]
        self.assertEqual(sorted(names), sorted(["Default"] + [f"list-{i}" for i in range(5)]))

    def test_puts_describes_filters_and_deletes_numbers_across_pages(self):
        numbers = [f"+1415555010{digit}" for digit in range(7)]
        for number in numbers:
            put = self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=number)
            self.assertEqual(put["OptedOutNumber"], number)
            self.assertEqual(put["OptOutListName"], "Default")
            self.assertFalse(put["EndUserOptedOut"])
            self.assertIsInstance(put["OptedOutTimestamp"], datetime.datetime)

        # By hand: MaxResults and NextToken.
        seen, request, pages = [], {"OptOutListName": "Default", "MaxResults": 3}, 0
        while True:
            page = self.sms.describe_opted_out_numbers(**request)
            pages += 1
            self.assertLessEqual(len(page["OptedOutNumbers"]), 3)
            seen += numbers_of(page)
            if "NextToken" not in page:
                break
            request["NextToken"] = page["NextToken"]
        self.assertEqual(pages, 3)
        self.assertEqual(sorted(seen), numbers)

        # With boto3's paginator.
        paginator = self.sms.get_paginator("describe_opted_out_numbers")
        pages = list(paginator.paginate(OptOutListName="Default",
                                        PaginationConfig={"PageSize": 2}))
        self.assertEqual(len(pages), 4)
        self.assertEqual(sorted(n for page in pages for n in numbers_of(page)), numbers)
        self.assertEqual(sorted(numbers_of(paginator.paginate(OptOutListName="Default")
                                           .build_full_result())), numbers)

        # Filters and a chosen subset.
        opted_in_by_sender = self.sms.describe_opted_out_numbers(
            OptOutListName="Default",
            Filters=[{"Name": "end-user-opted-out", "Values": ["false"]}])
        self.assertEqual(sorted(numbers_of(opted_in_by_sender)), numbers)
        by_end_user = self.sms.describe_opted_out_numbers(
            OptOutListName="Default",
            Filters=[{"Name": "end-user-opted-out", "Values": ["true"]}])
        self.assertEqual(by_end_user["OptedOutNumbers"], [])
        subset = self.sms.describe_opted_out_numbers(OptOutListName="Default",
                                                     OptedOutNumbers=numbers[:2])
        self.assertEqual(sorted(numbers_of(subset)), numbers[:2])

        deleted = self.sms.delete_opted_out_number(OptOutListName="Default",
                                                   OptedOutNumber=numbers[0])
        self.assertEqual(deleted["OptedOutNumber"], numbers[0])
        remaining = self.sms.describe_opted_out_numbers(OptOutListName="Default")
        self.assertEqual(sorted(numbers_of(remaining)), numbers[1:])

    def test_pattern_failure_is_a_validation_exception_with_reason_and_fields(self):
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+0123")
        response = self.assertError(context, self.sms.exceptions.ValidationException,
                                    "ValidationException")
        self.assertEqual(response["Reason"], "FIELD_VALIDATION_FAILED")
        self.assertEqual(response["Error"]["Message"],
                         "1 validation error detected: Value '+0123' at 'optedOutNumber' failed "
                         "to satisfy constraint: Member must satisfy regular expression pattern: "
                         "\\+?[1-9][0-9]{1,18}")
        self.assertEqual(response["Fields"], [{
            "Name": "optedOutNumber",
            "Message": "Member must satisfy regular expression pattern: \\+?[1-9][0-9]{1,18}"}])

    def test_an_opted_out_number_needs_its_plus_sign(self):
        # The pattern lets "14155550100" through; the service refuses it, so no one is listed
        # twice (prose_rules.md, PutOptedOutNumber-2).
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="14155550100")
        response = self.assertError(context, self.sms.exceptions.ValidationException,
                                    "ValidationException")
        self.assertEqual(response["Reason"], "INVALID_PARAMETER")
        self.assertEqual(response["Fields"][0]["Name"], "OptedOutNumber")
        self.assertEqual(numbers_of(self.sms.describe_opted_out_numbers(OptOutListName="Default")),
                         [])

    def test_missing_parameter_reaches_smsim_once_client_validation_is_off(self):
        # boto3 checks required members itself and sends nothing ...
        with self.assertRaises(ParamValidationError):
            self.sms.put_opted_out_number(OptOutListName="Default")
        self.assertEqual(smsim_control.journal("PutOptedOutNumber"), [])
        # ... so turn that off to see the service's own answer.
        unchecked = sms_client(parameter_validation=False)
        with self.assertRaises(unchecked.exceptions.ValidationException) as context:
            unchecked.put_opted_out_number(OptOutListName="Default")
        response = self.assertError(context, unchecked.exceptions.ValidationException,
                                    "ValidationException")
        self.assertEqual(response["Reason"], "MISSING_PARAMETER")
        self.assertEqual(response["Fields"], [{"Name": "optedOutNumber",
                                               "Message": "Member must not be null"}])

    def test_duplicate_list_is_a_conflict_with_resource_members(self):
        self.sms.create_opt_out_list(OptOutListName="marketing")
        with self.assertRaises(self.sms.exceptions.ConflictException) as context:
            self.sms.create_opt_out_list(OptOutListName="marketing")
        response = self.assertError(context, self.sms.exceptions.ConflictException,
                                    "ConflictException")
        self.assertEqual(response["Reason"], "RESOURCE_ALREADY_EXISTS")
        self.assertEqual(response["ResourceType"], "opt-out-list")
        self.assertEqual(response["ResourceId"], "marketing")

    def test_client_token_makes_create_idempotent(self):
        first = self.sms.create_opt_out_list(OptOutListName="once", ClientToken="token-1")
        again = self.sms.create_opt_out_list(OptOutListName="once", ClientToken="token-1")
        self.assertEqual(again["OptOutListArn"], first["OptOutListArn"])
        self.assertEqual(again["CreatedTimestamp"], first["CreatedTimestamp"])

    def test_missing_resources_are_resource_not_found_with_members(self):
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException) as context:
            self.sms.put_opted_out_number(OptOutListName="nope", OptedOutNumber="+14155550100")
        response = self.assertError(context, self.sms.exceptions.ResourceNotFoundException,
                                    "ResourceNotFoundException")
        self.assertEqual(response["ResourceType"], "opt-out-list")
        self.assertEqual(response["ResourceId"], "nope")

        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException) as context:
            self.sms.delete_opted_out_number(OptOutListName="Default",
                                             OptedOutNumber="+14155550100")
        response = self.assertError(context, self.sms.exceptions.ResourceNotFoundException,
                                    "ResourceNotFoundException")
        self.assertEqual(response["ResourceType"], "opted-out-number")

    def test_forged_and_foreign_next_tokens_are_invalid(self):
        self.sms.create_opt_out_list(OptOutListName="other")
        for digit in range(3):
            self.sms.put_opted_out_number(OptOutListName="Default",
                                          OptedOutNumber=f"+1415555010{digit}")
        token = self.sms.describe_opted_out_numbers(OptOutListName="Default",
                                                    MaxResults=1)["NextToken"]
        for list_name, next_token in (("Default", "forged-token"), ("other", token)):
            with self.subTest(list_name=list_name):
                with self.assertRaises(self.sms.exceptions.ValidationException) as context:
                    self.sms.describe_opted_out_numbers(OptOutListName=list_name,
                                                        NextToken=next_token)
                response = self.assertError(context, self.sms.exceptions.ValidationException,
                                            "ValidationException")
                self.assertEqual(response["Reason"], "INVALID_NEXT_TOKEN")

    def test_a_number_can_be_opted_in_again_only_after_thirty_days(self):
        number = {"OptOutListName": "Default", "OptedOutNumber": "+14155550100"}
        self.sms.put_opted_out_number(**number)
        self.sms.delete_opted_out_number(**number)
        self.sms.put_opted_out_number(**number)
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.delete_opted_out_number(**number)
        response = self.assertError(context, self.sms.exceptions.ValidationException,
                                    "ValidationException")
        self.assertEqual(response["Reason"], "PHONE_NUMBER_CANNOT_BE_OPTED_IN")

        smsim_control.advance_clock(THIRTY_DAYS_IN_SECONDS)
        self.assertEqual(self.sms.delete_opted_out_number(**number)["OptedOutNumber"],
                         "+14155550100")

    def test_accounts_and_regions_are_kept_apart(self):
        self.sms.create_opt_out_list(OptOutListName="mine")
        self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+14155550100")
        for other in (sms_client(account=OTHER_ACCOUNT), sms_client(region="eu-west-1")):
            lists = other.describe_opt_out_lists()["OptOutLists"]
            self.assertEqual([entry["OptOutListName"] for entry in lists], ["Default"])
            self.assertEqual(numbers_of(other.describe_opted_out_numbers(
                OptOutListName="Default")), [])
        other_default = sms_client(account=OTHER_ACCOUNT).describe_opt_out_lists()
        self.assertEqual(other_default["OptOutLists"][0]["OptOutListArn"],
                         f"arn:aws:sms-voice:{REGION}:{OTHER_ACCOUNT}:opt-out-list/Default")
        accounts = {entry["accountId"] for entry in smsim_control.journal("DescribeOptOutLists")}
        self.assertEqual(accounts, {ACCOUNT, OTHER_ACCOUNT})


if __name__ == "__main__":
    unittest.main(verbosity=2)
