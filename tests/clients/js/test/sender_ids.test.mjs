// The AWS SDK for JavaScript v3 with smsim's sender IDs: requested for Great Britain (and refused
// for the United States), described with a filter, used to text a British handset (and refused
// for a German one), protected from release, then released. Its own account (37…).
// https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  ConflictException,
  CreatePoolCommand,
  DeletePoolCommand,
  DescribeSenderIdsCommand,
  ListPoolOriginationIdentitiesCommand,
  ReleaseSenderIdCommand,
  RequestSenderIdCommand,
  SendTextMessageCommand,
  UpdateSenderIdCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {outbox, rejects, smsClient} from './smsim_control.mjs';

const ACCOUNT = '370000000081';
const BRITISH_HANDSET = '+447700900181';

test('a sender ID texts its own country and is released once unprotected', async () => {
  const sms = smsClient(ACCOUNT);
  const created = await sms.send(new RequestSenderIdCommand({
    SenderId: 'EXAMPLECO', IsoCountryCode: 'GB', DeletionProtectionEnabled: true,
  }));
  assert.equal(created.SenderIdArn, `arn:aws:sms-voice:us-east-1:${ACCOUNT}:sender-id/EXAMPLECO/GB`);
  const unsupported = await rejects(sms, new RequestSenderIdCommand({
    SenderId: 'EXAMPLECO', IsoCountryCode: 'US',
  }), ValidationException);
  assert.equal(unsupported.Reason, 'SENDER_ID_NOT_SUPPORTED');

  const {SenderIds} = await sms.send(new DescribeSenderIdsCommand({
    Filters: [{Name: 'deletion-protection-enabled', Values: ['true']}],
  }));
  assert.deepEqual(SenderIds.map((s) => [s.SenderId, s.IsoCountryCode]), [['EXAMPLECO', 'GB']]);

  await sms.send(new SendTextMessageCommand({
    DestinationPhoneNumber: BRITISH_HANDSET, OriginationIdentity: 'EXAMPLECO', MessageBody: 'hi',
  }));
  assert.equal((await outbox({destination: BRITISH_HANDSET})).at(-1).originationNumber,
      'EXAMPLECO');
  const abroad = await rejects(sms, new SendTextMessageCommand({
    DestinationPhoneNumber: '+4915112345681', OriginationIdentity: 'EXAMPLECO', MessageBody: 'hi',
  }), ValidationException);
  assert.equal(abroad.Reason, 'INVALID_IDENTITY_FOR_DESTINATION_COUNTRY');

  const protectedRelease = await rejects(sms, new ReleaseSenderIdCommand({
    SenderId: 'EXAMPLECO', IsoCountryCode: 'GB',
  }), ConflictException);
  assert.equal(protectedRelease.Reason, 'DELETION_PROTECTION_ENABLED');
  await sms.send(new UpdateSenderIdCommand({
    SenderId: 'EXAMPLECO', IsoCountryCode: 'GB', DeletionProtectionEnabled: false,
  }));
  const released = await sms.send(new ReleaseSenderIdCommand({
    SenderId: created.SenderIdArn, IsoCountryCode: 'GB',
  }));
  assert.equal(released.SenderId, 'EXAMPLECO');
});

test('a pool holds a sender ID, which is not released while it does', async () => {
  const sms = smsClient('370000000082');
  const {SenderIdArn} = await sms.send(new RequestSenderIdCommand({
    SenderId: 'POOLEDCO', IsoCountryCode: 'GB',
  }));
  const pool = await sms.send(new CreatePoolCommand({
    OriginationIdentity: SenderIdArn, MessageType: 'TRANSACTIONAL',
  }));
  const {OriginationIdentities} = await sms.send(new ListPoolOriginationIdentitiesCommand({
    PoolId: pool.PoolId,
  }));
  assert.deepEqual(OriginationIdentities.map((m) => [m.OriginationIdentity, m.NumberCapabilities]),
      [['POOLEDCO', ['SMS']]]);
  const inPool = await rejects(sms, new ReleaseSenderIdCommand({
    SenderId: 'POOLEDCO', IsoCountryCode: 'GB',
  }), ConflictException);
  assert.equal(inPool.Reason, 'SENDER_ID_ASSOCIATED_TO_POOL');
  await sms.send(new DeletePoolCommand({PoolId: pool.PoolId}));
  await sms.send(new ReleaseSenderIdCommand({SenderId: 'POOLEDCO', IsoCountryCode: 'GB'}));
});
