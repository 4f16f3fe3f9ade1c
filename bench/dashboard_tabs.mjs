// Opens the web dashboard of the smsim at URL in N tabs of Debian's headless Chromium and keeps
// them open, polling, until stdin closes (bench.py's `dashboard` step measures the API meanwhile).
// Prints "ready" once every tab has refreshed its view, and for each line read on stdin
// "control calls N": the control API calls the tabs have had answered so far. Uses
// tests/browser's playwright-core.
//   node bench/dashboard_tabs.mjs URL N [VIEW]
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "../tests/browser/package.json"));
const { chromium } = require("playwright-core");

const [url, tabs = "10", view = "accounts"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.SMSIM_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-proxy-server"],
});
// One browser context per tab: each has its own connections, as ten separate browsers would.
const pages = [];
let controlCalls = 0;
for (let i = 0; i < Number(tabs); i += 1) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on("requestfinished", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/_smsim/") && !path.startsWith("/_smsim/ui")) controlCalls += 1;
  });
  await page.goto(`${url}/_smsim/ui/#${view}`);
  pages.push(page);
}
for (const page of pages) await page.waitForFunction(() => document.body.dataset.lastRefresh);
console.log("ready");
const input = createInterface({ input: process.stdin });
input.on("line", () => console.log(`control calls ${controlCalls}`));
input.on("close", async () => {
  // How long ago each tab last refreshed: under 2 s plus a poll's time means it kept polling.
  const ages = await Promise.all(pages.map((page) =>
    page.evaluate(() => Date.now() - Number(document.body.dataset.lastRefresh))));
  console.log(`last refresh ages ms: ${ages.join(" ")}`);
  await browser.close();
  process.exit(0);
});
