// smsim-testing against a real smsim, through node:test: each helper does what it says and
// every test starts from the start state.
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";

import {
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { Smsim, SmsimError, useSmsim } from "smsim-testing";

const HANDSET = "+14155550100";
const SIMULATOR_DESTINATION = "+14254147755"; // AWS's simulator destination that is delivered

const sim = useSmsim({ before, beforeEach, after });

async function requestNumber(numberType) {
  const requested = await sim.aws("RequestPhoneNumber", {
    IsoCountryCode: "US",
    MessageType: "TRANSACTIONAL",
    NumberCapabilities: ["SMS"],
    NumberType: numberType,
  });
  return requested.PhoneNumber;
}

test("a message sent with the AWS SDK is in the outbox", async () => {
  const client = new PinpointSMSVoiceV2Client(sim.clientConfig());
  const sent = await client.send(
    new SendTextMessageCommand({
      DestinationPhoneNumber: SIMULATOR_DESTINATION,
      OriginationIdentity: await requestNumber("SIMULATOR"),
      MessageBody: "hello",
    }),
  );
  const messages = await sim.messages({ destination: SIMULATOR_DESTINATION });
  assert.deepEqual(messages.map((message) => message.messageId), [sent.MessageId]);
});

test("each test starts from an empty outbox and journal", async () => {
  assert.deepEqual(await sim.messages(), []);
  assert.deepEqual(await sim.requests({ api: "aws" }), []);
});

test("an inbound STOP opts the handset out", async () => {
  const outcome = await sim.inbound(HANDSET, await requestNumber("LONG_CODE"), "STOP");
  assert.equal(outcome.action, "OPT_OUT");
  const listed = await sim.aws("DescribeOptedOutNumbers", { OptOutListName: "Default" });
  assert.deepEqual(listed.OptedOutNumbers.map((entry) => entry.OptedOutNumber), [HANDSET]);
});

test("opting in again waits thirty days of simulated time", async () => {
  const number = { OptOutListName: "Default", OptedOutNumber: HANDSET };
  await sim.optOut(HANDSET);
  await sim.aws("DeleteOptedOutNumber", number);
  await sim.optOut(HANDSET);
  await assert.rejects(sim.aws("DeleteOptedOutNumber", number), (error) => error.status === 400);
  await sim.advanceClock(31 * 24 * 3600);
  await sim.aws("DeleteOptedOutNumber", number);
});

test("a loaded scenario seeds and verifies", async () => {
  await sim.loadScenario({
    name: "seeded",
    seed: { aws: { optOutLists: [{ name: "Default", numbers: ["+14155550111"] }] } },
    expect: [{ optedOut: { number: "+14155550111", list: "Default" } }],
  });
  assert.equal((await sim.verify()).passed, true);
  await assert.rejects(sim.verify({ expect: [{ optedOut: { number: HANDSET } }] }));
});

test("a misspelt filter fails instead of matching nothing", async () => {
  await assert.rejects(
    sim.requests({ statuz: 400 }),
    (error) => error instanceof SmsimError && error.status === 400 && /statuz/.test(error.message),
  );
});

test("an admin token guards the control API but not the health check", async () => {
  const guarded = await Smsim.start({ adminToken: "s3cret-token" });
  try {
    assert.deepEqual(await guarded.messages(), []); // the helper sends the token
    assert.equal((await fetch(`${guarded.url}/_smsim/health`)).status, 200);
    for (const headers of [{}, { Authorization: "Bearer wrong" }]) {
      const refused = await fetch(`${guarded.url}/_smsim/messages`, { headers });
      assert.equal(refused.status, 401);
      assert.match(refused.headers.get("www-authenticate"), /^Bearer/);
      assert.equal((await refused.json()).error, "Unauthorized");
    }
    const stranger = Smsim.connect(guarded.url, { adminToken: "" });
    await assert.rejects(stranger.state(), (error) => error instanceof SmsimError && error.status === 401);
  } finally {
    await guarded.stop();
  }
});
