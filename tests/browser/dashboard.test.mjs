// smsim's web dashboard (/_smsim/ui/) in Debian's headless Chromium, driven by playwright-core
// against the smsim at SMSIM_URL (tests/clients/run_with_smsim.py starts it): a STOP from the
// handset panel shows the number as opted out by the end user, a boto3 send appears in the outbox
// without a reload, the journal filters, a scenario file loads and its counters move, reset asks
// first. A screenshot of each view goes to SMSIM_SCREENSHOTS (CI keeps them as artifacts).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
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
  for (const view of ["#opt-outs", "#journal", "#scenarios", "#clock"]) {
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
  aws("send", number, SIMULATOR_DELIVERED, body);
  await page.getByRole("cell", { name: body }).waitFor({ timeout: LIVE_TIMEOUT_MS });
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
