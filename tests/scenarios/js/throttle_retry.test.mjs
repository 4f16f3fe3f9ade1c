// The AWS SDK for JavaScript v3 in standard retry mode recovers from the throttles and the reset
// scripted in ../sdk-retry.yaml, and smsim's journal shows every attempt. The SDK comes from the
// npm package of tests/clients/js (installed by `.ci/install-deps --test`).
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {journal, sdk, smsClient} from './smsim.mjs';

const {DescribeOptOutListsCommand, PutOptedOutNumberCommand, ThrottlingException} = sdk;

test('standard retries recover from a scripted throttle', async () => {
  const output = await smsClient('220000000001', 3).send(
      new PutOptedOutNumberCommand({OptOutListName: 'Default', OptedOutNumber: '+14155550100'}));
  assert.equal(output.OptedOutNumber, '+14155550100');
  assert.equal(output.$metadata.attempts, 3);
  const attempts = await journal('PutOptedOutNumber', '220000000001');
  assert.deepEqual(attempts.map((a) => [a.status, a.errorType, a.rule]), [
    [400, 'ThrottlingException', 'sdk-retry/js-first-two-puts'],
    [400, 'ThrottlingException', 'sdk-retry/js-first-two-puts'],
    [200, null, null],
  ]);
});

test('standard retries ride out a rate limit', async () => {
  const sms = smsClient('220000000002', 10);
  for (let n = 0; n < 6; n++) {
    await sms.send(new PutOptedOutNumberCommand(
        {OptOutListName: 'Default', OptedOutNumber: `+1415555${String(n).padStart(4, '0')}`}));
  }
  const attempts = await journal('PutOptedOutNumber', '220000000002');
  assert.equal(attempts.filter((a) => a.status === 200).length, 6);
  const throttled = attempts.filter((a) => a.status === 400);
  assert.ok(throttled.length >= 1, 'six calls in a row against two per second run the bucket dry');
  assert.ok(throttled.every((a) => a.rule === 'sdk-retry/js-two-per-second'));
});

test('standard retries recover from a connection reset', async () => {
  const output = await smsClient('220000000003', 3).send(new DescribeOptOutListsCommand({}));
  assert.equal(output.OptOutLists[0].OptOutListName, 'Default');
  assert.equal(output.$metadata.attempts, 2);
  const attempts = await journal('DescribeOptOutLists', '220000000003');
  assert.deepEqual(attempts.map((a) => a.errorType), ['connectionReset', null]);
});

test('a throttle without retries reaches the caller typed', async () => {
  const sms = smsClient('220000000002', 1);
  let caught;
  for (let n = 0; n < 20 && !caught; n++) {
    try {
      await sms.send(new PutOptedOutNumberCommand(
          {OptOutListName: 'Default', OptedOutNumber: '+14155559999'}));
    } catch (error) {
      caught = error;
    }
  }
  assert.ok(caught instanceof ThrottlingException, `expected ThrottlingException, got ${caught}`);
  assert.equal(caught.$metadata.httpStatusCode, 400);
  assert.equal(caught.message, 'Rate exceeded');
});
