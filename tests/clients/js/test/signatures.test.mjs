// The AWS SDK for JavaScript v3 against an smsim started with --verify-signatures
// (SMSIM_VERIFY_SIGNATURES, SMSIM_ACCESS_KEYS in tests/clients/CMakeLists.txt): the right secret
// works for SMS Voice v2 and SNS, a wrong one or an unknown key id fails with each protocol's error.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  DescribeOptOutListsCommand,
  PinpointSMSVoiceV2Client,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {GetSMSAttributesCommand, SNSClient} from '@aws-sdk/client-sns';

import {REGION, URL} from './smsim_control.mjs';

const ACCOUNT = '345600000002';
const SECRET = 's3cr3t/Example+Key';

function config(accessKeyId, secretAccessKey) {
  return {region: REGION, endpoint: URL, credentials: {accessKeyId, secretAccessKey}, maxAttempts: 1};
}

async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    return [error.name, error.$metadata.httpStatusCode];
  }
  assert.fail('the call succeeded');
}

test('the right secret works for both APIs', async () => {
  const sms = new PinpointSMSVoiceV2Client(config(ACCOUNT, SECRET));
  assert.ok(Array.isArray((await sms.send(new DescribeOptOutListsCommand({}))).OptOutLists));
  const sns = new SNSClient(config(ACCOUNT, SECRET));
  assert.ok(await sns.send(new GetSMSAttributesCommand({})));
});

test('a wrong secret fails with each protocol\'s error', async () => {
  const sms = new PinpointSMSVoiceV2Client(config(ACCOUNT, 'wrong'));
  assert.deepEqual(await refusal(sms.send(new DescribeOptOutListsCommand({}))),
      ['InvalidSignatureException', 400]);
  const sns = new SNSClient(config(ACCOUNT, 'wrong'));
  assert.deepEqual(await refusal(sns.send(new GetSMSAttributesCommand({}))),
      ['SignatureDoesNotMatch', 403]);
});

test('an unknown access key id fails as AWS fails it', async () => {
  const sms = new PinpointSMSVoiceV2Client(config('345600000003', SECRET));
  assert.deepEqual(await refusal(sms.send(new DescribeOptOutListsCommand({}))),
      ['UnrecognizedClientException', 400]);
  const sns = new SNSClient(config('345600000003', SECRET));
  assert.deepEqual(await refusal(sns.send(new GetSMSAttributesCommand({}))),
      ['InvalidClientTokenId', 403]);
});
