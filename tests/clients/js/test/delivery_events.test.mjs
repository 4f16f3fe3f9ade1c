// The AWS SDK for JavaScript v3 and delivery events: a configuration set with an SNS event
// destination, a real HTTP receiver subscribed on the topic through smsim's control API, sends to
// AWS's success and failure simulator numbers and to a number whose outcome a scenario scripts,
// a clock advance instead of a wait, and every record checked against AWS's documented example
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html)
// field by field. Its own account (36...) and numbers, as the files node runs next to it share
// the server.
import assert from 'node:assert/strict';
import http from 'node:http';
import {test} from 'node:test';

import {
  CreateConfigurationSetCommand,
  CreateEventDestinationCommand,
  RequestPhoneNumberCommand,
  SendTextMessageCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

import {advanceClock, call, REGION, smsClient} from './smsim_control.mjs';

const ACCOUNT = '363333333333';
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:js-receipts`;
const SUCCESS = '+14254147755';
const FAILURE = '+14254147167';
const SCRIPTED = '+12065550138';
const DOCUMENTED_FIELDS = [
  'eventType', 'eventVersion', 'eventTimestamp', 'isFinal', 'originationPhoneNumber',
  'destinationPhoneNumber', 'isoCountryCode', 'isInternationalSend', 'mcc', 'messageId',
  'messageRequestTimestamp', 'messageEncoding', 'messageType', 'messageStatus',
  'messageStatusDescription', 'context', 'totalMessageParts', 'totalMessagePrice',
  'totalCarrierFee',
];

// Collects the records inside the sns-http envelopes posted to it.
async function startReceiver() {
  const records = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => body += chunk);
    request.on('end', () => {
      records.push(JSON.parse(JSON.parse(body).Message));
      response.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {records, server, url: `http://127.0.0.1:${server.address().port}/sns`};
}

async function waitForRecords(records, count) {
  const deadline = Date.now() + 20000;
  while (records.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(records.length, count);
  return records;
}

function assertDocumentedRecord(record, {messageId, origination}) {
  assert.deepEqual(Object.keys(record), DOCUMENTED_FIELDS);
  assert.equal(record.eventVersion, '1.0');
  assert.ok(Number.isInteger(record.eventTimestamp));
  assert.ok(record.eventTimestamp >= record.messageRequestTimestamp);
  assert.equal(record.isFinal, !['TEXT_QUEUED', 'TEXT_PENDING'].includes(record.eventType));
  assert.equal(record.originationPhoneNumber, origination);
  assert.equal(record.isoCountryCode, 'US');
  assert.equal(record.isInternationalSend, false);
  assert.equal(record.mcc, '310');
  assert.equal(record.messageId, messageId);
  assert.ok(Number.isInteger(record.messageRequestTimestamp));
  assert.equal(record.messageEncoding, 'GSM');
  assert.equal(record.messageType, 'TRANSACTIONAL');
  assert.equal(record.messageStatus, record.eventType.replace(/^TEXT_/, ''));
  assert.ok(record.messageStatusDescription.length > 0);
  assert.deepEqual(record.context, {ticket: 'T-7'});
  assert.equal(record.totalMessageParts, 1);
  assert.equal(typeof record.totalMessagePrice, 'number');
  assert.equal(typeof record.totalCarrierFee, 'number');
}

test('success, failure and scripted sends deliver documented records to an SNS subscriber',
    async () => {
      const loaded = await call('POST', '/_smsim/scenarios', {
        name: 'js-delivery-outcome',
        seed: {outcomes: [{destination: SCRIPTED, events: [
          {type: 'TEXT_QUEUED'}, {type: 'TEXT_PENDING', after: 30},
          {type: 'TEXT_SPAM', after: 90},
        ]}]},
      });
      assert.equal(loaded.status, 201, JSON.stringify(loaded.body));
      const receiver = await startReceiver();
      try {
        const sms = smsClient(ACCOUNT);
        await sms.send(new CreateConfigurationSetCommand({ConfigurationSetName: 'receipts'}));
        await sms.send(new CreateEventDestinationCommand({
          ConfigurationSetName: 'receipts', EventDestinationName: 'to-sns',
          MatchingEventTypes: ['ALL'], SnsDestination: {TopicArn: TOPIC_ARN},
        }));
        const subscribed = await call('POST', '/_smsim/subscriptions',
            {channelArn: TOPIC_ARN, endpoint: receiver.url, format: 'sns-http'});
        assert.equal(subscribed.status, 201);
        const number = async (NumberType) => (await sms.send(new RequestPhoneNumberCommand({
          IsoCountryCode: 'US', MessageType: 'TRANSACTIONAL', NumberCapabilities: ['SMS'],
          NumberType,
        }))).PhoneNumber;
        const simulator = await number('SIMULATOR');
        const longCode = await number('LONG_CODE');
        const send = async (origination, destination) => (await sms.send(
            new SendTextMessageCommand({
              DestinationPhoneNumber: destination, OriginationIdentity: origination,
              MessageBody: 'Your ticket is ready', ConfigurationSetName: 'receipts',
              Context: {ticket: 'T-7'},
            }))).MessageId;
        const sent = new Map([
          [await send(simulator, SUCCESS), [simulator, ['TEXT_QUEUED', 'TEXT_SUCCESSFUL']]],
          [await send(simulator, FAILURE),
            [simulator, ['TEXT_QUEUED', 'TEXT_CARRIER_UNREACHABLE']]],
          [await send(longCode, SCRIPTED),
            [longCode, ['TEXT_QUEUED', 'TEXT_PENDING', 'TEXT_SPAM']]],
        ]);

        await waitForRecords(receiver.records, 5);
        await advanceClock(90);
        const records = await waitForRecords(receiver.records, 7);
        for (const [messageId, [origination, types]] of sent) {
          const mine = records.filter((record) => record.messageId === messageId);
          assert.deepEqual(mine.map((record) => record.eventType), types);
          for (const record of mine) assertDocumentedRecord(record, {messageId, origination});
        }
        const spam = records.find((record) => record.eventType === 'TEXT_SPAM');
        assert.equal(spam.eventTimestamp - spam.messageRequestTimestamp, 90000);
      } finally {
        receiver.server.close();
        await call('DELETE', '/_smsim/scenarios/js-delivery-outcome');
      }
    });
