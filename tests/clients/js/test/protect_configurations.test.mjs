// The AWS SDK for JavaScript v3 with smsim's protect configurations: one blocking Canada for SMS,
// put in front of sends as the account default and by ProtectConfigurationId, a number override
// that wins over the country rule, the rule sets read back, and deletion refused while the
// configuration is the default. Its own account (37…).
// https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  ConflictException,
  CreateProtectConfigurationCommand,
  DeleteAccountDefaultProtectConfigurationCommand,
  DeleteProtectConfigurationCommand,
  DescribeAccountAttributesCommand,
  DescribeProtectConfigurationsCommand,
  GetProtectConfigurationCountryRuleSetCommand,
  PutProtectConfigurationRuleSetNumberOverrideCommand,
  RequestPhoneNumberCommand,
  ResourceNotFoundException,
  SendMediaMessageCommand,
  SendTextMessageCommand,
  SetAccountDefaultProtectConfigurationCommand,
  UpdateProtectConfigurationCountryRuleSetCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {rejects, smsClient} from './smsim_control.mjs';

const ACCOUNT = '370000000111';
const CANADA = '+16045550111';
const OTHER_CANADIAN = '+16045550112';

test('a protect configuration blocks a country until an override allows a number', async () => {
  const sms = smsClient(ACCOUNT);
  const {PhoneNumberId: number} = await sms.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS', 'MMS'],
    NumberType: 'LONG_CODE',
  }));
  const text = (destination, extra = {}) => new SendTextMessageCommand({
    DestinationPhoneNumber: destination, OriginationIdentity: number, MessageBody: 'hi', ...extra,
  });
  const created = await sms.send(new CreateProtectConfigurationCommand({}));
  const id = created.ProtectConfigurationId;
  assert.ok(created.CreatedTimestamp instanceof Date);
  const updated = await sms.send(new UpdateProtectConfigurationCountryRuleSetCommand({
    ProtectConfigurationId: id, NumberCapability: 'SMS',
    CountryRuleSetUpdates: {CA: {ProtectStatus: 'BLOCK'}},
  }));
  assert.equal(updated.CountryRuleSet.CA.ProtectStatus, 'BLOCK');
  const mms = await sms.send(new GetProtectConfigurationCountryRuleSetCommand({
    ProtectConfigurationId: id, NumberCapability: 'MMS',
  }));
  assert.equal(mms.CountryRuleSet.CA.ProtectStatus, 'ALLOW');

  await sms.send(new SetAccountDefaultProtectConfigurationCommand({ProtectConfigurationId: id}));
  const {AccountAttributes} = await sms.send(new DescribeAccountAttributesCommand({}));
  assert.deepEqual(AccountAttributes.at(-1), {Name: 'DEFAULT_PROTECT_CONFIGURATION_ID', Value: id});
  const blocked = await rejects(sms, text(CANADA), ConflictException);
  assert.equal(blocked.Reason, 'DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION');
  await sms.send(new SendMediaMessageCommand({
    DestinationPhoneNumber: CANADA, OriginationIdentity: number,
    MediaUrls: ['s3://bucket/cat.jpg'],
  }));  // MMS rules are their own, and allow Canada
  const unknown = await rejects(sms, text(CANADA, {ProtectConfigurationId: 'protect-unknown'}),
      ResourceNotFoundException);
  assert.equal(unknown.ResourceType, 'protect-configuration');

  const override = await sms.send(new PutProtectConfigurationRuleSetNumberOverrideCommand({
    ProtectConfigurationId: id, DestinationPhoneNumber: CANADA, Action: 'ALLOW',
  }));
  assert.equal(override.IsoCountryCode, 'CA');
  await sms.send(text(CANADA));
  await rejects(sms, text(OTHER_CANADIAN), ConflictException);

  const {ProtectConfigurations} = await sms.send(new DescribeProtectConfigurationsCommand({
    Filters: [{Name: 'account-default', Values: ['true']}],
  }));
  assert.deepEqual(ProtectConfigurations.map((c) => c.ProtectConfigurationId), [id]);
  const isDefault = await rejects(sms,
      new DeleteProtectConfigurationCommand({ProtectConfigurationId: id}), ConflictException);
  assert.equal(isDefault.Reason, 'PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT');
  const removed = await sms.send(new DeleteAccountDefaultProtectConfigurationCommand({}));
  assert.equal(removed.DefaultProtectConfigurationId, id);
  await sms.send(text(OTHER_CANADIAN));
  await sms.send(new DeleteProtectConfigurationCommand({ProtectConfigurationId: id}));
});
