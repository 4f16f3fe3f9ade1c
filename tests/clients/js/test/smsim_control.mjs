// The running smsim's address, its control API (/_smsim) and what every JavaScript client test
// needs around the SDK: a client for an account and a check of typed errors.
// Started by tests/clients/run_with_smsim.py, which sets SMSIM_URL.
import assert from 'node:assert/strict';

import {
  PinpointSMSVoiceV2Client,
  PinpointSMSVoiceV2ServiceException,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';

export const REGION = 'us-east-1';
export const URL = process.env.SMSIM_URL ?? '';
if (!URL) {
  throw new Error('SMSIM_URL is not set; run this test through tests/clients/run_with_smsim.py');
}

export const THIRTY_DAYS_IN_SECONDS = 30 * 24 * 3600;

export async function call(method, path, body) {
  const response = await fetch(URL + path, {
    method,
    headers: {'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {status: response.status, body: await response.json()};
}

export async function advanceClock(seconds) {
  const {status, body} = await call('POST', '/_smsim/clock', {advanceSeconds: seconds});
  if (status !== 200) throw new Error(`advancing the clock failed: ${JSON.stringify(body)}`);
  return body;
}

// The AWS calls smsim received, oldest first.
export async function journal(operation) {
  const query = new URLSearchParams({api: 'aws', ...(operation ? {operation} : {})});
  const {status, body} = await call('GET', `/_smsim/requests?${query}`);
  if (status !== 200) throw new Error(`reading the journal failed: ${JSON.stringify(body)}`);
  return body.requests;
}

// The messages smsim sent, oldest first (filters: destination, origination, since).
export async function outbox(filters = {}) {
  const query = new URLSearchParams(filters).toString();
  const {status, body} = await call('GET', `/_smsim/messages${query ? `?${query}` : ''}`);
  if (status !== 200) throw new Error(`reading the outbox failed: ${JSON.stringify(body)}`);
  return body.messages;
}

// A client whose 12-digit access key id is the account smsim files its requests under.
export function smsClient(account, {region = REGION, endpoint = URL} = {}) {
  return new PinpointSMSVoiceV2Client({
    region,
    ...(endpoint ? {endpoint} : {}),
    credentials: {accessKeyId: account, secretAccessKey: 'not-checked'},
    maxAttempts: 1,
  });
}

// Runs `command`, expects it to throw `errorClass`, checks what every modeled error carries and
// returns the error for its members.
export async function rejects(client, command, errorClass) {
  try {
    await client.send(command);
  } catch (error) {
    assert.ok(error instanceof errorClass,
        `expected ${errorClass.name}, got ${error.name}: ${error}`);
    assert.ok(error instanceof PinpointSMSVoiceV2ServiceException);
    assert.equal(error.name, errorClass.name);
    assert.equal(error.$fault, 'client');
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.ok(error.$metadata.requestId);
    assert.equal(typeof error.message, 'string');
    return error;
  }
  assert.fail(`${command.constructor.name} succeeded; expected ${errorClass.name}`);
}
