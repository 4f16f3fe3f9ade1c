// The AWS SDK for JavaScript v3's SNS client against smsim: SMS through Publish, the opt-out
// actions on the account's Default opt-out list (shared with End User Messaging SMS), SMS
// attributes, SNS's typed errors, and AWS_ENDPOINT_URL pointing both services at one smsim. Each
// test works in an account of its own, so it shares nothing with the other test files.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {PutOptedOutNumberCommand} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  CheckIfPhoneNumberIsOptedOutCommand,
  GetSMSAttributesCommand,
  InvalidParameterException,
  ListPhoneNumbersOptedOutCommand,
  OptInPhoneNumberCommand,
  PublishCommand,
  SetSMSAttributesCommand,
  SNSClient,
  SNSServiceException,
} from '@aws-sdk/client-sns';

import {outbox, REGION, smsClient, URL} from './smsim_control.mjs';

const HANDSET = '+14155550146';
let nextAccount = 320000000001;

function snsClient(account, {endpoint = URL} = {}) {
  return new SNSClient({
    region: REGION,
    ...(endpoint ? {endpoint} : {}),
    credentials: {accessKeyId: account, secretAccessKey: 'not-checked'},
    maxAttempts: 1,
  });
}

test('Publish to a phone number lands in the outbox', async () => {
  const account = String(nextAccount++);
  const sns = snsClient(account);
  const {MessageId} = await sns.send(new PublishCommand({
    PhoneNumber: HANDSET, Message: 'code 42 <&>',
    MessageAttributes: {'AWS.SNS.SMS.SMSType': {DataType: 'String', StringValue: 'Transactional'}},
  }));
  const [sent] = await outbox({destination: HANDSET, account});
  assert.equal(sent.messageId, MessageId);
  assert.equal(sent.messageBody, 'code 42 <&>');
  assert.equal(sent.messageType, 'TRANSACTIONAL');
  assert.equal(sent.origin, 'Publish');
});

test('SNS and End User Messaging SMS share the Default opt-out list', async () => {
  const account = String(nextAccount++);
  const sns = snsClient(account);
  await smsClient(account).send(
      new PutOptedOutNumberCommand({OptOutListName: 'Default', OptedOutNumber: HANDSET}));
  const checked = await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({phoneNumber: HANDSET}));
  assert.equal(checked.isOptedOut, true);
  const listed = await sns.send(new ListPhoneNumbersOptedOutCommand({}));
  assert.deepEqual(listed.phoneNumbers, [HANDSET]);
  await sns.send(new OptInPhoneNumberCommand({phoneNumber: HANDSET}));
  const after = await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({phoneNumber: HANDSET}));
  assert.equal(after.isOptedOut, false);

  await sns.send(new SetSMSAttributesCommand({attributes: {DefaultSMSType: 'Transactional'}}));
  const {attributes} = await sns.send(new GetSMSAttributesCommand({}));
  assert.deepEqual(attributes, {DefaultSMSType: 'Transactional'});
});

test('a bad phone number is a typed InvalidParameterException', async () => {
  const sns = snsClient(String(nextAccount++));
  try {
    await sns.send(new PublishCommand({PhoneNumber: 'nope', Message: 'x'}));
    assert.fail('Publish succeeded');
  } catch (error) {
    assert.ok(error instanceof InvalidParameterException, `${error.name}: ${error}`);
    assert.ok(error instanceof SNSServiceException);
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.ok(error.$metadata.requestId);
  }
});

test('AWS_ENDPOINT_URL points both services at smsim', async () => {
  const account = String(nextAccount++);
  const saved = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = URL;
  try {
    await smsClient(account, {endpoint: null}).send(
        new PutOptedOutNumberCommand({OptOutListName: 'Default', OptedOutNumber: HANDSET}));
    const checked = await snsClient(account, {endpoint: null})
        .send(new CheckIfPhoneNumberIsOptedOutCommand({phoneNumber: HANDSET}));
    assert.equal(checked.isOptedOut, true);
  } finally {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = saved;
  }
});
