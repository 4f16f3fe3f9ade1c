// Views of what went through smsim: the outbox (sent, and sends refused with their reason),
// inbound messages with their webhook deliveries, and the request journal with its filters.
import { get, query } from "./api.js";
import { field, h, pretty, select, table, time } from "./dom.js";

const KEEP = 500;  // rows a live view keeps; older ones drop off the bottom
const SEND_OPERATIONS = ["SendTextMessage", "SendMediaMessage", "SendVoiceMessage"];

// The reason a refused send's AWS error gives (Reason, else the message).
function refusal(entry) {
  const body = entry.response || {};
  return [entry.errorType, body.Reason, body.Message || body.message].filter(Boolean).join(": ");
}

export const outboxView = {
  title: "Outbox",
  mount(region) {
    const sent = h("div");
    const refused = h("div");
    region.replaceChildren(sent, refused);
    let drawn = "";  // redrawn only when it changed, so a focused link keeps its focus
    return async () => {
      const { messages, evicted } = await get("/_smsim/messages");
      const newest = messages.slice(-KEEP).reverse();
      const shape = JSON.stringify([evicted, messages.length, newest.map((m) => [m.messageId, m.status])]);
      if (shape !== drawn) {
        drawn = shape;
        sent.replaceChildren(
          evicted ? h("p", {}, `${evicted} older messages were dropped (--outbox-capacity).`) : "",
          table(`Sent (${messages.length})`, [
            ["When", (m) => time(m.timestamp)], ["From", (m) => m.originationNumber || m.originationIdentity],
            ["To", (m) => m.destinationNumber], ["Body", (m) => m.messageBody], ["Status", (m) => m.status],
            ["Origin", (m) => m.origin], ["Account", (m) => `${m.accountId} ${m.region}`],
            ["", (m) => h("a", { href: `#events/${encodeURIComponent(m.messageId)}`,
              "aria-label": `Delivery events of the message to ${m.destinationNumber}: ${(m.messageBody || "").slice(0, 40)}` }, "Events")],
          ], newest));
      }
      const pages = await Promise.all(SEND_OPERATIONS.map((operation) =>
        get(`/_smsim/requests${query({ api: "aws", operation })}`)));
      const refusals = pages.flatMap((page) => page.requests).filter((entry) => entry.status >= 400)
        .sort((a, b) => b.sequence - a.sequence).slice(0, KEEP);
      refused.replaceChildren(table(`Refused sends (${refusals.length})`, [
        ["When", (e) => time(e.timestamp)], ["Operation", (e) => e.operation],
        ["To", (e) => (e.request && e.request.DestinationPhoneNumber) || ""],
        ["Status", (e) => e.status], ["Reason", refusal], ["Account", (e) => `${e.accountId} ${e.region}`],
      ], refusals));
    };
  },
};

export const inboundView = {
  title: "Inbound messages and webhook deliveries",
  mount(region) {
    return async () => {
      const [{ inbound }, report] = await Promise.all([get("/_smsim/inbound"), get("/_smsim/deliveries")]);
      region.replaceChildren(
        table(`Inbound (${inbound.length})`, [
          ["When", (m) => time(m.timestamp)], ["From", (m) => m.originationNumber],
          ["To", (m) => m.destinationNumber], ["Body", (m) => m.messageBody],
          ["Keyword", (m) => m.keyword || ""], ["Action", (m) => m.action || ""],
          ["List changed", (m) => (m.listChanged ? `yes (${m.optOutListName})` : "no")],
          ["Reply", (m) => (m.replyMessageId ? "sent" : "none")],
          ["Deliveries", (m) => m.deliveries.length],
        ], inbound.slice(-KEEP).reverse()),
        table(`Webhook deliveries (${report.deliveries.length}; dropped ${report.dropped})`, [
          ["Created", (d) => time(d.createdAt)], ["Endpoint", (d) => d.endpoint], ["Format", (d) => d.format],
          ["Status", (d) => d.status], ["Attempts", (d) => d.attempts],
          ["Last HTTP status", (d) => d.lastHttpStatus ?? ""], ["Error", (d) => d.error || ""],
          ["Inbound message", (d) => d.inboundMessageId],
        ], report.deliveries.slice(-KEEP).reverse()));
    };
  },
};

// The filters of GET /_smsim/requests, as a form.
function journalFilters() {
  return h("form", { class: "inline-form", role: "search", "aria-label": "Filter the journal" },
    select("API", "api", [["", "any"], ["aws", "aws"], ["sns", "sns"], ["convoso", "convoso"], ["control", "control"]]),
    field("Operation", { name: "operation", placeholder: "PutOptedOutNumber" }),
    field("Status", { name: "status", inputmode: "numeric", pattern: "[1-5][0-9][0-9]" }),
    field("Error type", { name: "errorType" }),
    field("Rule", { name: "rule" }),
    field("Account", { name: "account", pattern: "[0-9]{12}" }),
    field("Region", { name: "region" }),
    h("button", { type: "submit" }, "Filter"));
}

function journalRow(entry) {
  return h("details", { class: "entry" },
    h("summary", {},
      h("span", { class: "seq" }, `#${entry.sequence}`), " ", time(entry.timestamp), " ",
      h("strong", {}, `${entry.api} ${entry.operation}`), " ",
      h("span", { class: entry.status >= 400 ? "bad" : "good" }, String(entry.status)),
      entry.errorType ? ` ${entry.errorType}` : "", entry.rule ? ` · rule ${entry.rule}` : "",
      ` · ${entry.accountId || "-"} ${entry.region || ""} · ${entry.durationMs.toFixed(1)} ms`),
    h("div", { class: "bodies" },
      h("section", { "aria-label": "Request" }, h("h4", {}, `Request ${entry.method} ${entry.path}`), pretty(entry.request)),
      h("section", { "aria-label": "Response" }, h("h4", {}, "Response"), pretty(entry.response))));
}

export const journalView = {
  title: "Request journal",
  mount(region) {
    const filters = journalFilters();
    const count = h("p", { "aria-live": "polite" });
    const list = h("ol", { class: "journal", reversed: true, "aria-label": "Journal entries, newest first" });
    let since = 0;
    let shown = [];
    const restart = () => {
      since = 0;
      shown = [];
      list.replaceChildren();
    };
    let refresh;
    filters.addEventListener("submit", (event) => {
      event.preventDefault();
      restart();
      refresh();
    });
    region.replaceChildren(filters, count, list);
    // Only the calls after the last one seen: each poll reads what is new, not the journal again.
    refresh = async () => {
      const values = Object.fromEntries(new FormData(filters));
      const [page, oldest] = await Promise.all([
        get(`/_smsim/requests${query({ ...values, since, limit: KEEP })}`),
        get(`/_smsim/requests${query({ ...values, limit: 1 })}`)]);
      // What the journal no longer holds (evicted, cleared, reset) leaves the view too.
      const first = oldest.requests.length ? oldest.requests[0].sequence : Infinity;
      while (shown.length && shown[shown.length - 1].sequence < first) {
        shown.pop();
        list.lastElementChild.remove();
      }
      for (const entry of page.requests) {
        since = entry.sequence;
        shown.unshift(entry);
        list.prepend(h("li", {}, journalRow(entry)));
      }
      while (shown.length > KEEP) {
        shown.pop();
        list.lastElementChild.remove();
      }
      count.textContent = `${shown.length} call${shown.length === 1 ? "" : "s"} shown${page.next ? "; more arriving" : ""}.`;
    };
    return () => refresh();
  },
};
