// The AWS SDK for JavaScript v3's SNS client with topics: a real HTTP subscriber (node:http)
// confirms through its SubscribeURL and receives notifications whose signature node:crypto
// verifies the way AWS's guide says (https://docs.aws.amazon.com/sns/latest/dg/
// sns-verify-signature-of-message.html); PublishBatch reports each entry; SNS's typed errors for
// a topic that is not the caller's. Accounts 35xxxxxxxxxx, one per test.
import assert from 'node:assert/strict';
import {createVerify} from 'node:crypto';
import {createServer} from 'node:http';
import {test} from 'node:test';

import {
  AuthorizationErrorException,
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  NotFoundException,
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
  SNSServiceException,
  SubscribeCommand,
} from '@aws-sdk/client-sns';

import {REGION, URL} from './smsim_control.mjs';

let nextAccount = 350000000001;

function snsClient(account) {
  return new SNSClient({
    region: REGION,
    endpoint: URL,
    credentials: {accessKeyId: account, secretAccessKey: 'not-checked'},
    maxAttempts: 1,
  });
}

// An HTTP endpoint that records SNS's POSTs and visits a SubscriptionConfirmation's SubscribeURL.
async function startReceiver() {
  const received = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', async () => {
      received.push({type: request.headers['x-amz-sns-message-type'], body});
      if (request.headers['x-amz-sns-message-type'] === 'SubscriptionConfirmation') {
        await fetch(JSON.parse(body).SubscribeURL);
      }
      response.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const waitFor = async (type, count) => {
    for (let i = 0; i < 600; i++) {
      const matching = received.filter((m) => m.type === type);
      if (matching.length >= count) return matching.map((m) => JSON.parse(m.body));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${type} arrived: ${JSON.stringify(received)}`);
  };
  return {url: `http://127.0.0.1:${server.address().port}/sns`, waitFor, close: () => server.close()};
}

async function rejects(client, command, errorClass, status) {
  await assert.rejects(client.send(command), (error) => {
    assert.ok(error instanceof errorClass, `expected ${errorClass.name}, got ${error.name}`);
    assert.ok(error instanceof SNSServiceException);
    assert.equal(error.$metadata.httpStatusCode, status);
    return true;
  });
}

async function verifySignature(message) {
  const fields = message.Type === 'Notification' ?
    ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] :
    ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  const text = fields.filter((f) => f in message).map((f) => `${f}\n${message[f]}\n`).join('');
  const certificate = await (await fetch(message.SigningCertURL)).text();
  const verifier = createVerify(message.SignatureVersion === '2' ? 'RSA-SHA256' : 'RSA-SHA1');
  verifier.update(text);
  assert.ok(verifier.verify(certificate, message.Signature, 'base64'), 'signature verifies');
}

test('an http subscriber confirms through SubscribeURL and gets signed notifications', async () => {
  const sns = snsClient(String(nextAccount++));
  const receiver = await startReceiver();
  try {
    const {TopicArn} = await sns.send(new CreateTopicCommand({Name: 'js-events'}));
    const pending = await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'http', Endpoint: receiver.url,
    }));
    assert.equal(pending.SubscriptionArn, 'pending confirmation');
    const [confirmation] = await receiver.waitFor('SubscriptionConfirmation', 1);
    await verifySignature(confirmation);
    let listed;
    for (let i = 0; i < 200; i++) {
      listed = await sns.send(new ListSubscriptionsByTopicCommand({TopicArn}));
      if (listed.Subscriptions[0].SubscriptionArn !== 'PendingConfirmation') break;
    }
    assert.ok(listed.Subscriptions[0].SubscriptionArn.startsWith(`${TopicArn}:`));

    const {MessageId} = await sns.send(new PublishCommand({
      TopicArn, Message: 'hello', Subject: 'Hi',
      MessageAttributes: {kind: {DataType: 'String', StringValue: 'order'}},
    }));
    const [notification] = await receiver.waitFor('Notification', 1);
    await verifySignature(notification);
    assert.equal(notification.MessageId, MessageId);
    assert.deepEqual(notification.MessageAttributes, {kind: {Type: 'String', Value: 'order'}});
  } finally {
    receiver.close();
  }
});

test('PublishBatch answers each entry, and topics of others get SNS errors', async () => {
  const account = String(nextAccount++);
  const sns = snsClient(account);
  const {TopicArn} = await sns.send(new CreateTopicCommand({Name: 'js-batch'}));
  const batch = await sns.send(new PublishBatchCommand({TopicArn, PublishBatchRequestEntries: [
    {Id: 'one', Message: 'first'},
    {Id: 'two', Message: 'second', Subject: 'a\nb'},
  ]}));
  assert.deepEqual(batch.Successful.map((s) => s.Id), ['one']);
  assert.deepEqual(batch.Failed.map((f) => [f.Id, f.Code, f.SenderFault]),
      [['two', 'InvalidParameter', true]]);
  await rejects(snsClient(String(nextAccount++)),
      new PublishCommand({TopicArn, Message: 'x'}), AuthorizationErrorException, 403);
  await rejects(sns, new PublishCommand({TopicArn: `${TopicArn}-gone`, Message: 'x'}),
      NotFoundException, 404);
});
