// The AWS SDK for JavaScript v3 with smsim's monthly spend limits: the three limits described, a
// media override above MaxLimit refused with the typed ValidationException, a 1 USD text limit
// that a ten-part text to New Zealand (1.18 USD at smsim's prices) would pass, refused with the
// typed ServiceQuotaExceededException, and MaxPrice. Its own account (37…); no reset, no clock
// moves. Another file moves the shared clock a month on, which starts the month's spend again,
// so the limit is passed by one message, not by a series.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  DeleteMediaMessageSpendLimitOverrideCommand,
  DescribeSpendLimitsCommand,
  RequestPhoneNumberCommand,
  SendTextMessageCommand,
  ServiceQuotaExceededException,
  SetMediaMessageSpendLimitOverrideCommand,
  SetTextMessageSpendLimitOverrideCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {rejects, smsClient} from './smsim_control.mjs';

const ACCOUNT = '370000000051';
const NEW_ZEALAND = '+64211234567';

test('spend limits bound overrides and stop texts that would pass them', async () => {
  const sms = smsClient(ACCOUNT);
  const {SpendLimits} = await sms.send(new DescribeSpendLimitsCommand({}));
  assert.deepEqual(SpendLimits.map((limit) => [limit.Name, limit.MaxLimit, limit.Overridden]), [
    ['TEXT_MESSAGE_MONTHLY_SPEND_LIMIT', 10000, false],
    ['VOICE_MESSAGE_MONTHLY_SPEND_LIMIT', 10000, false],
    ['MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT', 10000, false],
  ]);
  const tooHigh = await rejects(sms, new SetMediaMessageSpendLimitOverrideCommand({
    MonthlyLimit: 20000,
  }), ValidationException);
  assert.equal(tooHigh.Reason, 'REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT');
  assert.equal((await sms.send(new SetMediaMessageSpendLimitOverrideCommand({
    MonthlyLimit: 5,
  }))).MonthlyLimit, 5);
  assert.equal((await sms.send(new DeleteMediaMessageSpendLimitOverrideCommand({})))
      .MonthlyLimit, 10000);

  const number = await sms.send(new RequestPhoneNumberCommand({
    IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'],
    NumberType: 'LONG_CODE', InternationalSendingEnabled: true,
  }));
  const text = (extra = {}) => new SendTextMessageCommand({
    DestinationPhoneNumber: NEW_ZEALAND, OriginationIdentity: number.PhoneNumberId,
    MessageBody: 'hi', ...extra,
  });
  const dear = await rejects(sms, text({MaxPrice: '0.1'}), ValidationException);
  assert.equal(dear.Reason, 'PRICE_OVER_THRESHOLD');
  await sms.send(new SetTextMessageSpendLimitOverrideCommand({MonthlyLimit: 1}));
  const reached = await rejects(sms, text({MessageBody: 'a'.repeat(1500)}),
      ServiceQuotaExceededException);
  assert.equal(reached.Reason, 'MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT');
  assert.equal((await sms.send(text())).MessageId.length, 36);  // one part, 0.118 USD, fits
});
