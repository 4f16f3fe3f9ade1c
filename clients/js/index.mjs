// Test helpers for smsim: start or reach a simulator, reset it, and read what it saw. No
// dependencies: Node's child_process and fetch.
//
//   import { Smsim, useSmsim } from "smsim-testing";
//   const sim = useSmsim({ before, beforeEach, after });   // node:test; Jest/Vitest: beforeAll...
//   test("...", async () => { ... assert.deepEqual(await sim.messages({ destination }), []); });
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export const DEFAULT_ACCOUNT = "123456789012";
export const DEFAULT_REGION = "us-east-1";
const LISTENING = "smsim listening on ";

// A call smsim refused: `status` and the parsed `body` (its `message` names what was wrong).
export class SmsimError extends Error {
  constructor(status, body) {
    const message = typeof body === "object" && body !== null ? body.message ?? body.Message : body;
    super(`smsim answered ${status}: ${message}`);
    this.status = status;
    this.body = body;
  }
}

export class Smsim {
  // adminToken: the bearer token of an smsim started with --admin-token (default:
  // SMSIM_ADMIN_TOKEN), sent on every control call.
  constructor(url, child = null, adminToken = process.env.SMSIM_ADMIN_TOKEN) {
    this.url = url.replace(/\/$/, "");
    this.child = child;
    this.adminToken = adminToken || undefined;
  }

  // Starts `smsim serve --port 0` (binary: SMSIM_BINARY, else `smsim` on PATH) and waits for its
  // address.
  // adminToken: started with it (through SMSIM_ADMIN_TOKEN, which `ps` does not show).
  static async start({
    binary = process.env.SMSIM_BINARY || "smsim",
    args = [],
    adminToken = process.env.SMSIM_ADMIN_TOKEN,
  } = {}) {
    const env = adminToken ? { ...process.env, SMSIM_ADMIN_TOKEN: adminToken } : process.env;
    const child = spawn(binary, ["serve", "--port", "0", "--log-level", "warn", ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env,
    });
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code) => reject(new SmsimError(0, `smsim exited with ${code}`)));
      lines.once("line", resolve);
    });
    child.removeAllListeners("exit");
    if (!first.startsWith(LISTENING)) {
      child.kill();
      throw new SmsimError(0, `smsim did not start (first line: ${first})`);
    }
    return new Smsim(first.slice(LISTENING.length), child, adminToken);
  }

  // An smsim that runs already: `url`, else SMSIM_URL.
  static connect(url = process.env.SMSIM_URL, { adminToken = process.env.SMSIM_ADMIN_TOKEN } = {}) {
    if (!url) throw new SmsimError(0, "no smsim address: pass a url or set SMSIM_URL");
    return new Smsim(url, null, adminToken);
  }

  // The state as a scenario whose seed recreates it: an object, or YAML text ({ format: "scenario" }).
  state({ format = "json" } = {}) {
    return this.#control("GET", "/_smsim/state", format === "json" ? {} : { query: { format } });
  }

  // Writes the state to the --state-file now.
  saveState() {
    return this.#control("POST", "/_smsim/state/save");
  }

  async stop() {
    if (!this.child) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
    this.child = null;
  }

  // Back to the start state: stores, journal, outbox, clock.
  reset() {
    return this.#control("POST", "/_smsim/reset");
  }

  // The outbox (every message sent, automatic replies included), oldest first.
  async messages({ destination, origination, account, since } = {}) {
    const query = { destination, origination, account, since };
    return (await this.#control("GET", "/_smsim/messages", { query })).messages;
  }

  // A text from handset `origination` to your number `destination`; returns what it did.
  inbound(origination, destination, body) {
    return this.#control("POST", "/_smsim/inbound", {
      body: { originationNumber: origination, destinationNumber: destination, messageBody: body },
    });
  }

  // Puts `number` on an opt-out list, as PutOptedOutNumber does.
  optOut(number, { listName = "Default", account, region } = {}) {
    return this.aws("PutOptedOutNumber", { OptOutListName: listName, OptedOutNumber: number }, {
      account,
      region,
    });
  }

  // Moves the simulated clock forward (e.g. past the 30-day opt-in rule).
  advanceClock(seconds) {
    return this.#control("POST", "/_smsim/clock", { body: { advanceSeconds: seconds } });
  }

  // Loads a scenario: its YAML or JSON text, or an object.
  loadScenario(scenario) {
    const text = typeof scenario === "string" ? scenario : JSON.stringify(scenario);
    return this.#control("POST", "/_smsim/scenarios", { text, contentType: "application/yaml" });
  }

  // Checks expectations (`expect`, else the loaded scenarios'); throws naming the failures.
  async verify({ scenario, expect } = {}) {
    const report = await this.#control("POST", "/_smsim/verify", {
      query: { scenario },
      body: expect === undefined ? undefined : { expect },
    });
    if (!report.passed) {
      throw new Error(`smsim expectations failed: ${JSON.stringify(report, null, 1)}`);
    }
    return report;
  }

  // The journal; filters: api, operation, status, errorType, rule, account, region, since, limit.
  async requests(filters = {}) {
    return (await this.#control("GET", "/_smsim/requests", { query: filters })).requests;
  }

  // Event records (GET /_smsim/events).
  async events(filters = {}) {
    return (await this.#control("GET", "/_smsim/events", { query: filters })).events;
  }

  // One unsigned awsJson1.0 call of pinpoint-sms-voice-v2.
  aws(operation, body, { account = DEFAULT_ACCOUNT, region = DEFAULT_REGION } = {}) {
    return this.#send("POST", "/", JSON.stringify(body), {
      "X-Amz-Target": `PinpointSMSVoiceV2.${operation}`,
      "Content-Type": "application/x-amz-json-1.0",
      Authorization:
        `AWS4-HMAC-SHA256 Credential=${account}/20260101/${region}/sms-voice/aws4_request, ` +
        "SignedHeaders=host, Signature=0",
    });
  }

  // What an @aws-sdk client needs to reach smsim: new PinpointSMSVoiceV2Client(sim.clientConfig())
  clientConfig({ account = DEFAULT_ACCOUNT, region = DEFAULT_REGION } = {}) {
    return {
      endpoint: this.url,
      region,
      credentials: { accessKeyId: account, secretAccessKey: "x" },
    };
  }

  #control(method, path, { query, body, text, contentType = "application/json" } = {}) {
    const present = Object.entries(query ?? {}).filter(([, value]) => value !== undefined);
    const search = present.length ? `?${new URLSearchParams(present)}` : "";
    const payload = text ?? (body === undefined ? undefined : JSON.stringify(body));
    const headers = payload ? { "Content-Type": contentType } : {};
    if (this.adminToken) headers.Authorization = `Bearer ${this.adminToken}`;
    return this.#send(method, path + search, payload, headers);
  }

  async #send(method, path, body, headers) {
    const response = await fetch(this.url + path, { method, body, headers });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    if (!response.ok) throw new SmsimError(response.status, parsed);
    return parsed;
  }
}

// Registers hooks with the test framework's own functions: one smsim for the file (started, or
// SMSIM_URL's), reset before each test, stopped after. node:test: { before, beforeEach, after };
// Jest and Vitest: { beforeAll, beforeEach, afterAll }.
export function useSmsim(hooks, options = {}) {
  const before = hooks.before ?? hooks.beforeAll;
  const after = hooks.after ?? hooks.afterAll;
  let sim = null;
  before(async () => {
    sim = process.env.SMSIM_URL ? Smsim.connect() : await Smsim.start(options);
  });
  hooks.beforeEach(() => sim.reset());
  after(() => sim?.stop());
  // The Smsim of the file, once `before` has run; its methods bound to it.
  return new Proxy(
    {},
    {
      get(_, name) {
        if (!sim) throw new Error("smsim is not started yet: use it inside a test or hook");
        const value = sim[name];
        return typeof value === "function" ? value.bind(sim) : value;
      },
    },
  );
}
