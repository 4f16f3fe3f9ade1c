// The delivery events smsim emitted (GET /_smsim/events), one section per message with its events
// in order, each with where it went (the configuration set's event destinations) and its record
// in AWS's format; filtered with the route's own filters. `#events/<messageId>` opens one message.
import { get, query } from "./api.js";
import { field, h, pretty, table, time, yesNo } from "./dom.js";

const MESSAGES_SHOWN = 100;  // newest messages drawn; the count line says how many there are

function eventFilters(messageId) {
  return h("form", { class: "inline-form", role: "search", "aria-label": "Filter delivery events" },
    field("Message id", { name: "messageId", value: messageId || "", size: 38 }),
    field("Destination", { name: "destination", placeholder: "+14155550100" }),
    field("Event type", { name: "type", list: "event-types", placeholder: "TEXT_SUCCESSFUL" }),
    h("datalist", { id: "event-types" }),
    field("Account", { name: "account", pattern: "[0-9]{12}" }),
    field("Region", { name: "region" }),
    field("Delivered to (ARN)", { name: "target", placeholder: "arn:aws:logs:…" }),
    h("button", { type: "submit" }, "Filter"));
}

function deliveredTo(event) {
  if (!event.configurationSetName) return "nowhere (the send named no configuration set)";
  if (!event.deliveries.length) return `nowhere (${event.configurationSetName} has no destination for this type)`;
  return h("ul", { class: "plain" }, event.deliveries.map((d) =>
    h("li", {}, `${d.kind} · ${d.eventDestinationName} · `, h("code", {}, d.arn))));
}

// Events grouped by message, newest message first, each message's events in emitted order.
function byMessage(events) {
  const messages = new Map();
  for (const event of events) {
    if (!messages.has(event.messageId)) messages.set(event.messageId, []);
    messages.get(event.messageId).push(event);
  }
  return [...messages.entries()].reverse();
}

function messageSection([messageId, events]) {
  const first = events[0];
  const record = first.record;
  return h("section", { class: "message-events", "aria-label": `Message ${messageId}` },
    h("h3", {}, `${record.originationPhoneNumber || "?"} → ${first.destination}`, " ",
      h("span", { class: "tag" }, events[events.length - 1].eventType)),
    h("p", {}, `Message ${messageId} · ${first.account} ${first.region} · `,
      first.configurationSetName ? `configuration set ${first.configurationSetName}` : "no configuration set"),
    table(`Events of message ${messageId}`, [
      ["When", (e) => time(e.record.eventTimestamp / 1000)], ["Type", (e) => e.eventType],
      ["Status", (e) => e.record.messageStatus], ["Final", (e) => yesNo(e.record.isFinal)],
      ["Description", (e) => e.record.messageStatusDescription],
      ["Delivered to", deliveredTo],
      ["Record", (e) => h("details", {}, h("summary", {}, `Record of ${e.eventType}`), pretty(e.record))],
    ], events));
}

export const eventsView = {
  title: "Delivery events",
  mount(region, [messageId] = []) {
    const filters = eventFilters(messageId && decodeURIComponent(messageId));
    const count = h("p", { "aria-live": "polite" });
    const list = h("div");
    // The events read so far; each poll asks only for those after the last one (`since`), and
    // forgets those the server no longer keeps (evicted, or a reset: `oldestSequence`).
    let kept = [];
    let drawn = "";  // what the list shows, so a poll that brings nothing new redraws nothing
    let refresh;
    filters.addEventListener("submit", (event) => {
      event.preventDefault();
      kept = [];
      drawn = "";
      refresh();
    });
    region.replaceChildren(filters, count, list);
    refresh = async () => {
      const values = Object.fromEntries(new FormData(filters));
      const since = kept.length ? kept[kept.length - 1].sequence : 0;
      const answer = await get(`/_smsim/events${query({ ...values, since })}`);
      const { pending, evicted, refused, oldestSequence } = answer;
      kept = kept.filter((e) => oldestSequence && e.sequence >= oldestSequence).concat(answer.events);
      const events = kept;
      const messages = byMessage(events);
      count.textContent = `${events.length} event${events.length === 1 ? "" : "s"} of ${messages.length} message${messages.length === 1 ? "" : "s"}`
        + `${messages.length > MESSAGES_SHOWN ? ` (the newest ${MESSAGES_SHOWN} shown)` : ""}; ${pending} pending on the simulated clock`
        + `${evicted ? `; ${evicted} older evicted` : ""}${refused ? `; ${refused} refused (queue full)` : ""}.`;
      const seen = new Set(events.map((e) => e.eventType));
      document.getElementById("event-types").replaceChildren(...[...seen].sort().map((type) => h("option", { value: type })));
      const shape = `${events.length}|${events.length ? events[0].sequence : ""}|${events.length ? events[events.length - 1].sequence : ""}`;
      if (shape === drawn) return;
      drawn = shape;
      list.replaceChildren(...(messages.length
        ? messages.slice(0, MESSAGES_SHOWN).map(messageSection)
        : [h("p", { class: "empty" }, "No delivery event matches. A send's events are emitted on the simulated clock; advance it to see later ones.")]));
    };
    return () => refresh();
  },
};
