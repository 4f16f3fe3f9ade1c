"""boto3 against a running smsim: protect configurations made, given country rules and number
overrides, put in front of sends (the request's, a configuration set's, the account default), and
deleted once nothing holds them.

Needs boto3 1.34 or later (the machine's python3); Debian's 1.26 has no protect configurations.
https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
"""
import sys
import unittest

try:
    import boto3
    from botocore.config import Config
except ImportError as error:
    sys.exit(f"FAIL: {sys.executable} has no boto3 ({error})")

import smsim_control

ACCOUNT = "370000000091"
CANADA = "+16045550191"  # the area code tells Canada from the United States
UNITED_STATES = "+12065550191"


def sms_client():
    return boto3.client("pinpoint-sms-voice-v2", endpoint_url=smsim_control.URL,
                        region_name="us-east-1", aws_access_key_id=ACCOUNT,
                        aws_secret_access_key="not-checked",
                        config=Config(retries={"max_attempts": 1}))


class Boto3ProtectConfigurationsTest(unittest.TestCase):
    def setUp(self):
        smsim_control.reset()
        self.sms = sms_client()
        self.number = self.sms.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS", "VOICE"],
            NumberType="LONG_CODE")["PhoneNumberId"]

    def text(self, destination, **extra):
        return self.sms.send_text_message(DestinationPhoneNumber=destination,
                                          OriginationIdentity=self.number, MessageBody="hi",
                                          **extra)

    def assertBlocked(self, reason, destination, **extra):
        with self.assertRaises(self.sms.exceptions.ConflictException) as refused:
            self.text(destination, **extra)
        self.assertEqual(refused.exception.response["Reason"], reason)
        return refused.exception.response

    def test_a_blocked_country_refuses_texts_until_an_override_allows_a_number(self):
        created = self.sms.create_protect_configuration(
            Tags=[{"Key": "Name", "Value": "logins"}])
        protect_id = created["ProtectConfigurationId"]
        self.assertEqual(created["ProtectConfigurationArn"],
                         f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:protect-configuration/{protect_id}")
        self.assertFalse(created["AccountDefault"])
        rules = self.sms.get_protect_configuration_country_rule_set(
            ProtectConfigurationId=protect_id, NumberCapability="SMS")["CountryRuleSet"]
        self.assertEqual(rules["CA"], {"ProtectStatus": "ALLOW"})
        self.sms.update_protect_configuration_country_rule_set(
            ProtectConfigurationId=protect_id, NumberCapability="SMS",
            CountryRuleSetUpdates={"CA": {"ProtectStatus": "BLOCK"}})

        self.text(CANADA)  # nothing applies yet
        self.sms.set_account_default_protect_configuration(ProtectConfigurationId=protect_id)
        attributes = self.sms.describe_account_attributes()["AccountAttributes"]
        self.assertIn({"Name": "DEFAULT_PROTECT_CONFIGURATION_ID", "Value": protect_id},
                      attributes)
        refused = self.assertBlocked("DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
                                     CANADA)
        self.assertEqual(refused["ResourceId"], protect_id)
        self.text(UNITED_STATES)
        self.sms.send_voice_message(DestinationPhoneNumber=CANADA,
                                    OriginationIdentity=self.number, MessageBody="hi")

        put = self.sms.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id, DestinationPhoneNumber=CANADA, Action="ALLOW")
        self.assertEqual(put["IsoCountryCode"], "CA")
        self.text(CANADA)
        self.sms.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id, DestinationPhoneNumber=UNITED_STATES,
            Action="BLOCK")
        self.assertBlocked("DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE",
                           UNITED_STATES)
        pages = self.sms.get_paginator("list_protect_configuration_rule_set_number_overrides")
        listed = [o["DestinationPhoneNumber"]
                  for page in pages.paginate(ProtectConfigurationId=protect_id,
                                             Filters=[{"Name": "action", "Values": ["BLOCK"]}])
                  for o in page["RuleSetNumberOverrides"]]
        self.assertEqual(listed, [UNITED_STATES])
        self.sms.delete_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id, DestinationPhoneNumber=UNITED_STATES)
        self.text(UNITED_STATES)

        with self.assertRaises(self.sms.exceptions.ConflictException) as in_use:
            self.sms.delete_protect_configuration(ProtectConfigurationId=protect_id)
        self.assertEqual(in_use.exception.response["Reason"],
                         "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT")
        self.sms.delete_account_default_protect_configuration()
        deleted = self.sms.delete_protect_configuration(ProtectConfigurationId=protect_id)
        self.assertEqual(deleted["ProtectConfigurationId"], protect_id)

    def test_the_request_and_the_configuration_set_choose_the_configuration(self):
        blocks = self.sms.create_protect_configuration()["ProtectConfigurationId"]
        allows = self.sms.create_protect_configuration(
            DeletionProtectionEnabled=True)["ProtectConfigurationId"]
        self.sms.update_protect_configuration_country_rule_set(
            ProtectConfigurationId=blocks, NumberCapability="SMS",
            CountryRuleSetUpdates={"CA": {"ProtectStatus": "BLOCK"},
                                   "US": {"ProtectStatus": "MONITOR"}})
        self.sms.create_configuration_set(ConfigurationSetName="logins")
        self.sms.associate_protect_configuration(ProtectConfigurationId=blocks,
                                                 ConfigurationSetName="logins")
        described = self.sms.describe_configuration_sets(ConfigurationSetNames=["logins"])
        self.assertEqual(described["ConfigurationSets"][0]["ProtectConfigurationId"], blocks)

        self.assertBlocked("DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION", CANADA,
                           ConfigurationSetName="logins")
        self.text(UNITED_STATES, ConfigurationSetName="logins")  # MONITOR lets it through
        self.text(CANADA, ConfigurationSetName="logins", ProtectConfigurationId=allows)
        with self.assertRaises(self.sms.exceptions.ResourceNotFoundException):
            self.text(CANADA, ProtectConfigurationId="protect-00000000000000000000000000000000")

        described = self.sms.describe_protect_configurations(
            Filters=[{"Name": "deletion-protection-enabled", "Values": ["true"]}])
        self.assertEqual([c["ProtectConfigurationId"] for c in described["ProtectConfigurations"]],
                         [allows])
        with self.assertRaises(self.sms.exceptions.ConflictException) as associated:
            self.sms.delete_protect_configuration(ProtectConfigurationId=blocks)
        self.assertEqual(associated.exception.response["Reason"],
                         "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET")
        self.sms.disassociate_protect_configuration(ProtectConfigurationId=blocks,
                                                    ConfigurationSetName="logins")
        self.text(CANADA, ConfigurationSetName="logins")
        with self.assertRaises(self.sms.exceptions.ConflictException) as protected:
            self.sms.delete_protect_configuration(ProtectConfigurationId=allows)
        self.assertEqual(protected.exception.response["Reason"], "DELETION_PROTECTION_ENABLED")
        self.sms.update_protect_configuration(ProtectConfigurationId=allows,
                                              DeletionProtectionEnabled=False)
        self.sms.delete_protect_configuration(ProtectConfigurationId=allows)


if __name__ == "__main__":
    unittest.main()
