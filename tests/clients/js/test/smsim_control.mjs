// The running smsim's address and its control API (/_smsim), for the JavaScript client tests.
// Started by tests/clients/run_with_smsim.py, which sets SMSIM_URL.
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
