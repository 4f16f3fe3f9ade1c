// smsim's web dashboard (/_smsim/ui/) in Debian's headless Chromium, driven by playwright-core
// against the smsim at SMSIM_URL (tests/clients/run_with_smsim.py starts it): a STOP from the
// handset panel shows the number as opted out by the end user, a boto3 send appears in the outbox
// without a reload and its delivery events with it, the journal filters, a scenario file loads and
// its counters move, SNS's topics, subscriptions and sandbox numbers show, reset asks first; and
// against a second smsim started with --admin-token (SMSIM_BINARY), the dashboard asks for the
// token, says clearly when one is refused, and works once given the right one. A screenshot of
// each view goes to SMSIM_SCREENSHOTS (CI keeps them as artifacts).
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));
const SMSIM_URL = process.env.SMSIM_URL;
const SCREENSHOTS = process.env.SMSIM_SCREENSHOTS || join(HERE, "screenshots");
const CHROMIUM = process.env.SMSIM_CHROMIUM || "/usr/bin/chromium";
const HANDSET = "+14155550123";
const ACCOUNT = "345678901234";  // aws_calls.py's account
const SIMULATOR_DELIVERED = "+14254147755";
const SNS_SUBSCRIBER = "+14155550125";
const SANDBOX_NUMBER = "+14155550126";
const LOG_GROUP_ARN = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:dashboard-events`;
// Live views poll every 2 s; this leaves room for a slow, shared CI machine.
const LIVE_TIMEOUT_MS = 15000;

// A real boto3 call (tests/browser/aws_calls.py); returns its output lines.
function aws(...args) {
  return execFileSync("python3", [join(HERE, "aws_calls.py"), ...args], { encoding: "utf8" })
    .trim().split("\n");
}

let browser;
let page;
let number;  // the test account's SIMULATOR number
let sent;  // {messageId, body} of the boto3 send the outbox test sees

before(async () => {
  assert.ok(SMSIM_URL, "SMSIM_URL names the smsim to test (run through run_with_smsim.py)");
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Playwright gives the browser a fresh --user-data-dir of its own; these flags keep Chromium
  // from reaching for Google's hosts on a closed network.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--no-proxy-server"],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on("pageerror", (error) => assert.fail(`the dashboard threw: ${error.message}`));
  [number] = aws("request-number");
  await page.goto(`${SMSIM_URL}/_smsim/ui/`);
  await page.getByRole("heading", { level: 2, name: "Accounts and regions" }).waitFor();
  // Set once; a reload would lose it, so every later check also proves the view updated live.
  await page.evaluate(() => { window.notReloaded = true; });
});

after(async () => {
  await browser?.close();
});

async function openView(linkName, heading) {
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: linkName }).click();
  await page.getByRole("heading", { level: 2, name: heading }).waitFor();
}

async function screenshot(name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

test("every form control has a label a screen reader can read", async () => {
  for (const view of ["#opt-outs", "#events", "#journal", "#scenarios", "#clock"]) {
    await page.evaluate((hash) => { location.hash = hash; }, view);
    await page.locator("main form").first().waitFor();
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll("input, select, textarea")]
      .filter((control) => control.type !== "hidden" && control.labels.length === 0)
      .map((control) => control.name || control.id));
    assert.deepEqual(unlabelled, [], `controls without a label on ${view}`);
  }
  await page.evaluate(() => { location.hash = "#accounts"; });
});

test("a STOP from the handset panel lists the number as opted out by the end user", async () => {
  await page.getByLabel("From (the handset)").fill(HANDSET);
  await page.getByLabel("To (one of your numbers)").fill(number);
  await page.getByRole("button", { name: "STOP", exact: true }).click();
  const result = page.locator("#handset-result");
  await result.getByText("OPT_OUT").waitFor();
  await result.getByText("Auto-reply:").waitFor();

  await openView("Opt-outs", "Opt-out lists and numbers");
  await page.getByRole("searchbox", { name: "Number contains" }).fill(HANDSET);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: HANDSET });
  await row.getByRole("cell", { name: "End user (STOP)" }).waitFor();
  assert.match(await row.innerText(), /Default/);
  await screenshot("opt-outs");
});

test("opting out and back in by hand follows the API's rules, 30-day rule included", async () => {
  const status = page.locator("#status");
  await page.getByRole("button", { name: `Opt ${HANDSET} back in to Default` }).click();
  await status.getByText(`${HANDSET} opted back in to Default`).waitFor();

  const add = page.getByRole("form", { name: "Add or remove an opted-out number" });
  await add.getByLabel("Account").fill(ACCOUNT);
  await add.getByLabel("Number").fill(HANDSET);
  await add.getByRole("button", { name: "Opt out" }).click();
  const row = page.getByRole("row").filter({ hasText: HANDSET });
  await row.getByRole("cell", { name: "API", exact: true }).waitFor();

  // A second opt-in within 30 days of the first is refused, as DeleteOptedOutNumber refuses it.
  await page.getByRole("button", { name: `Opt ${HANDSET} back in to Default` }).click();
  await status.getByText("ValidationException").waitFor();
  await row.getByRole("cell", { name: "API", exact: true }).waitFor();
});

test("a message sent through boto3 appears in the outbox without a reload", async () => {
  await openView("Outbox", "Outbox");
  const body = `hello from boto3 ${Date.now()}`;
  const [messageId] = aws("send", number, SIMULATOR_DELIVERED, body);
  sent = { messageId, body };
  await page.getByRole("cell", { name: body, exact: true }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  await screenshot("outbox");
});

test("the journal filters by operation and pretty-prints bodies", async () => {
  await openView("Journal", "Request journal");
  await page.getByLabel("Operation").fill("SendTextMessage");
  await page.getByRole("button", { name: "Filter" }).click();
  const entries = page.locator("ol.journal > li");
  await entries.first().waitFor();
  const summaries = await entries.locator("summary").allInnerTexts();
  assert.ok(summaries.length >= 1);
  for (const summary of summaries) assert.match(summary, /aws SendTextMessage/);
  await entries.first().locator("summary").click();
  const request = await entries.first().locator("pre.json").first().innerText();
  assert.match(request, /\n {2}"MessageBody": "hello from boto3/);
  await screenshot("journal");
});

test("a scenario loaded from a file shows its rule's counters moving", async () => {
  await openView("Scenarios", "Scenarios");
  await page.getByLabel("Scenario file (YAML or JSON)").setInputFiles(join(HERE, "every-second-describe.yaml"));
  await page.getByRole("button", { name: "Load" }).click();
  const scenario = page.getByRole("region", { name: "Scenario dashboard-counters" });
  await scenario.getByText("0 / 0").waitFor();
  assert.deepEqual(aws("describe-lists", "4"), ["200", "ThrottlingException", "200", "ThrottlingException"]);
  await scenario.getByText("4 / 2").waitFor({ timeout: LIVE_TIMEOUT_MS });
  await screenshot("scenarios");
});

test("the clock advances from its view", async () => {
  await openView("Clock", "Simulated clock");
  await page.getByLabel("Days").fill("31");
  await page.getByRole("button", { name: "Advance" }).click();
  await page.getByText("2678400 s, 31.00 days ahead of real time", { exact: false }).waitFor();
  await screenshot("clock");
});

test("delivery events show per message, live, from the outbox's link and by type", async () => {
  await openView("Delivery events", "Delivery events");
  aws("events-setup", "dashboard-events", LOG_GROUP_ARN);
  const [messageId] = aws("send", number, SIMULATOR_DELIVERED, `events live ${Date.now()}`, "dashboard-events");
  const live = page.getByRole("table", { name: `Events of message ${messageId}` });
  const successful = live.getByRole("row").filter({ hasText: "TEXT_SUCCESSFUL" });
  await successful.waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.match(await successful.innerText(), new RegExp(`CloudWatchLogs · dashboard-logs · ${LOG_GROUP_ARN}`));
  await screenshot("events");
  assert.equal(await page.evaluate(() => window.notReloaded), true);

  await openView("Outbox", "Outbox");
  await page.getByRole("row").filter({ hasText: sent.body }).getByRole("link", { name: /Delivery events of/ }).click();
  await page.getByRole("heading", { level: 2, name: "Delivery events" }).waitFor();
  assert.equal(await page.getByLabel("Message id").inputValue(), sent.messageId);
  const events = page.getByRole("table", { name: `Events of message ${sent.messageId}` });
  await events.getByRole("cell", { name: "TEXT_SUCCESSFUL", exact: true }).waitFor();
  await events.getByRole("cell", { name: "TEXT_QUEUED", exact: true }).waitFor();
  assert.equal(await page.locator("section.message-events").count(), 1, "only the chosen message");

  await page.getByLabel("Event type").fill("TEXT_SUCCESSFUL");
  await page.getByRole("button", { name: "Filter" }).click();
  await events.getByRole("cell", { name: "TEXT_QUEUED", exact: true }).waitFor({ state: "detached" });
  await events.getByRole("cell", { name: "TEXT_SUCCESSFUL", exact: true }).waitFor();
  await events.getByText("Record of TEXT_SUCCESSFUL").click();
  assert.match(await events.locator("pre.json").innerText(), new RegExp(`"messageId": "${sent.messageId}"`));
  await screenshot("events-one-message");
});

test("SNS shows topics, subscriptions with their confirmation, sandbox numbers and attributes", async () => {
  const [topicArn] = aws("sns-setup", SNS_SUBSCRIBER, SANDBOX_NUMBER);
  await openView("SNS", "Amazon SNS");
  const owner = `${ACCOUNT} us-east-1`;
  const topics = page.getByRole("table", { name: `Topics of ${owner}` });
  await topics.getByRole("cell", { name: "dashboard-alerts", exact: true }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  await topics.getByRole("cell", { name: "1 confirmed, 1 pending" }).waitFor();
  await topics.getByRole("cell", { name: topicArn }).waitFor();
  const subscriptions = page.getByRole("table", { name: `Subscriptions of ${owner}` });
  const sms = subscriptions.getByRole("row").filter({ hasText: SNS_SUBSCRIBER });
  await sms.getByRole("cell", { name: "Confirmed", exact: true }).waitFor();
  const http = subscriptions.getByRole("row").filter({ hasText: "http://127.0.0.1:9/alerts" });
  await http.getByRole("cell", { name: "Pending confirmation" }).waitFor();
  const sandbox = page.getByRole("table", { name: `SMS sandbox numbers of ${owner}` });
  await sandbox.getByRole("row").filter({ hasText: SANDBOX_NUMBER }).getByRole("cell", { name: "Pending", exact: true }).waitFor();
  const attributes = page.getByRole("table", { name: `SMS attributes of ${owner}` });
  await attributes.getByRole("row").filter({ hasText: "DefaultSMSType" }).getByRole("cell", { name: "Transactional" }).waitFor();
  await screenshot("sns");
});

test("every other view renders what smsim holds", async () => {
  await openView("Accounts", "Accounts and regions");
  await page.getByRole("cell", { name: ACCOUNT }).first().waitFor();
  await screenshot("accounts");
  await openView("Numbers, pools, keywords", "Phone numbers, pools and keywords");
  await page.getByRole("cell", { name: number }).first().waitFor();
  await page.getByRole("table", { name: `Keywords of ${number}` }).getByRole("cell", { name: "STOP", exact: true }).waitFor();
  await screenshot("numbers");
  await openView("Inbound", "Inbound messages and webhook deliveries");
  await page.getByRole("cell", { name: HANDSET }).first().waitFor();
  await screenshot("inbound");
  const insert = await fetch(`${SMSIM_URL}/v1/sms-opt-out/insert`, {
    method: "POST",
    body: new URLSearchParams({ auth_token: "any", phone_number: "4155550999", phone_code: "1", campaign_id: "0" }),
  });
  assert.equal((await insert.json()).success, true);
  await openView("Convoso", "Convoso lists");
  await page.getByRole("table", { name: "SMS opt-out (1)" }).getByRole("cell", { name: "+1 4155550999" }).waitFor();
  await screenshot("convoso");
});

test("reset asks first, and only a confirmed reset empties smsim", async () => {
  await openView("Accounts", "Accounts and regions");
  await page.getByRole("button", { name: "Reset…" }).click();
  await page.getByRole("dialog", { name: "Reset smsim?" }).getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("cell", { name: ACCOUNT }).first().waitFor();
  await page.getByRole("button", { name: "Reset…" }).click();
  await page.getByRole("button", { name: "Reset everything" }).click();
  await page.getByText("none yet: an account appears with its first call").waitFor({ timeout: LIVE_TIMEOUT_MS });
});

// A second smsim, started with --admin-token, and a fresh browser context (no token kept).
async function startWithToken(token) {
  assert.ok(process.env.SMSIM_BINARY, "SMSIM_BINARY names the smsim executable");
  const server = spawn(process.env.SMSIM_BINARY,
    ["serve", "--host", "127.0.0.1", "--port", "0", "--admin-token", token],
    { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = await createInterface({ input: server.stdout })[Symbol.asyncIterator]().next()
    .then(({ value }) => [value || ""]);
  assert.match(line, /^smsim listening on /);
  return { server, url: line.slice("smsim listening on ".length).trim() };
}

test("with --admin-token the dashboard asks for the token, refuses a wrong one clearly, then works", async () => {
  const { server, url } = await startWithToken("dashboard-secret");
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const tab = await context.newPage();
    tab.on("pageerror", (error) => assert.fail(`the dashboard threw: ${error.message}`));
    await tab.goto(`${url}/_smsim/ui/`);
    const dialog = tab.getByRole("dialog", { name: "Admin token" });
    await dialog.waitFor();
    await dialog.getByLabel("Token").fill("not-the-token");
    await dialog.getByRole("button", { name: "Use token" }).click();
    await dialog.getByRole("alert").getByText("smsim refused that token: The admin token is not valid.").waitFor();
    await tab.screenshot({ path: join(SCREENSHOTS, "admin-token.png"), fullPage: true });

    // Cancelled, the page says why it shows nothing and offers the dialog again from the header.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await tab.locator("#status").getByText("Unauthorized").waitFor();
    await tab.getByRole("button", { name: "Admin token…" }).click();
    await dialog.getByLabel("Token").fill("dashboard-secret");
    await dialog.getByRole("button", { name: "Use token" }).click();
    await tab.getByText("none yet: an account appears with its first call").waitFor({ timeout: LIVE_TIMEOUT_MS });
    await tab.getByRole("link", { name: "SNS", exact: true }).click();
    await tab.getByRole("heading", { level: 2, name: "Amazon SNS" }).waitFor();
    await tab.getByText("SNS by account and region: none yet").waitFor({ timeout: LIVE_TIMEOUT_MS });
    assert.equal(await dialog.isVisible(), false);
  } finally {
    await context.close();
    server.kill("SIGTERM");
  }
});
