// The AWS SDK for JavaScript v3 (@aws-sdk/client-pinpoint-sms-voice-v2) against a running smsim:
// opt-out lists, numbers, paginators, tags and every error as the SDK's typed exception class.
// Each test works in an account of its own (a 12-digit access key id), so tests never share state.
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {test} from 'node:test';

import {
  ConflictException,
  CreateOptOutListCommand,
  DeleteOptedOutNumberCommand,
  DeleteOptOutListCommand,
  DescribeOptedOutNumbersCommand,
  DescribeOptOutListsCommand,
  ListTagsForResourceCommand,
  paginateDescribeOptedOutNumbers,
  paginateDescribeOptOutLists,
  PutOptedOutNumberCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
  ValidationException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {
  advanceClock,
  journal,
  REGION,
  rejects,
  smsClient,
  THIRTY_DAYS_IN_SECONDS,
  URL,
} from './smsim_control.mjs';

const sdkVersion = createRequire(import.meta.url)(
    '@aws-sdk/client-pinpoint-sms-voice-v2/package.json').version;
console.error(`node ${process.version}, @aws-sdk/client-pinpoint-sms-voice-v2 ${sdkVersion}`);

let nextAccount = 300000000001;
const freshAccount = () => String(nextAccount++);

const numbersOf = (output) => output.OptedOutNumbers.map((entry) => entry.OptedOutNumber);
const sorted = (values) => [...values].sort();

test('creates, tags, describes and deletes a list', async () => {
  const account = freshAccount();
  const sms = smsClient(account);
  const arn = `arn:aws:sms-voice:${REGION}:${account}:opt-out-list/marketing`;
  const created = await sms.send(new CreateOptOutListCommand(
      {OptOutListName: 'marketing', Tags: [{Key: 'team', Value: 'growth'}]}));
  assert.equal(created.OptOutListArn, arn);
  assert.deepEqual(created.Tags, [{Key: 'team', Value: 'growth'}]);
  assert.ok(created.CreatedTimestamp instanceof Date);

  await sms.send(new TagResourceCommand({ResourceArn: arn, Tags: [{Key: 'stage', Value: 'test'}]}));
  await sms.send(new UntagResourceCommand({ResourceArn: arn, TagKeys: ['team']}));
  const tags = await sms.send(new ListTagsForResourceCommand({ResourceArn: arn}));
  assert.deepEqual(tags.Tags, [{Key: 'stage', Value: 'test'}]);

  const described = await sms.send(new DescribeOptOutListsCommand({OptOutListNames: ['marketing']}));
  assert.deepEqual(described.OptOutLists.map((list) => list.OptOutListName), ['marketing']);
  const deleted = await sms.send(new DeleteOptOutListCommand({OptOutListName: arn}));
  assert.equal(deleted.OptOutListName, 'marketing');
  const remaining = await sms.send(new DescribeOptOutListsCommand({}));
  assert.deepEqual(remaining.OptOutLists.map((list) => list.OptOutListName), ['Default']);
});

test('paginates lists with the SDK paginator', async () => {
  const sms = smsClient(freshAccount());
  for (let index = 0; index < 5; ++index) {
    await sms.send(new CreateOptOutListCommand({OptOutListName: `list-${index}`}));
  }
  const names = [];
  let pages = 0;
  for await (const page of paginateDescribeOptOutLists({client: sms, pageSize: 2}, {})) {
    ++pages;
    names.push(...page.OptOutLists.map((list) => list.OptOutListName));
  }
  assert.equal(pages, 3);
  assert.deepEqual(sorted(names), ['Default', 'list-0', 'list-1', 'list-2', 'list-3', 'list-4']);
});

test('puts, describes across pages, filters and deletes numbers', async () => {
  const sms = smsClient(freshAccount());
  const numbers = [0, 1, 2, 3, 4, 5, 6].map((digit) => `+1415555030${digit}`);
  for (const number of numbers) {
    const put = await sms.send(
        new PutOptedOutNumberCommand({OptOutListName: 'Default', OptedOutNumber: number}));
    assert.equal(put.OptedOutNumber, number);
    assert.equal(put.EndUserOptedOut, false);
    assert.ok(put.OptedOutTimestamp instanceof Date);
  }

  // By hand: MaxResults and NextToken.
  const seen = [];
  let input = {OptOutListName: 'Default', MaxResults: 3};
  let pages = 0;
  for (;;) {
    const page = await sms.send(new DescribeOptedOutNumbersCommand(input));
    ++pages;
    seen.push(...numbersOf(page));
    if (!page.NextToken) break;
    input = {...input, NextToken: page.NextToken};
  }
  assert.equal(pages, 3);
  assert.deepEqual(sorted(seen), numbers);

  // With the SDK's paginator.
  const paged = [];
  pages = 0;
  for await (const page of paginateDescribeOptedOutNumbers({client: sms, pageSize: 2},
                                                           {OptOutListName: 'Default'})) {
    ++pages;
    paged.push(...numbersOf(page));
  }
  assert.equal(pages, 4);
  assert.deepEqual(sorted(paged), numbers);

  const byEndUser = await sms.send(new DescribeOptedOutNumbersCommand({
    OptOutListName: 'Default',
    Filters: [{Name: 'end-user-opted-out', Values: ['true']}],
  }));
  assert.deepEqual(byEndUser.OptedOutNumbers, []);
  const bySender = await sms.send(new DescribeOptedOutNumbersCommand({
    OptOutListName: 'Default',
    Filters: [{Name: 'end-user-opted-out', Values: ['false']}],
  }));
  assert.deepEqual(sorted(numbersOf(bySender)), numbers);
  const subset = await sms.send(new DescribeOptedOutNumbersCommand(
      {OptOutListName: 'Default', OptedOutNumbers: numbers.slice(0, 2)}));
  assert.deepEqual(sorted(numbersOf(subset)), numbers.slice(0, 2));

  await sms.send(new DeleteOptedOutNumberCommand({OptOutListName: 'Default', OptedOutNumber: numbers[0]}));
  const remaining = await sms.send(new DescribeOptedOutNumbersCommand({OptOutListName: 'Default'}));
  assert.deepEqual(sorted(numbersOf(remaining)), numbers.slice(1));
});

test('a pattern failure is a ValidationException with Reason and Fields', async () => {
  const sms = smsClient(freshAccount());
  const error = await rejects(sms, new PutOptedOutNumberCommand(
      {OptOutListName: 'Default', OptedOutNumber: '+0123'}), ValidationException);
  assert.equal(error.Reason, 'FIELD_VALIDATION_FAILED');
  assert.equal(error.message,
      "1 validation error detected: Value '+0123' at 'optedOutNumber' failed to satisfy " +
      'constraint: Member must satisfy regular expression pattern: \\+?[1-9][0-9]{1,18}');
  assert.deepEqual(error.Fields, [{
    Name: 'optedOutNumber',
    Message: 'Member must satisfy regular expression pattern: \\+?[1-9][0-9]{1,18}',
  }]);
});

test('a missing member is a ValidationException MISSING_PARAMETER (the SDK does not validate)',
    async () => {
      const sms = smsClient(freshAccount());
      const error = await rejects(sms, new PutOptedOutNumberCommand({OptOutListName: 'Default'}),
          ValidationException);
      assert.equal(error.Reason, 'MISSING_PARAMETER');
      assert.deepEqual(error.Fields, [{Name: 'optedOutNumber', Message: 'Member must not be null'}]);
    });

test('a duplicate list is a ConflictException with its resource', async () => {
  const sms = smsClient(freshAccount());
  await sms.send(new CreateOptOutListCommand({OptOutListName: 'marketing'}));
  const error = await rejects(sms, new CreateOptOutListCommand({OptOutListName: 'marketing'}),
      ConflictException);
  assert.equal(error.Reason, 'RESOURCE_ALREADY_EXISTS');
  assert.equal(error.ResourceType, 'opt-out-list');
  assert.equal(error.ResourceId, 'marketing');
});

test('missing resources are ResourceNotFoundException with their type and id', async () => {
  const sms = smsClient(freshAccount());
  let error = await rejects(sms, new PutOptedOutNumberCommand(
      {OptOutListName: 'nope', OptedOutNumber: '+14155550100'}), ResourceNotFoundException);
  assert.equal(error.ResourceType, 'opt-out-list');
  assert.equal(error.ResourceId, 'nope');
  error = await rejects(sms, new DeleteOptedOutNumberCommand(
      {OptOutListName: 'Default', OptedOutNumber: '+14155550100'}), ResourceNotFoundException);
  assert.equal(error.ResourceType, 'opted-out-number');
});

test('forged and foreign NextTokens are INVALID_NEXT_TOKEN', async () => {
  const sms = smsClient(freshAccount());
  await sms.send(new CreateOptOutListCommand({OptOutListName: 'other'}));
  for (const digit of [0, 1, 2]) {
    await sms.send(new PutOptedOutNumberCommand(
        {OptOutListName: 'Default', OptedOutNumber: `+1415555010${digit}`}));
  }
  const {NextToken} = await sms.send(
      new DescribeOptedOutNumbersCommand({OptOutListName: 'Default', MaxResults: 1}));
  assert.ok(NextToken);
  for (const input of [{OptOutListName: 'Default', NextToken: 'forged-token'},
    {OptOutListName: 'other', NextToken}]) {
    const error = await rejects(sms, new DescribeOptedOutNumbersCommand(input), ValidationException);
    assert.equal(error.Reason, 'INVALID_NEXT_TOKEN');
  }
});

test('a number can be opted in again only after 30 days (simulated clock)', async () => {
  const sms = smsClient(freshAccount());
  const number = {OptOutListName: 'Default', OptedOutNumber: '+14155550100'};
  await sms.send(new PutOptedOutNumberCommand(number));
  await sms.send(new DeleteOptedOutNumberCommand(number));
  await sms.send(new PutOptedOutNumberCommand(number));
  const error = await rejects(sms, new DeleteOptedOutNumberCommand(number), ValidationException);
  assert.equal(error.Reason, 'PHONE_NUMBER_CANNOT_BE_OPTED_IN');
  await advanceClock(THIRTY_DAYS_IN_SECONDS);
  const deleted = await sms.send(new DeleteOptedOutNumberCommand(number));
  assert.equal(deleted.OptedOutNumber, '+14155550100');
});

test('the access key id and region select the account', async () => {
  const account = freshAccount();
  const other = freshAccount();
  await smsClient(account).send(new CreateOptOutListCommand({OptOutListName: 'mine'}));
  for (const [client, owner, region] of [[smsClient(other), other, REGION],
    [smsClient(account, {region: 'eu-west-1'}), account, 'eu-west-1']]) {
    const lists = await client.send(new DescribeOptOutListsCommand({}));
    assert.deepEqual(lists.OptOutLists.map((list) => list.OptOutListArn),
        [`arn:aws:sms-voice:${region}:${owner}:opt-out-list/Default`]);
  }
});

test('finds smsim through AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2 and AWS_ENDPOINT_URL', async () => {
  for (const variable of ['AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2', 'AWS_ENDPOINT_URL']) {
    const account = freshAccount();
    process.env[variable] = URL;
    try {
      const lists = await smsClient(account, {endpoint: null}).send(new DescribeOptOutListsCommand({}));
      assert.equal(lists.OptOutLists[0].OptOutListArn,
          `arn:aws:sms-voice:${REGION}:${account}:opt-out-list/Default`, variable);
    } finally {
      delete process.env[variable];
    }
    const calls = (await journal('DescribeOptOutLists')).filter((call) => call.accountId === account);
    assert.equal(calls.length, 1, variable);
  }
});
