// The AWS SDK for JavaScript v3 sending SMS through smsim: phone numbers, opt-out lists, pools,
// SendTextMessage and the outbox (GET /_smsim/messages). An opted-out destination must come back
// as the SDK's typed ConflictException with Reason DESTINATION_PHONE_NUMBER_OPTED_OUT, whichever
// identity sends. Each test works in an account of its own and reads only its own account's
// messages from the outbox, so it shares nothing with the other test files node runs next to it.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  AssociateOriginationIdentityCommand,
  ConflictException,
  CreateOptOutListCommand,
  CreatePoolCommand,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  DeletePoolCommand,
  DescribePoolsCommand,
  DisassociateOriginationIdentityCommand,
  PutOptedOutNumberCommand,
  ReleasePhoneNumberCommand,
  RequestPhoneNumberCommand,
  ResourceNotFoundException,
  SendTextMessageCommand,
  UpdatePhoneNumberCommand,
  UpdatePoolCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {outbox, REGION, rejects, smsClient} from './smsim_control.mjs';

const HANDSET = '+14155550142';
const SIMULATOR_DELIVERED = '+14254147755';
const SIMULATOR_FAILED = '+14254147167';
const UNKNOWN_PHONE_NUMBER_ID = 'phone-0123456789abcdef0123456789abcdef';
const UNKNOWN_POOL_ID = 'pool-0123456789abcdef0123456789abcdef';

// Another range than pinpoint_sms_voice_v2.test.mjs, which node may run at the same time.
let nextAccount = 310000000001;

// A fresh account: its client, a number requester and its own part of the outbox.
function freshAccount() {
  const account = String(nextAccount++);
  const sms = smsClient(account);
  return {
    account,
    sms,
    requestNumber: (input = {}) => sms.send(new RequestPhoneNumberCommand({
      IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'],
      NumberType: 'LONG_CODE', ...input,
    })),
    sent: async (filters) => (await outbox(filters)).filter((m) => m.accountId === account),
  };
}

const textTo = (destination, input = {}) =>
  new SendTextMessageCommand({DestinationPhoneNumber: destination, MessageBody: 'hi', ...input});

async function assertOptedOut(sms, input) {
  const error = await rejects(sms, textTo(HANDSET, input), ConflictException);
  assert.equal(error.Reason, 'DESTINATION_PHONE_NUMBER_OPTED_OUT');
  assert.equal(error.ResourceType, 'opted-out-number');
  assert.equal(error.ResourceId, HANDSET);
  assert.match(error.message, /is opted out/);
}

test('a number refuses an opted-out destination with a typed ConflictException, then sends',
    async () => {
      const {account, sms, requestNumber, sent} = freshAccount();
      const number = await requestNumber();
      assert.match(number.PhoneNumber, /^\+1[0-9]{10}$/);
      assert.equal(number.PhoneNumberArn,
          `arn:aws:sms-voice:${REGION}:${account}:phone-number/${number.PhoneNumberId}`);
      assert.equal(number.OptOutListName, 'Default');
      assert.ok(number.CreatedTimestamp instanceof Date);

      await sms.send(new CreateOptOutListCommand({OptOutListName: 'number-list'}));
      const updated = await sms.send(new UpdatePhoneNumberCommand(
          {PhoneNumberId: number.PhoneNumberId, OptOutListName: 'number-list'}));
      assert.equal(updated.OptOutListName, 'number-list');
      const optOut = {OptOutListName: 'number-list', OptedOutNumber: HANDSET};
      await sms.send(new PutOptedOutNumberCommand(optOut));

      for (const identity of [number.PhoneNumber, number.PhoneNumberId, number.PhoneNumberArn]) {
        await assertOptedOut(sms, {OriginationIdentity: identity});
      }
      await assertOptedOut(sms, {OriginationIdentity: number.PhoneNumberId, DryRun: true});
      assert.deepEqual(await sent(), []);

      await sms.send(new DeleteOptedOutNumberCommand(optOut));
      const dryRun = await sms.send(textTo(HANDSET,
          {OriginationIdentity: number.PhoneNumberId, DryRun: true}));
      assert.ok(dryRun.MessageId);
      assert.deepEqual(await sent(), []);
      const {MessageId} = await sms.send(textTo(HANDSET, {
        OriginationIdentity: number.PhoneNumberArn, MessageBody: 'Your code is 123456',
        Context: {campaign: 'spring'},
      }));
      const [message, ...others] = await sent({destination: HANDSET});
      assert.deepEqual(others, []);
      assert.equal(message.messageId, MessageId);
      assert.equal(message.originationIdentity, number.PhoneNumberArn);
      assert.equal(message.originationNumber, number.PhoneNumber);
      assert.equal(message.destinationNumber, HANDSET);
      assert.equal(message.messageBody, 'Your code is 123456');
      assert.equal(message.messageType, 'TRANSACTIONAL');  // the number's own
      assert.deepEqual(message.context, {campaign: 'spring'});
      assert.equal(message.status, 'DELIVERED');
      assert.equal(message.region, REGION);
    });

test('a pool applies its opt-out list through PoolId, PoolArn and its member number', async () => {
  const {account, sms, requestNumber, sent} = freshAccount();
  const number = await requestNumber();
  const pool = await sms.send(new CreatePoolCommand({
    OriginationIdentity: number.PhoneNumberId, IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL',
  }));
  assert.match(pool.PoolId, /^pool-[0-9a-z]+$/);
  assert.equal(pool.PoolArn, `arn:aws:sms-voice:${REGION}:${account}:pool/${pool.PoolId}`);
  assert.equal(pool.OptOutListName, 'Default');  // inherited from the number

  await sms.send(new CreateOptOutListCommand({OptOutListName: 'pool-list'}));
  const updated = await sms.send(
      new UpdatePoolCommand({PoolId: pool.PoolArn, OptOutListName: 'pool-list'}));
  assert.equal(updated.OptOutListName, 'pool-list');
  const described = await sms.send(new DescribePoolsCommand({PoolIds: [pool.PoolId]}));
  assert.equal(described.Pools[0].OptOutListName, 'pool-list');
  const optOut = {OptOutListName: 'pool-list', OptedOutNumber: HANDSET};
  await sms.send(new PutOptedOutNumberCommand(optOut));

  for (const identity of [pool.PoolId, pool.PoolArn, number.PhoneNumber]) {
    await assertOptedOut(sms, {OriginationIdentity: identity});
  }
  assert.deepEqual(await sent(), []);

  await sms.send(new DeleteOptedOutNumberCommand(optOut));
  const {MessageId} = await sms.send(textTo(HANDSET, {OriginationIdentity: pool.PoolId}));
  const [message, ...others] = await sent({origination: number.PhoneNumber});
  assert.deepEqual(others, []);
  assert.equal(message.messageId, MessageId);
  assert.equal(message.originationIdentity, pool.PoolId);
  assert.equal(message.originationNumber, number.PhoneNumber);
  assert.equal(message.status, 'DELIVERED');
});

test('pools and pooled numbers refuse changes with typed ConflictExceptions', async () => {
  const {sms, requestNumber} = freshAccount();
  const first = await requestNumber();
  const pool = await sms.send(new CreatePoolCommand({
    OriginationIdentity: first.PhoneNumberArn, IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL',
    DeletionProtectionEnabled: true,
  }));
  const conflict = async (command, reason, resourceType, resourceId) => {
    const error = await rejects(sms, command, ConflictException);
    assert.equal(error.Reason, reason, command.constructor.name);
    assert.equal(error.ResourceType, resourceType);
    assert.equal(error.ResourceId, resourceId);
  };
  const member = {PoolId: pool.PoolId, OriginationIdentity: first.PhoneNumberId,
    IsoCountryCode: 'US'};

  await conflict(new UpdatePhoneNumberCommand({PhoneNumberId: first.PhoneNumberId,
    OptOutListName: 'Default'}), 'PHONE_NUMBER_ASSOCIATED_TO_POOL', 'phone-number',
  first.PhoneNumberId);
  await conflict(new ReleasePhoneNumberCommand({PhoneNumberId: first.PhoneNumberId}),
      'PHONE_NUMBER_ASSOCIATED_TO_POOL', 'phone-number', first.PhoneNumberId);
  await conflict(new CreatePoolCommand({OriginationIdentity: first.PhoneNumberId,
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL'}), 'PHONE_NUMBER_ASSOCIATED_TO_POOL',
  'phone-number', first.PhoneNumberId);
  await conflict(new AssociateOriginationIdentityCommand(member), 'RESOURCE_ALREADY_ASSOCIATED',
      'phone-number', first.PhoneNumberId);
  await conflict(new DisassociateOriginationIdentityCommand(member), 'LAST_PHONE_NUMBER', 'pool',
      pool.PoolId);
  await conflict(new DeletePoolCommand({PoolId: pool.PoolId}), 'DELETION_PROTECTION_ENABLED',
      'pool', pool.PoolId);

  const promotional = await requestNumber({MessageType: 'PROMOTIONAL'});
  await conflict(new AssociateOriginationIdentityCommand({...member,
    OriginationIdentity: promotional.PhoneNumberId}), 'MESSAGE_TYPE_MISMATCH', 'phone-number',
  promotional.PhoneNumberId);
  await conflict(new DisassociateOriginationIdentityCommand({...member,
    OriginationIdentity: promotional.PhoneNumberId}), 'PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL',
  'phone-number', promotional.PhoneNumberId);
  await sms.send(new CreateOptOutListCommand({OptOutListName: 'pool-list'}));
  await sms.send(new UpdatePoolCommand({PoolId: pool.PoolId, OptOutListName: 'pool-list'}));
  await conflict(new DeleteOptOutListCommand({OptOutListName: 'pool-list'}),
      'RESOURCE_DELETION_NOT_ALLOWED', 'opt-out-list', 'pool-list');
  const second = await requestNumber({OptOutListName: 'Default'});
  await conflict(new AssociateOriginationIdentityCommand({...member,
    OriginationIdentity: second.PhoneNumberId}), 'OPT_OUT_LIST_MISMATCH', 'phone-number',
  second.PhoneNumberId);

  // Once a second number joins, the first may leave, be released, and the pool be deleted.
  await sms.send(new UpdatePhoneNumberCommand(
      {PhoneNumberId: second.PhoneNumberId, OptOutListName: 'pool-list'}));
  await sms.send(new AssociateOriginationIdentityCommand({...member,
    OriginationIdentity: second.PhoneNumberArn}));
  const left = await sms.send(new DisassociateOriginationIdentityCommand(member));
  assert.equal(left.OriginationIdentityArn, first.PhoneNumberArn);
  const released = await sms.send(
      new ReleasePhoneNumberCommand({PhoneNumberId: first.PhoneNumberId}));
  assert.equal(released.Status, 'DELETED');
  await sms.send(new UpdatePoolCommand({PoolId: pool.PoolId, DeletionProtectionEnabled: false}));
  const deleted = await sms.send(new DeletePoolCommand({PoolId: pool.PoolArn}));
  assert.equal(deleted.PoolId, pool.PoolId);
});

test('a number with deletion protection cannot be released until it is turned off', async () => {
  const {sms, requestNumber} = freshAccount();
  const number = await requestNumber({DeletionProtectionEnabled: true});
  const error = await rejects(sms, new ReleasePhoneNumberCommand(
      {PhoneNumberId: number.PhoneNumberId}), ConflictException);
  assert.equal(error.Reason, 'DELETION_PROTECTION_ENABLED');
  assert.equal(error.ResourceId, number.PhoneNumberId);
  await sms.send(new UpdatePhoneNumberCommand(
      {PhoneNumberId: number.PhoneNumberId, DeletionProtectionEnabled: false}));
  const released = await sms.send(new ReleasePhoneNumberCommand(
      {PhoneNumberId: number.PhoneNumberArn}));
  assert.equal(released.Status, 'DELETED');
});

test('unknown identities are ResourceNotFoundException with their type and id', async () => {
  const {sms} = freshAccount();
  for (const [command, resourceType, resourceId] of [
    [textTo(HANDSET, {OriginationIdentity: UNKNOWN_POOL_ID}), 'pool', UNKNOWN_POOL_ID],
    [textTo(HANDSET, {OriginationIdentity: '+12065550199'}), 'phone-number', '+12065550199'],
    [textTo(HANDSET, {OriginationIdentity: UNKNOWN_PHONE_NUMBER_ID}), 'phone-number',
      UNKNOWN_PHONE_NUMBER_ID],
    [new UpdatePoolCommand({PoolId: UNKNOWN_POOL_ID, TwoWayEnabled: false}), 'pool',
      UNKNOWN_POOL_ID],
    [new CreatePoolCommand({OriginationIdentity: UNKNOWN_PHONE_NUMBER_ID, IsoCountryCode: 'US',
      MessageType: 'TRANSACTIONAL'}), 'phone-number', UNKNOWN_PHONE_NUMBER_ID],
  ]) {
    const error = await rejects(sms, command, ResourceNotFoundException);
    assert.equal(error.ResourceType, resourceType);
    assert.equal(error.ResourceId, resourceId);
  }
});

test('without an origination identity smsim picks a number, or refuses when there is none',
    async () => {
      const {sms, requestNumber, sent} = freshAccount();
      const error = await rejects(sms, textTo(HANDSET), ConflictException);
      assert.equal(error.Reason, 'NO_ORIGINATION_IDENTITIES_FOUND');
      const number = await requestNumber();
      const {MessageId} = await sms.send(textTo(HANDSET));
      const [message] = await sent();
      assert.equal(message.messageId, MessageId);
      assert.equal(message.originationNumber, number.PhoneNumber);
    });

test('simulator numbers reach only the simulator destinations', async () => {
  const {sms, requestNumber, sent} = freshAccount();
  let error = await rejects(sms, new RequestPhoneNumberCommand({IsoCountryCode: 'US',
    MessageType: 'PROMOTIONAL', NumberCapabilities: ['SMS'], NumberType: 'SIMULATOR'}),
  ValidationException);
  assert.equal(error.Reason, 'INVALID_PARAMETER');
  const simulator = await requestNumber({NumberType: 'SIMULATOR'});
  error = await rejects(sms, textTo(HANDSET, {OriginationIdentity: simulator.PhoneNumberId}),
      ValidationException);
  assert.equal(error.Reason, 'INVALID_PARAMETER');
  assert.deepEqual(await sent(), []);

  for (const [destination, status] of [[SIMULATOR_DELIVERED, 'DELIVERED'],
    [SIMULATOR_FAILED, 'FAILED']]) {
    const {MessageId} = await sms.send(textTo(destination,
        {OriginationIdentity: simulator.PhoneNumberArn}));
    const [message] = await sent({destination});
    assert.equal(message.messageId, MessageId);
    assert.equal(message.status, status);
  }
});
