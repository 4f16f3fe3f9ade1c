// The AWS SDK for JavaScript v3 meets the sequences and faults scripted in ../client-rules.yaml:
// its standard retries walk a scenario's sequence to the end, each phone number's sequence on its
// own, and a closed connection; smsim's journal shows every attempt.
import assert from 'node:assert/strict';
import {beforeEach, test} from 'node:test';

import {control, journal, sdk, smsClient} from './smsim.mjs';

const {
  DescribeOptOutListsCommand,
  DescribePhoneNumbersCommand,
  InternalServerException,
  PutOptedOutNumberCommand,
} = sdk;
const PER_NUMBER = '230000000003';
const SEQUENCE = '230000000004';
const FAULTS = '230000000005';

// Each attempt as [status, error type, rule].
async function attempts(operation, account) {
  return (await journal(operation, account)).map((e) => [e.status, e.errorType, e.rule]);
}

beforeEach(() => control('POST', '/_smsim/reset'));

test('standard retries walk a scenario-wide sequence to its end', async () => {
  const output = await smsClient(SEQUENCE, 3).send(new DescribeOptOutListsCommand({}));
  assert.equal(output.$metadata.attempts, 3);
  assert.deepEqual(await attempts('DescribeOptOutLists', SEQUENCE), [
    [503, 'ServiceUnavailableException', 'client-rules/unavailable-first'],
    [400, 'ThrottlingException', 'client-rules/then-throttled'],
    [200, null, null],
  ]);
  const {scenarios} = await control('GET', '/_smsim/scenarios');
  assert.equal(scenarios.find((s) => s.name === 'client-rules').state, 'Recovered');
});

test('each phone number walks its own sequence', async () => {
  const sms = smsClient(PER_NUMBER, 3);
  for (const number of ['+14155550100', '+14155550101']) {
    const output = await sms.send(
        new PutOptedOutNumberCommand({OptOutListName: 'Default', OptedOutNumber: number}));
    assert.equal(output.$metadata.attempts, 2);
  }
  const failed = [500, 'InternalServerException', 'client-rules/first-put-per-number-fails'];
  assert.deepEqual(await attempts('PutOptedOutNumber', PER_NUMBER),
      [failed, [200, null, null], failed, [200, null, null]]);

  await control('PUT', '/_smsim/scenarios/client-rules/state',
      {state: 'Started', phoneNumber: '+14155550100'});
  await assert.rejects(
      smsClient(PER_NUMBER, 1).send(new PutOptedOutNumberCommand(
          {OptOutListName: 'Default', OptedOutNumber: '+14155550100'})),
      (error) => error instanceof InternalServerException && error.$metadata.httpStatusCode === 500);
});

test('standard retries recover from a connection closed without an answer', async () => {
  const output = await smsClient(FAULTS, 3).send(new DescribePhoneNumbersCommand({}));
  assert.equal(output.$metadata.attempts, 2);
  assert.deepEqual(await attempts('DescribePhoneNumbers', FAULTS),
      [[0, 'emptyResponse', 'client-rules/close-once'], [200, null, null]]);
});
