"""The AWS CLI (v1 or v2) with smsim's protect configurations. Debian's CLI v2 2.9 predates them
(no protect commands, no --protect-configuration-id), so for both CLIs a configuration set is given a
configuration blocking Canada over plain awsJson and the CLI's send-text-message is refused; CLI v1
also makes one with its own commands, with a number override that expires on the simulated clock.
Runs in the same CTest tests as awscli_test.py.
https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
"""
import unittest

import awscli_test
import smsim_control
from awscli_test import MAJOR, ok, run_cli

ACCOUNT = "370000000101"
CANADA = "+16045550101"


def aws_json(operation, body):
    """One call over plain awsJson, for what the CLI can't do (awscli_test's, in this account)."""
    return awscli_test.aws_json(operation, body, account=ACCOUNT)


class AwsCliProtectConfigurationsTest(unittest.TestCase):
    assertServiceError = awscli_test.AwsCliTest.assertServiceError

    def setUp(self):
        smsim_control.reset()
        self.number = ok("request-phone-number", "--iso-country-code", "US", "--message-type",
                         "TRANSACTIONAL", "--number-capabilities", "SMS", "--number-type",
                         "LONG_CODE", account=ACCOUNT)["PhoneNumberId"]

    def send(self, *extra):
        return run_cli("send-text-message", "--destination-phone-number", CANADA,
                       "--origination-identity", self.number, "--message-body", "hi", *extra,
                       account=ACCOUNT)

    def test_a_configuration_sets_protect_configuration_refuses_a_blocked_country(self):
        protect_id = aws_json("CreateProtectConfiguration", {})["ProtectConfigurationId"]
        aws_json("UpdateProtectConfigurationCountryRuleSet",
                 {"ProtectConfigurationId": protect_id, "NumberCapability": "SMS",
                  "CountryRuleSetUpdates": {"CA": {"ProtectStatus": "BLOCK"}}})
        ok("create-configuration-set", "--configuration-set-name", "logins", account=ACCOUNT)
        aws_json("AssociateProtectConfiguration",
                 {"ProtectConfigurationId": protect_id, "ConfigurationSetName": "logins"})
        if MAJOR == 1:  # CLI v2 2.9's model predates the member, so it drops it
            described = ok("describe-configuration-sets", account=ACCOUNT)["ConfigurationSets"]
            self.assertEqual(described[0]["ProtectConfigurationId"], protect_id)
        refused = self.assertServiceError(self.send("--configuration-set-name", "logins"),
                                          "ConflictException", "SendTextMessage", "blocks")
        self.assertEqual(refused["Reason"], "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION")
        self.assertEqual(self.send()[0], 0)  # without the set, nothing applies

    def test_cli_v1_makes_a_configuration_and_an_override_that_expires(self):
        if MAJOR == 2:
            return  # Debian's CLI v2 2.9 has no protect configuration commands
        protect_id = ok("create-protect-configuration", "--deletion-protection-enabled",
                        account=ACCOUNT)["ProtectConfigurationId"]
        updated = ok("update-protect-configuration-country-rule-set", "--protect-configuration-id",
                     protect_id, "--number-capability", "SMS", "--country-rule-set-updates",
                     '{"CA": {"ProtectStatus": "BLOCK"}}', account=ACCOUNT)
        self.assertEqual(updated["CountryRuleSet"]["CA"], {"ProtectStatus": "BLOCK"})
        refused = self.assertServiceError(self.send("--protect-configuration-id", protect_id),
                                          "ConflictException", "SendTextMessage", "blocks")
        self.assertEqual(refused["Reason"], "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION")

        now = smsim_control.call("GET", "/_smsim/clock")[1]["now"]
        ok("put-protect-configuration-rule-set-number-override", "--protect-configuration-id",
           protect_id, "--destination-phone-number", CANADA, "--action", "ALLOW",
           "--expiration-timestamp", str(int(now) + 60), account=ACCOUNT)
        self.assertEqual(self.send("--protect-configuration-id", protect_id)[0], 0)
        listed = ok("list-protect-configuration-rule-set-number-overrides",
                    "--protect-configuration-id", protect_id, account=ACCOUNT)
        self.assertEqual([o["DestinationPhoneNumber"] for o in listed["RuleSetNumberOverrides"]],
                         [CANADA])
        smsim_control.advance_clock(120)  # the override expires
        self.assertServiceError(self.send("--protect-configuration-id", protect_id),
                                "ConflictException", "SendTextMessage", "blocks")
        listed = ok("list-protect-configuration-rule-set-number-overrides",
                    "--protect-configuration-id", protect_id, account=ACCOUNT)
        self.assertEqual(listed["RuleSetNumberOverrides"], [])

        refused = self.assertServiceError(
            run_cli("delete-protect-configuration", "--protect-configuration-id", protect_id,
                    account=ACCOUNT),
            "ConflictException", "DeleteProtectConfiguration", "deletion protection")
        self.assertEqual(refused["Reason"], "DELETION_PROTECTION_ENABLED")
        ok("update-protect-configuration", "--protect-configuration-id", protect_id,
           "--no-deletion-protection-enabled", account=ACCOUNT)
        ok("delete-protect-configuration", "--protect-configuration-id", protect_id,
           account=ACCOUNT)


if __name__ == "__main__":
    unittest.main()
