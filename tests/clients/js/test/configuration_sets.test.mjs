// The AWS SDK for JavaScript v3 with configuration sets: a set, an SNS event destination, the
// set's default message type on a send, and a send naming an unknown set failing with the SDK's
// typed ResourceNotFoundException (ResourceType configuration-set); then media and voice sends,
// refused for an opted-out handset as text is. Its own accounts, so it shares nothing with the
// other test files node runs next to it.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  ConflictException,
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  DescribeConfigurationSetsCommand,
  RequestPhoneNumberCommand,
  PutOptedOutNumberCommand,
  ResourceNotFoundException,
  SendMediaMessageCommand,
  SendTextMessageCommand,
  SendVoiceMessageCommand,
  SetDefaultMessageTypeCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {outbox, REGION, rejects, smsClient} from './smsim_control.mjs';

const ACCOUNT = '330000000001';
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:sms-receipts`;

test('a configuration set with an SNS destination applies its defaults and refuses typos',
    async () => {
      const sms = smsClient(ACCOUNT);
      const created = await sms.send(new CreateConfigurationSetCommand({
        ConfigurationSetName: 'receipts',
      }));
      assert.equal(created.ConfigurationSetArn,
          `arn:aws:sms-voice:${REGION}:${ACCOUNT}:configuration-set/receipts`);
      assert.ok(created.CreatedTimestamp instanceof Date);

      const destination = await sms.send(new CreateEventDestinationCommand({
        ConfigurationSetName: 'receipts', EventDestinationName: 'to-sns',
        MatchingEventTypes: ['TEXT_ALL'], SnsDestination: {TopicArn: TOPIC_ARN},
      }));
      assert.deepEqual(destination.EventDestination, {
        EventDestinationName: 'to-sns', Enabled: true, MatchingEventTypes: ['TEXT_ALL'],
        SnsDestination: {TopicArn: TOPIC_ARN},
      });
      const bad = await rejects(sms, new CreateEventDestinationCommand({
        ConfigurationSetName: 'receipts', EventDestinationName: 'bad',
        MatchingEventTypes: ['ALL'], SnsDestination: {TopicArn: 'arn:aws:sqs:us-east-1:1:q'},
      }), ValidationException);
      assert.equal(bad.Reason, 'INVALID_ARN');

      await sms.send(new SetDefaultMessageTypeCommand({
        ConfigurationSetName: 'receipts', MessageType: 'PROMOTIONAL',
      }));
      const {ConfigurationSets: [described]} =
          await sms.send(new DescribeConfigurationSetsCommand({}));
      assert.equal(described.DefaultMessageType, 'PROMOTIONAL');
      assert.equal(described.EventDestinations.length, 1);

      await sms.send(new RequestPhoneNumberCommand({
        IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'],
        NumberType: 'LONG_CODE',
      }));
      const sent = await sms.send(new SendTextMessageCommand({
        DestinationPhoneNumber: '+14155550100', MessageBody: 'hi',
        ConfigurationSetName: 'receipts',
      }));
      const [message] = (await outbox()).filter((m) => m.messageId === sent.MessageId);
      assert.equal(message.messageType, 'PROMOTIONAL');

      const typo = await rejects(sms, new SendTextMessageCommand({
        DestinationPhoneNumber: '+14155550100', MessageBody: 'hi',
        ConfigurationSetName: 'recipts',
      }), ResourceNotFoundException);
      assert.equal(typo.ResourceType, 'configuration-set');
      assert.equal(typo.ResourceId, 'recipts');
    });

test('media and voice sends land in the outbox and refuse opted-out handsets', async () => {
  const account = '330000000002';
  const sms = smsClient(account);
  const number = await sms.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberType: 'LONG_CODE',
    NumberCapabilities: ['SMS', 'MMS', 'VOICE'],
  }));
  const to = {DestinationPhoneNumber: '+14155550100', OriginationIdentity: number.PhoneNumberId};
  const sends = [
    ['SendMediaMessage',
      () => new SendMediaMessageCommand({...to, MediaUrls: ['s3://receipts/r-1.png']})],
    ['SendVoiceMessage', () => new SendVoiceMessageCommand({...to, MessageBody: 'hi'})],
  ];
  for (const [operation, command] of sends) {
    const sent = await sms.send(command());
    const [message] = (await outbox()).filter((m) => m.messageId === sent.MessageId);
    assert.equal(message.origin, operation);
  }
  await sms.send(new PutOptedOutNumberCommand({
    OptOutListName: 'Default', OptedOutNumber: '+14155550100',
  }));
  for (const [, command] of sends) {
    const error = await rejects(sms, command(), ConflictException);
    assert.equal(error.Reason, 'DESTINATION_PHONE_NUMBER_OPTED_OUT');
  }
});
