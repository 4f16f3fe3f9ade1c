// What the JavaScript SDK tests share: the SDK from tests/clients/js (installed by
// `.ci/install-deps --test`), a client for smsim (SMSIM_URL, set by tests/clients/run_with_smsim.py) in one
// account, and smsim's control API.
import {createRequire} from 'node:module';

const require = createRequire(new URL('../../clients/js/package.json', import.meta.url));
export const sdk = require('@aws-sdk/client-pinpoint-sms-voice-v2');

const URL_ = process.env.SMSIM_URL;

// A client in standard retry mode, whose access key id is the account smsim files its calls under.
export function smsClient(account, maxAttempts) {
  return new sdk.PinpointSMSVoiceV2Client({
    region: 'us-east-1',
    endpoint: URL_,
    credentials: {accessKeyId: account, secretAccessKey: 'not-checked'},
    retryMode: 'standard',
    maxAttempts,
  });
}

export async function control(method, path, body) {
  const response = await fetch(URL_ + path, {
    method,
    headers: {'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

// The journal's calls of one operation in one account, oldest first.
export async function journal(operation, account) {
  const {requests} = await control('GET', `/_smsim/requests?operation=${operation}`);
  return requests.filter((entry) => entry.accountId === account);
}
