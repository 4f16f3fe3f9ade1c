// The AWS SDK for JavaScript v3 against an account in smsim's SMS sandbox: ACCOUNT_TIER SANDBOX, a
// send to an unverified number refused with the SDK's typed ConflictException
// (DESTINATION_PHONE_NUMBER_NOT_VERIFIED), a number verified with the code from the outbox, a
// send to it, and the list of verified numbers paged. Its own accounts (37…), seeded into the
// sandbox by a scenario, so it shares nothing with the files node runs next to it.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/verify-destination-phone-number.html
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  ConflictException,
  CreateVerifiedDestinationNumberCommand,
  DeleteVerifiedDestinationNumberCommand,
  DescribeAccountAttributesCommand,
  DescribeVerifiedDestinationNumbersCommand,
  RequestPhoneNumberCommand,
  SendDestinationNumberVerificationCodeCommand,
  SendTextMessageCommand,
  ValidationException,
  VerifyDestinationNumberCommand,
  paginateDescribeVerifiedDestinationNumbers,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {call, outbox, rejects, smsClient} from './smsim_control.mjs';

const ACCOUNT = '370000000021';
const HANDSET = '+14155550371';
const OTHER_HANDSET = '+14155550372';

async function enterSandbox(account) {
  const {status, body} = await call('POST', '/_smsim/scenarios', {
    name: `sandbox-${account}`, seed: {aws: {account, accountTier: 'sandbox'}},
  });
  assert.equal(status, 201, JSON.stringify(body));
}

test('the sandbox texts only a number verified with the code it was sent', async () => {
  await enterSandbox(ACCOUNT);
  const sms = smsClient(ACCOUNT);
  const {AccountAttributes} = await sms.send(new DescribeAccountAttributesCommand({}));
  assert.deepEqual(AccountAttributes, [{Name: 'ACCOUNT_TIER', Value: 'SANDBOX'}]);

  const number = await sms.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'],
    NumberType: 'LONG_CODE',
  }));
  const text = (destination) => new SendTextMessageCommand({
    DestinationPhoneNumber: destination, OriginationIdentity: number.PhoneNumberId,
    MessageBody: 'hi',
  });
  const refused = await rejects(sms, text(HANDSET), ConflictException);
  assert.equal(refused.Reason, 'DESTINATION_PHONE_NUMBER_NOT_VERIFIED');

  const created = await sms.send(new CreateVerifiedDestinationNumberCommand({
    DestinationPhoneNumber: HANDSET,
  }));
  assert.equal(created.Status, 'PENDING');
  assert.ok(created.CreatedTimestamp instanceof Date);
  const id = created.VerifiedDestinationNumberId;
  await sms.send(new SendDestinationNumberVerificationCodeCommand({
    VerifiedDestinationNumberId: id, VerificationChannel: 'TEXT',
  }));
  const wrong = await rejects(sms, new VerifyDestinationNumberCommand({
    VerifiedDestinationNumberId: id, VerificationCode: 'nope',
  }), ValidationException);
  assert.equal(wrong.Reason, 'VERIFICATION_CODE_MISMATCH');
  const code = (await outbox({destination: HANDSET})).at(-1).messageBody.split(' ').at(-1);
  const verified = await sms.send(new VerifyDestinationNumberCommand({
    VerifiedDestinationNumberId: id, VerificationCode: code,
  }));
  assert.equal(verified.Status, 'VERIFIED');

  assert.equal((await sms.send(text(HANDSET))).MessageId.length, 36);
  const other = await rejects(sms, text(OTHER_HANDSET), ConflictException);
  assert.equal(other.Reason, 'DESTINATION_PHONE_NUMBER_NOT_VERIFIED');

  await sms.send(new CreateVerifiedDestinationNumberCommand({
    DestinationPhoneNumber: OTHER_HANDSET,
  }));
  const listed = [];
  for await (const page of paginateDescribeVerifiedDestinationNumbers(
      {client: sms, pageSize: 1}, {})) {
    listed.push(...page.VerifiedDestinationNumbers.map((n) => n.DestinationPhoneNumber));
  }
  assert.deepEqual(listed.sort(), [HANDSET, OTHER_HANDSET]);
  const {VerifiedDestinationNumbers: verifiedOnly} = await sms.send(
      new DescribeVerifiedDestinationNumbersCommand({
        Filters: [{Name: 'status', Values: ['VERIFIED']}],
      }));
  assert.deepEqual(verifiedOnly.map((n) => n.DestinationPhoneNumber), [HANDSET]);
  const deleted = await sms.send(new DeleteVerifiedDestinationNumberCommand({
    VerifiedDestinationNumberId: id,
  }));
  assert.equal(deleted.DestinationPhoneNumber, HANDSET);
  await rejects(sms, text(HANDSET), ConflictException);
});
