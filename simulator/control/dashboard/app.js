// The dashboard's shell: one view at a time by the URL's #fragment, refreshed by polling the
// control API every POLL_MS while the tab is visible (a poll is a short request, so an open tab
// holds no server thread between polls), the handset panel and reset.
import { ApiError, askForToken, call, get, query } from "./api.js";
import { announce, h, time } from "./dom.js";
import { accountsView, convosoView, numbersView, optOutsView } from "./views-state.js";
import { clockView, scenariosView } from "./views-control.js";
import { eventsView } from "./views-events.js";
import { snsView } from "./views-sns.js";
import { inboundView, journalView, outboxView } from "./views-traffic.js";

const POLL_MS = 2000;
const VIEWS = {
  accounts: accountsView, "opt-outs": optOutsView, numbers: numbersView, outbox: outboxView,
  inbound: inboundView, events: eventsView, sns: snsView, journal: journalView,
  scenarios: scenariosView, clock: clockView, convoso: convosoView,
};

const main = document.getElementById("view");
let refreshView = async () => {};
let timer = null;

function showView(moveFocus) {
  const [name, ...parameters] = (location.hash.slice(1) || "accounts").split("/");
  const view = VIEWS[name] || accountsView;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.getAttribute("href") === `#${name}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const heading = h("h2", { tabindex: "-1", id: "view-title" }, view.title);
  const region = h("div", { class: "view-body", "aria-busy": "true" });
  main.replaceChildren(heading, region);
  main.setAttribute("aria-labelledby", "view-title");
  document.title = `${view.title} · smsim`;
  refreshView = view.mount(region, parameters);
  if (moveFocus) heading.focus();
  poll();
}

async function refreshClock() {
  const clock = await get("/_smsim/clock");
  document.getElementById("clock-now").replaceChildren("Clock: ", time(clock.now),
    clock.offsetSeconds ? ` (+${(clock.offsetSeconds / 86400).toFixed(1)} days)` : "");
}

// One refresh of the header and the view; the next is scheduled when it ends, so a slow answer
// never piles polls up.
async function poll() {
  clearTimeout(timer);
  try {
    await Promise.all([refreshClock(), refreshView()]);
    main.querySelector(".view-body")?.setAttribute("aria-busy", "false");
    document.body.dataset.lastRefresh = String(Date.now());
  } catch (error) {
    announce(error instanceof ApiError ? error.message : `smsim did not answer: ${error.message}`, true);
  }
  const live = document.getElementById("live").checked;
  if (live && document.visibilityState === "visible") timer = setTimeout(poll, POLL_MS);
}

// The handset's "to" suggestions: every number of every account.
async function refreshKnownNumbers() {
  const { accounts } = await get("/_smsim/accounts");
  const numbers = [];
  for (const scope of accounts.filter((a) => a.phoneNumbers > 0)) {
    try {
      const detail = await get(`/_smsim/accounts/${scope.account}/${scope.region}`);
      numbers.push(...detail.phoneNumbers.map((n) => [n.phoneNumber, `${n.numberType} · ${scope.account} ${scope.region}`]));
    } catch {
      // reset meanwhile: the next refresh has the right list
    }
  }
  document.getElementById("known-numbers").replaceChildren(
    ...numbers.map(([value, label]) => h("option", { value }, label)));
}

async function sendFromHandset(event) {
  event.preventDefault();
  const form = event.target;
  const data = new FormData(form);
  const word = event.submitter ? event.submitter.value : "";
  const messageBody = word || data.get("text");
  const result = document.getElementById("handset-result");
  if (!messageBody) {
    result.textContent = "Type a text first.";
    return;
  }
  const originationNumber = data.get("from");
  try {
    const outcome = await call("POST", "/_smsim/inbound",
      { originationNumber, destinationNumber: data.get("to"), messageBody });
    const lines = [
      `${originationNumber} sent "${messageBody}" to ${outcome.destinationNumber}.`,
      outcome.keyword ? `Keyword ${outcome.keyword}: ${outcome.action}.` : "No keyword matched.",
      outcome.listChanged ? `List ${outcome.optOutListName} changed.` : "No opt-out list changed.",
      outcome.selfManagedOptOuts ? "Self-managed opt-outs: your handler decides." : "",
      `${outcome.deliveries.length} webhook deliver${outcome.deliveries.length === 1 ? "y" : "ies"}.`,
    ];
    let reply = null;
    if (outcome.replyMessageId) {
      const { messages } = await get(`/_smsim/messages${query({ destination: originationNumber })}`);
      reply = messages.find((m) => m.messageId === outcome.replyMessageId);
    }
    result.replaceChildren(...lines.filter(Boolean).map((line) => h("p", {}, line)),
      reply ? h("p", { class: "reply" }, h("strong", {}, "Auto-reply: "), reply.messageBody) : h("p", {}, "No automatic reply."));
    poll();
  } catch (error) {
    result.replaceChildren(h("p", { class: "error" }, error.message));
  }
}

function confirmReset() {
  const dialog = document.getElementById("reset-dialog");
  dialog.addEventListener("close", async () => {
    if (dialog.returnValue !== "reset") return;
    try {
      await call("POST", "/_smsim/reset");
      announce("smsim was reset.");
      showView(false);
      refreshKnownNumbers();
    } catch (error) {
      announce(error.message, true);
    }
  }, { once: true });
  dialog.returnValue = "";
  dialog.showModal();
}

window.addEventListener("hashchange", () => showView(true));
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") poll();
});
document.getElementById("live").addEventListener("change", () => poll());
document.getElementById("reset").addEventListener("click", confirmReset);
document.getElementById("token-button").addEventListener("click", async () => {
  if (await askForToken()) poll();
});
document.getElementById("handset").addEventListener("submit", sendFromHandset);
document.getElementById("handset-to").addEventListener("focus", () => refreshKnownNumbers().catch(() => {}));
showView(false);
refreshKnownNumbers().catch(() => {});
