"""boto3 against a running smsim: phone numbers, pools, keywords, SendTextMessage and the outbox.

Proves through a real SDK that an opted-out destination is refused with the typed
ConflictException (Reason DESTINATION_PHONE_NUMBER_OPTED_OUT) whichever identity sends, and that
every message sent lands in smsim's outbox (GET /_smsim/messages). Runs unchanged under the
machine's python3 (boto3 1.43) and Debian's /usr/bin/python3 (python3-boto3 1.26): botocore 1.29's
model lacks the SIMULATOR number type and some account limit names, but botocore checks neither
enums on requests nor on responses, so the same calls work. Started by
tests/clients/run_with_smsim.py, which sets SMSIM_URL.
"""
import datetime
import sys
import unittest

try:
    import boto3
    import botocore
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error}); install Debian's python3-boto3 "
             "for /usr/bin/python3, or use a python3 that ships boto3")

import boto3_test  # the module only: importing its TestCase would run it twice
import smsim_control
from smsim_control import outbox

ACCOUNT = "210987654321"
EMPTY_ACCOUNT = "210987654322"
REGION = "us-east-1"
HANDSET = "+14155550142"
SIMULATOR_DELIVERED = "+14254147755"
SIMULATOR_FAILED = "+14254147167"
UNKNOWN_PHONE_NUMBER_ID = "phone-0123456789abcdef0123456789abcdef"
UNKNOWN_POOL_ID = "pool-0123456789abcdef0123456789abcdef"


def sms_client(account=ACCOUNT):
    """boto3_test's client (no retries), for this file's account by default."""
    return boto3_test.sms_client(account, REGION)


def inject_inbound(handset, number, text):
    """An SMS from `handset` to one of ACCOUNT's numbers; returns what smsim did with it."""
    status, outcome = smsim_control.call("POST", "/_smsim/inbound", {
        "originationNumber": handset, "destinationNumber": number, "messageBody": text,
        "accountId": ACCOUNT, "region": REGION})
    assert status == 200, outcome
    return outcome


class Boto3SendingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print(f"\n{sys.executable}: boto3 {boto3.__version__}, botocore {botocore.__version__}",
              file=sys.stderr)

    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()

    def request_number(self, number_type="LONG_CODE", message_type="TRANSACTIONAL", **extra):
        return self.sms.request_phone_number(
            IsoCountryCode="US", MessageType=message_type, NumberCapabilities=["SMS"],
            NumberType=number_type, **extra)

    def assertError(self, context, exception_class, code, reason=None):
        """The raised error's class, code, HTTP status and Reason; returns its response."""
        error = context.exception
        self.assertIsInstance(error, exception_class)
        self.assertEqual(error.response["Error"]["Code"], code)
        self.assertEqual(error.response["ResponseMetadata"]["HTTPStatusCode"], 400)
        self.assertTrue(error.response["Error"]["Message"])
        if reason is not None:
            self.assertEqual(error.response["Reason"], reason)
        return error.response

    def assertOptedOut(self, destination, **send):
        with self.assertRaises(self.sms.exceptions.ConflictException) as context:
            self.sms.send_text_message(
                **{"DestinationPhoneNumber": destination, "MessageBody": "hi", **send})
        response = self.assertError(context, self.sms.exceptions.ConflictException,
                                    "ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")
        self.assertEqual(response["ResourceType"], "opted-out-number")
        self.assertEqual(response["ResourceId"], destination)

    def test_a_number_refuses_destinations_on_its_opt_out_list_then_sends(self):
        number = self.request_number()
        self.assertRegex(number["PhoneNumber"], r"^\+1[0-9]{10}$")
        self.assertRegex(number["PhoneNumberId"], r"^phone-[0-9a-z]+$")
        self.assertEqual(number["PhoneNumberArn"],
                         f"arn:aws:sms-voice:{REGION}:{ACCOUNT}:phone-number/"
                         f"{number['PhoneNumberId']}")
        for member, value in (("Status", "ACTIVE"), ("NumberType", "LONG_CODE"),
                              ("IsoCountryCode", "US"), ("MessageType", "TRANSACTIONAL"),
                              ("NumberCapabilities", ["SMS"]), ("OptOutListName", "Default"),
                              ("TwoWayEnabled", False), ("SelfManagedOptOutsEnabled", False),
                              ("DeletionProtectionEnabled", False)):
            self.assertEqual(number[member], value, member)
        self.assertIsInstance(number["CreatedTimestamp"], datetime.datetime)

        self.sms.create_opt_out_list(OptOutListName="number-list")
        updated = self.sms.update_phone_number(PhoneNumberId=number["PhoneNumberId"],
                                               OptOutListName="number-list")
        self.assertEqual(updated["OptOutListName"], "number-list")
        self.sms.put_opted_out_number(OptOutListName="number-list", OptedOutNumber=HANDSET)

        for identity in (number["PhoneNumber"], number["PhoneNumberId"],
                         number["PhoneNumberArn"]):
            with self.subTest(identity=identity):
                self.assertOptedOut(HANDSET, OriginationIdentity=identity)
        self.assertEqual(outbox(), [])

        self.sms.delete_opted_out_number(OptOutListName="number-list", OptedOutNumber=HANDSET)
        sent = self.sms.send_text_message(
            DestinationPhoneNumber=HANDSET, OriginationIdentity=number["PhoneNumberId"],
            MessageBody="Your code is 123456", MessageType="TRANSACTIONAL",
            Context={"campaign": "spring"})
        messages = outbox(destination=HANDSET)
        self.assertEqual(len(messages), 1)
        message = messages[0]
        self.assertEqual(message["messageId"], sent["MessageId"])
        self.assertEqual(message["originationIdentity"], number["PhoneNumberId"])
        self.assertEqual(message["originationNumber"], number["PhoneNumber"])
        self.assertEqual(message["destinationNumber"], HANDSET)
        self.assertEqual(message["messageBody"], "Your code is 123456")
        self.assertEqual(message["messageType"], "TRANSACTIONAL")
        self.assertEqual(message["context"], {"campaign": "spring"})
        self.assertEqual(message["status"], "DELIVERED")
        self.assertEqual(message["origin"], "SendTextMessage")
        self.assertEqual((message["accountId"], message["region"]), (ACCOUNT, REGION))

    def test_the_default_list_no_longer_applies_once_another_is_attached(self):
        number = self.request_number()
        self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=HANDSET)
        self.assertOptedOut(HANDSET, OriginationIdentity=number["PhoneNumber"])
        self.sms.create_opt_out_list(OptOutListName="other")
        self.sms.update_phone_number(PhoneNumberId=number["PhoneNumberArn"],
                                     OptOutListName="other")
        sent = self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                          OriginationIdentity=number["PhoneNumber"])
        self.assertEqual([m["messageId"] for m in outbox()], [sent["MessageId"]])

    def test_a_toll_free_number_sends_and_the_outbox_filters(self):
        toll_free = self.request_number("TOLL_FREE", "PROMOTIONAL")
        self.assertEqual(toll_free["NumberType"], "TOLL_FREE")
        self.assertRegex(toll_free["PhoneNumber"], r"^\+18[0-9]{9}$")
        long_code = self.request_number()
        first = self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="sale",
                                           OriginationIdentity=toll_free["PhoneNumberArn"])
        start = smsim_control.advance_clock(60)["now"]
        second = self.sms.send_text_message(DestinationPhoneNumber="+14155550143",
                                            MessageBody="code",
                                            OriginationIdentity=long_code["PhoneNumber"])

        everything = outbox()
        self.assertEqual([m["messageId"] for m in everything],
                         [first["MessageId"], second["MessageId"]])
        self.assertNotEqual(first["MessageId"], second["MessageId"])
        self.assertEqual(everything[0]["originationIdentity"], toll_free["PhoneNumberArn"])
        self.assertEqual(everything[0]["originationNumber"], toll_free["PhoneNumber"])
        self.assertEqual(everything[0]["messageType"], "PROMOTIONAL")  # the number's own
        self.assertEqual([m["messageId"] for m in outbox(origination=toll_free["PhoneNumber"])],
                         [first["MessageId"]])
        self.assertEqual([m["messageId"] for m in outbox(destination="+14155550143")],
                         [second["MessageId"]])
        self.assertEqual([m["messageId"] for m in outbox(since=start)], [second["MessageId"]])

        status, _ = smsim_control.call("DELETE", "/_smsim/messages")
        self.assertEqual(status, 200)
        self.assertEqual(outbox(), [])

    def test_a_pool_applies_its_list_through_pool_id_pool_arn_and_member_number(self):
        number = self.request_number()
        pool = self.sms.create_pool(OriginationIdentity=number["PhoneNumberId"],
                                    IsoCountryCode="US", MessageType="TRANSACTIONAL")
        self.assertRegex(pool["PoolId"], r"^pool-[0-9a-z]+$")
        self.assertEqual(pool["PoolArn"],
                         f"arn:aws:sms-voice:{REGION}:{ACCOUNT}:pool/{pool['PoolId']}")
        self.assertEqual(pool["Status"], "ACTIVE")
        self.assertEqual(pool["OptOutListName"], "Default")  # inherited from the number
        self.assertEqual(pool["MessageType"], "TRANSACTIONAL")
        members = self.sms.list_pool_origination_identities(PoolId=pool["PoolId"])
        # botocore 1.29's model predates the member PhoneNumber, so it is not compared here.
        self.assertEqual([m["OriginationIdentityArn"] for m in members["OriginationIdentities"]],
                         [number["PhoneNumberArn"]])
        described = self.sms.describe_phone_numbers(PhoneNumberIds=[number["PhoneNumberId"]])
        self.assertEqual(described["PhoneNumbers"][0]["PoolId"], pool["PoolId"])

        self.sms.create_opt_out_list(OptOutListName="pool-list")
        updated = self.sms.update_pool(PoolId=pool["PoolId"], OptOutListName="pool-list")
        self.assertEqual(updated["OptOutListName"], "pool-list")
        self.assertEqual(self.sms.describe_pools(PoolIds=[pool["PoolArn"]])["Pools"][0]
                         ["OptOutListName"], "pool-list")
        self.sms.put_opted_out_number(OptOutListName="pool-list", OptedOutNumber=HANDSET)

        for identity in (pool["PoolId"], pool["PoolArn"], number["PhoneNumber"]):
            with self.subTest(identity=identity):
                self.assertOptedOut(HANDSET, OriginationIdentity=identity)
        self.assertEqual(outbox(), [])

        self.sms.delete_opted_out_number(OptOutListName="pool-list", OptedOutNumber=HANDSET)
        sent = self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hello",
                                          OriginationIdentity=pool["PoolId"])
        [message] = outbox(destination=HANDSET)
        self.assertEqual(message["messageId"], sent["MessageId"])
        self.assertEqual(message["originationIdentity"], pool["PoolId"])
        self.assertEqual(message["originationNumber"], number["PhoneNumber"])
        self.assertEqual(message["status"], "DELIVERED")

    def test_pooled_numbers_and_pools_refuse_changes_with_typed_conflicts(self):
        first = self.request_number()
        pool = self.sms.create_pool(OriginationIdentity=first["PhoneNumberArn"],
                                    IsoCountryCode="US", MessageType="TRANSACTIONAL")
        conflict = self.sms.exceptions.ConflictException
        for call in (lambda: self.sms.update_phone_number(PhoneNumberId=first["PhoneNumberId"],
                                                          DeletionProtectionEnabled=True),
                     lambda: self.sms.release_phone_number(PhoneNumberId=first["PhoneNumberId"])):
            with self.assertRaises(conflict) as context:
                call()
            response = self.assertError(context, conflict, "ConflictException",
                                        "PHONE_NUMBER_ASSOCIATED_TO_POOL")
            self.assertEqual(response["ResourceType"], "phone-number")
            self.assertEqual(response["ResourceId"], first["PhoneNumberId"])

        with self.assertRaises(conflict) as context:
            self.sms.disassociate_origination_identity(
                PoolId=pool["PoolId"], OriginationIdentity=first["PhoneNumberId"],
                IsoCountryCode="US")
        response = self.assertError(context, conflict, "ConflictException", "LAST_PHONE_NUMBER")
        self.assertEqual(response["ResourceType"], "pool")
        self.assertEqual(response["ResourceId"], pool["PoolId"])

        second = self.request_number()
        associated = self.sms.associate_origination_identity(
            PoolId=pool["PoolId"], OriginationIdentity=second["PhoneNumberId"],
            IsoCountryCode="US")
        self.assertEqual(associated["OriginationIdentity"], second["PhoneNumberId"])
        left = self.sms.disassociate_origination_identity(
            PoolId=pool["PoolId"], OriginationIdentity=first["PhoneNumberId"], IsoCountryCode="US")
        self.assertEqual(left["OriginationIdentityArn"], first["PhoneNumberArn"])
        released = self.sms.release_phone_number(PhoneNumberId=first["PhoneNumberId"])
        self.assertEqual(released["Status"], "DELETED")

        # The pool's own list can't be deleted while the pool uses it, nor a number's.
        self.sms.create_opt_out_list(OptOutListName="in-use")
        self.sms.update_pool(PoolId=pool["PoolId"], OptOutListName="in-use")
        with self.assertRaises(conflict) as context:
            self.sms.delete_opt_out_list(OptOutListName="in-use")
        response = self.assertError(context, conflict, "ConflictException")
        self.assertEqual(response["ResourceType"], "opt-out-list")
        self.assertEqual(response["ResourceId"], "in-use")

    def test_deletion_protection_blocks_release(self):
        number = self.request_number(DeletionProtectionEnabled=True)
        self.assertTrue(number["DeletionProtectionEnabled"])
        conflict = self.sms.exceptions.ConflictException
        with self.assertRaises(conflict) as context:
            self.sms.release_phone_number(PhoneNumberId=number["PhoneNumberId"])
        response = self.assertError(context, conflict, "ConflictException",
                                    "DELETION_PROTECTION_ENABLED")
        self.assertEqual(response["ResourceType"], "phone-number")
        self.assertEqual(response["ResourceId"], number["PhoneNumberId"])

        self.sms.update_phone_number(PhoneNumberId=number["PhoneNumberId"],
                                     DeletionProtectionEnabled=False)
        released = self.sms.release_phone_number(PhoneNumberId=number["PhoneNumberArn"])
        self.assertEqual((released["PhoneNumberId"], released["Status"]),
                         (number["PhoneNumberId"], "DELETED"))
        self.assertEqual(self.sms.describe_phone_numbers()["PhoneNumbers"], [])

    def test_an_opt_out_list_in_use_by_a_number_cannot_be_deleted(self):
        self.sms.create_opt_out_list(OptOutListName="in-use")
        number = self.request_number(OptOutListName="in-use")
        self.assertEqual(number["OptOutListName"], "in-use")
        conflict = self.sms.exceptions.ConflictException
        with self.assertRaises(conflict) as context:
            self.sms.delete_opt_out_list(OptOutListName="in-use")
        response = self.assertError(context, conflict, "ConflictException")
        self.assertEqual((response["ResourceType"], response["ResourceId"]),
                         ("opt-out-list", "in-use"))
        self.sms.update_phone_number(PhoneNumberId=number["PhoneNumberId"],
                                     OptOutListName="Default")
        self.assertEqual(self.sms.delete_opt_out_list(OptOutListName="in-use")["OptOutListName"],
                         "in-use")

    def test_keywords_stop_stays_join_opts_in_and_the_paginator_walks_them(self):
        number = self.request_number()
        identity = number["PhoneNumberId"]
        put = self.sms.put_keyword(OriginationIdentity=identity, Keyword="JOIN",
                                   KeywordMessage="Welcome back!", KeywordAction="OPT_IN")
        self.assertEqual((put["Keyword"], put["KeywordAction"], put["KeywordMessage"]),
                         ("JOIN", "OPT_IN", "Welcome back!"))
        self.assertEqual(put["OriginationIdentityArn"], number["PhoneNumberArn"])

        described = self.sms.describe_keywords(OriginationIdentity=identity)
        actions = {k["Keyword"]: k["KeywordAction"] for k in described["Keywords"]}
        self.assertEqual(actions, {"HELP": "AUTOMATIC_RESPONSE", "STOP": "OPT_OUT",
                                   "JOIN": "OPT_IN"})
        opt_in = self.sms.describe_keywords(
            OriginationIdentity=identity,
            Filters=[{"Name": "keyword-action", "Values": ["OPT_IN"]}])
        self.assertEqual([k["Keyword"] for k in opt_in["Keywords"]], ["JOIN"])
        pages = list(self.sms.get_paginator("describe_keywords").paginate(
            OriginationIdentity=identity, PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 3)
        self.assertEqual(sorted(k["Keyword"] for page in pages for k in page["Keywords"]),
                         ["HELP", "JOIN", "STOP"])

        conflict = self.sms.exceptions.ConflictException
        with self.assertRaises(conflict) as context:
            self.sms.delete_keyword(OriginationIdentity=identity, Keyword="STOP")
        response = self.assertError(context, conflict, "ConflictException",
                                    "RESOURCE_DELETION_NOT_ALLOWED")
        self.assertEqual((response["ResourceType"], response["ResourceId"]), ("keyword", "STOP"))
        deleted = self.sms.delete_keyword(OriginationIdentity=identity, Keyword="join")
        self.assertEqual(deleted["Keyword"], "JOIN")
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException) as context:
            self.sms.describe_keywords(OriginationIdentity=identity, Keywords=["JOIN"])
        response = self.assertError(context, self.sms.exceptions.ResourceNotFoundException,
                                    "ResourceNotFoundException")
        self.assertEqual(response["ResourceType"], "keyword")

    def test_without_an_origination_identity_smsim_picks_a_number_or_refuses(self):
        empty = sms_client(EMPTY_ACCOUNT)
        with self.assertRaises(empty.exceptions.ConflictException) as context:
            empty.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi")
        self.assertError(context, empty.exceptions.ConflictException, "ConflictException",
                         "NO_ORIGINATION_IDENTITIES_FOUND")

        number = self.request_number()
        sent = self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi")
        [message] = outbox()
        self.assertEqual(message["messageId"], sent["MessageId"])
        self.assertEqual(message["originationNumber"], number["PhoneNumber"])

    def test_simulator_numbers_reach_only_the_simulator_destinations(self):
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.request_number("SIMULATOR", "PROMOTIONAL")
        self.assertError(context, self.sms.exceptions.ValidationException, "ValidationException",
                         "INVALID_PARAMETER")
        simulator = self.request_number("SIMULATOR")
        self.assertEqual(simulator["NumberType"], "SIMULATOR")

        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                       OriginationIdentity=simulator["PhoneNumberId"])
        self.assertError(context, self.sms.exceptions.ValidationException, "ValidationException",
                         "INVALID_PARAMETER")
        self.assertEqual(outbox(), [])

        for destination, status in ((SIMULATOR_DELIVERED, "DELIVERED"),
                                    (SIMULATOR_FAILED, "FAILED")):
            sent = self.sms.send_text_message(DestinationPhoneNumber=destination,
                                              MessageBody="test",
                                              OriginationIdentity=simulator["PhoneNumberId"])
            [message] = outbox(destination=destination)
            self.assertEqual((message["messageId"], message["status"]),
                             (sent["MessageId"], status))
            self.assertEqual(message["originationNumber"], simulator["PhoneNumber"])

    def test_a_dry_run_checks_everything_and_records_nothing(self):
        number = self.request_number()
        dry = self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                         OriginationIdentity=number["PhoneNumberId"], DryRun=True)
        self.assertTrue(dry["MessageId"])
        self.assertEqual(outbox(), [])
        self.sms.put_opted_out_number(OptOutListName="Default", OptedOutNumber=HANDSET)
        self.assertOptedOut(HANDSET, OriginationIdentity=number["PhoneNumberId"], DryRun=True)
        self.assertEqual(outbox(), [])

    def test_unknown_numbers_and_pools_are_resource_not_found_with_their_type(self):
        not_found = self.sms.exceptions.ResourceNotFoundException
        cases = (
            (lambda: self.sms.describe_phone_numbers(PhoneNumberIds=[UNKNOWN_PHONE_NUMBER_ID]),
             "phone-number", UNKNOWN_PHONE_NUMBER_ID),
            (lambda: self.sms.release_phone_number(PhoneNumberId=UNKNOWN_PHONE_NUMBER_ID),
             "phone-number", UNKNOWN_PHONE_NUMBER_ID),
            (lambda: self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                                OriginationIdentity="+12065550199"),
             "phone-number", "+12065550199"),
            (lambda: self.sms.describe_pools(PoolIds=[UNKNOWN_POOL_ID]), "pool", UNKNOWN_POOL_ID),
            (lambda: self.sms.update_pool(PoolId=UNKNOWN_POOL_ID, TwoWayEnabled=False),
             "pool", UNKNOWN_POOL_ID),
            (lambda: self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                                OriginationIdentity=UNKNOWN_POOL_ID),
             "pool", UNKNOWN_POOL_ID),
        )
        for call, resource_type, resource_id in cases:
            with self.subTest(resource_id=resource_id, resource_type=resource_type):
                with self.assertRaises(not_found) as context:
                    call()
                response = self.assertError(context, not_found, "ResourceNotFoundException")
                self.assertEqual((response["ResourceType"], response["ResourceId"]),
                                 (resource_type, resource_id))

    def test_describe_phone_numbers_filters_and_paginates(self):
        protected = self.request_number(DeletionProtectionEnabled=True)
        toll_free = self.request_number("TOLL_FREE")
        plain = self.request_number()

        def ids(**request):
            return sorted(n["PhoneNumberId"]
                          for n in self.sms.describe_phone_numbers(**request)["PhoneNumbers"])

        self.assertEqual(ids(Filters=[{"Name": "number-type", "Values": ["TOLL_FREE"]}]),
                         [toll_free["PhoneNumberId"]])
        self.assertEqual(ids(Filters=[{"Name": "deletion-protection-enabled",
                                       "Values": ["true"]}]), [protected["PhoneNumberId"]])
        self.assertEqual(ids(Filters=[{"Name": "number-type", "Values": ["LONG_CODE"]},
                                      {"Name": "status", "Values": ["ACTIVE"]}]),
                         sorted([protected["PhoneNumberId"], plain["PhoneNumberId"]]))
        self.assertEqual(ids(PhoneNumberIds=[plain["PhoneNumberArn"]]), [plain["PhoneNumberId"]])

        paginator = self.sms.get_paginator("describe_phone_numbers")
        pages = list(paginator.paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 3)
        self.assertEqual(sorted(n["PhoneNumberId"] for p in pages for n in p["PhoneNumbers"]),
                         sorted(n["PhoneNumberId"] for n in (protected, toll_free, plain)))
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.describe_phone_numbers(NextToken="forged-token")
        self.assertError(context, self.sms.exceptions.ValidationException, "ValidationException",
                         "INVALID_NEXT_TOKEN")

    def test_account_attributes_and_limits(self):
        attributes = self.sms.describe_account_attributes()["AccountAttributes"]
        self.assertEqual(attributes, [{"Name": "ACCOUNT_TIER", "Value": "PRODUCTION"}])
        number = self.request_number()
        self.sms.create_pool(OriginationIdentity=number["PhoneNumberId"], IsoCountryCode="US",
                             MessageType="TRANSACTIONAL")
        limits = {limit["Name"]: limit for page in
                  self.sms.get_paginator("describe_account_limits").paginate()
                  for limit in page["AccountLimits"]}
        self.assertEqual((limits["PHONE_NUMBERS"]["Used"], limits["PHONE_NUMBERS"]["Max"]),
                         (1, 100))
        self.assertEqual(limits["POOLS"]["Used"], 1)
        self.assertEqual(limits["OPT_OUT_LISTS"]["Used"], 1)  # Default
        for limit in limits.values():
            self.assertLessEqual(limit["Used"], limit["Max"])

    def test_an_inbound_stop_opts_the_handset_out_and_join_opts_it_back_in(self):
        number = self.request_number()
        self.sms.update_phone_number(PhoneNumberId=number["PhoneNumberId"],
                                     SelfManagedOptOutsEnabled=False)  # managed opt-outs
        sender = {"OriginationIdentity": number["PhoneNumber"], "MessageBody": "news"}
        self.sms.send_text_message(DestinationPhoneNumber=HANDSET, **sender)

        stop = inject_inbound(HANDSET, number["PhoneNumber"], "stop")
        self.assertEqual((stop["keyword"], stop["action"], stop["listChanged"]),
                         ("STOP", "OPT_OUT", True))
        [opted_out] = self.sms.describe_opted_out_numbers(
            OptOutListName="Default")["OptedOutNumbers"]
        self.assertEqual(opted_out["OptedOutNumber"], HANDSET)
        self.assertTrue(opted_out["EndUserOptedOut"])
        self.assertOptedOut(HANDSET, **sender)

        self.sms.put_keyword(OriginationIdentity=number["PhoneNumberId"], Keyword="JOIN",
                             KeywordMessage="Welcome back!", KeywordAction="OPT_IN")
        join = inject_inbound(HANDSET, number["PhoneNumber"], "Join")
        self.assertEqual((join["action"], join["listChanged"]), ("OPT_IN", True))
        self.assertEqual(self.sms.describe_opted_out_numbers(
            OptOutListName="Default")["OptedOutNumbers"], [])
        again = self.sms.send_text_message(DestinationPhoneNumber=HANDSET, **sender)

        messages = outbox(destination=HANDSET)
        self.assertEqual([m["origin"] for m in messages],
                         ["SendTextMessage", "AutomaticResponse", "AutomaticResponse",
                          "SendTextMessage"])
        self.assertEqual(messages[1]["messageId"], stop["replyMessageId"])
        self.assertIn("unsubscribed", messages[1]["messageBody"])
        self.assertEqual(messages[2]["messageId"], join["replyMessageId"])
        self.assertEqual(messages[2]["messageBody"], "Welcome back!")
        for reply in messages[1:3]:
            self.assertEqual(reply["originationNumber"], number["PhoneNumber"])
            self.assertEqual(reply["status"], "DELIVERED")
        self.assertEqual(messages[3]["messageId"], again["MessageId"])

    # prose_rules.md SendTextMessage-3, SendMediaMessage-2, SendVoiceMessage-2.
    def test_each_send_needs_its_channels_capability(self):
        voice_only = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["VOICE"],
            NumberType="LONG_CODE")["PhoneNumberId"]
        sms_only = self.request_number()["PhoneNumberId"]
        with self.assertRaises(self.sms.exceptions.ValidationException) as text:
            self.sms.send_text_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                       OriginationIdentity=voice_only)
        response = self.assertError(text, self.sms.exceptions.ValidationException,
                                    "ValidationException", "CHANNEL_NOT_ENABLED")
        self.assertEqual(response["Fields"][0]["Name"], "OriginationIdentity")
        with self.assertRaises(self.sms.exceptions.ValidationException) as voice:
            self.sms.send_voice_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                        OriginationIdentity=sms_only)
        self.assertError(voice, self.sms.exceptions.ValidationException, "ValidationException",
                         "VOICE_CAPABILITY_NOT_AVAILABLE")
        if hasattr(self.sms, "send_media_message"):  # Debian's botocore 1.29 predates it
            with self.assertRaises(self.sms.exceptions.ValidationException) as media:
                self.sms.send_media_message(DestinationPhoneNumber=HANDSET,
                                            OriginationIdentity=sms_only,
                                            MediaUrls=["s3://receipts/r-1.png"])
            self.assertError(media, self.sms.exceptions.ValidationException,
                             "ValidationException", "CHANNEL_NOT_ENABLED")
        self.sms.send_voice_message(DestinationPhoneNumber=HANDSET, MessageBody="hi",
                                    OriginationIdentity=voice_only)
        self.assertEqual([m["origin"] for m in outbox(destination=HANDSET)], ["SendVoiceMessage"])

    # prose_rules.md SendTextMessage-10: InternationalSendingEnabled, off by default.
    def test_sending_abroad_needs_international_sending_enabled(self):
        number = self.request_number()["PhoneNumberId"]
        abroad = {"DestinationPhoneNumber": "+447700900142", "MessageBody": "hi",
                  "OriginationIdentity": number}
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.send_text_message(**abroad)
        response = self.assertError(context, self.sms.exceptions.ValidationException,
                                    "ValidationException", "INTERNATIONAL_SENDING_NOT_SUPPORTED")
        self.assertEqual(response["Fields"][0]["Name"], "OriginationIdentity")
        self.sms.send_text_message(DestinationPhoneNumber="+16045550142", MessageBody="hi",
                                   OriginationIdentity=number)  # Canada shares +1
        boto3_test.enable_international_sending(self.sms, number)
        sent = self.sms.send_text_message(**abroad)
        [message] = outbox(destination="+447700900142")
        self.assertEqual(message["messageId"], sent["MessageId"])

    # prose_rules.md SendTextMessage-14, -15.
    def test_a_text_needs_an_e164_destination_and_a_body(self):
        number = self.request_number()["PhoneNumberId"]
        for destination in ("14155550142", "+10000000"):
            with self.assertRaises(self.sms.exceptions.ValidationException) as context:
                self.sms.send_text_message(DestinationPhoneNumber=destination, MessageBody="hi",
                                           OriginationIdentity=number)
            response = self.assertError(context, self.sms.exceptions.ValidationException,
                                        "ValidationException", "INVALID_PARAMETER")
            self.assertEqual(response["Fields"][0]["Name"], "DestinationPhoneNumber")
        with self.assertRaises(self.sms.exceptions.ValidationException) as context:
            self.sms.send_text_message(DestinationPhoneNumber=HANDSET, OriginationIdentity=number)
        self.assertError(context, self.sms.exceptions.ValidationException, "ValidationException",
                         "MISSING_PARAMETER")
        self.assertEqual(outbox(), [])

    # prose_rules.md SendMediaMessage-4, -5.
    def test_media_urls_name_one_s3_file_of_a_type_mms_carries(self):
        if not hasattr(self.sms, "send_media_message"):
            self.skipTest("Debian's botocore 1.29 predates SendMediaMessage")
        number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS", "MMS"],
            NumberType="LONG_CODE")["PhoneNumberId"]

        def send(*urls):
            return self.sms.send_media_message(DestinationPhoneNumber=HANDSET,
                                               OriginationIdentity=number, MediaUrls=list(urls))

        for urls, reason in ((("s3://receipts/a.png", "s3://receipts/b.png"),
                              "FIELD_VALIDATION_FAILED"),
                             (("https://receipts.example/a.png",), "FIELD_VALIDATION_FAILED"),
                             (("s3://receipts/setup.exe",), "MEDIA_TYPE_NOT_SUPPORTED")):
            with self.assertRaises(self.sms.exceptions.ValidationException) as context:
                send(*urls)
            self.assertError(context, self.sms.exceptions.ValidationException,
                             "ValidationException", reason)
        sent = send("s3://receipts/menu.pdf")
        [message] = outbox(destination=HANDSET)
        self.assertEqual((message["messageId"], message["mediaUrls"]),
                         (sent["MessageId"], ["s3://receipts/menu.pdf"]))

    # prose_rules.md SendVoiceMessage-3, -4, -5.
    def test_a_voice_script_fits_its_text_type(self):
        number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["VOICE"],
            NumberType="LONG_CODE")["PhoneNumberId"]

        def call(**extra):
            return self.sms.send_voice_message(DestinationPhoneNumber=HANDSET,
                                               OriginationIdentity=number, **extra)

        for extra, reason in (({}, "MISSING_PARAMETER"),
                              ({"MessageBody": "a" * 3001}, "MAXIMUM_SIZE_EXCEEDED"),
                              ({"MessageBody": "Hi", "MessageBodyTextType": "SSML"},
                               "INVALID_PARAMETER"),
                              ({"MessageBody": "Hi", "VoiceId": "NOBODY"},
                               "FIELD_VALIDATION_FAILED")):
            with self.assertRaises(self.sms.exceptions.ValidationException) as context:
                call(**extra)
            self.assertError(context, self.sms.exceptions.ValidationException,
                             "ValidationException", reason)
        call(MessageBody="<speak>Your code is <say-as interpret-as=\"digits\">1234</say-as>"
                         "</speak>", MessageBodyTextType="SSML", VoiceId="JOANNA")
        call(MessageBody="a" * 3000)
        self.assertEqual(len(outbox(destination=HANDSET)), 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
