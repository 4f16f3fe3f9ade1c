// What Amazon SNS holds per account and region (GET /_smsim/sns): whether the account is in the
// SMS sandbox, SMS attributes, topics, subscriptions with their confirmation state, and the SMS
// sandbox's destination numbers. SNS's opt-outs are the account's Default list (the opt-out view).
import { get } from "./api.js";
import { h, pretty, table, time, yesNo } from "./dom.js";

const topicName = (arn) => arn.slice(arn.lastIndexOf(":") + 1);

function hasSnsState(scope) {
  return scope.topics.length || scope.subscriptions.length || scope.sandboxNumbers.length
    || Object.keys(scope.smsAttributes).length;
}

// Attributes other than those shown in their own column, folded away (a Policy is long JSON).
function otherAttributes(attributes, shown) {
  const rest = Object.fromEntries(Object.entries(attributes).filter(([name]) => !shown.includes(name)));
  if (!Object.keys(rest).length) return "";
  return h("details", {}, h("summary", {}, Object.keys(rest).join(", ")), pretty(rest));
}

function filterPolicy(subscription) {
  const policy = subscription.attributes.FilterPolicy;
  if (!policy) return "none";
  let parsed = policy;
  try {
    parsed = JSON.parse(policy);
  } catch {
    // shown as SNS holds it
  }
  return h("details", {}, h("summary", {}, `on ${subscription.attributes.FilterPolicyScope || "MessageAttributes"}`), pretty(parsed));
}

function scopeSection(scope) {
  const owner = `${scope.account} ${scope.region}`;
  const attributes = Object.entries(scope.smsAttributes);
  return h("section", { "aria-label": `SNS of ${owner}` },
    h("h3", {}, `${scope.account} · ${scope.region}`, " ",
      h("span", { class: "tag" }, scope.inSandbox ? "SMS sandbox" : "production")),
    table(`Topics of ${owner}`, [
      ["Name", (t) => t.name], ["Display name", (t) => t.attributes.DisplayName || ""],
      ["Subscriptions", (t) => `${t.subscriptionsConfirmed} confirmed, ${t.subscriptionsPending} pending`],
      ["Tags", (t) => Object.entries(t.tags).map(([key, value]) => `${key}=${value}`).join(", ")],
      ["Other attributes", (t) => otherAttributes(t.attributes, ["DisplayName"])],
      ["ARN", (t) => h("code", {}, t.topicArn)],
    ], scope.topics),
    table(`Subscriptions of ${owner}`, [
      ["Topic", (s) => topicName(s.topicArn)], ["Protocol", (s) => s.protocol],
      ["Endpoint", (s) => s.endpoint],
      ["Confirmation", (s) => (s.confirmed ? "Confirmed" : "Pending confirmation")],
      ["Raw delivery", (s) => yesNo(s.attributes.RawMessageDelivery === "true")],
      ["Filter policy", filterPolicy],
      ["Subscription ARN", (s) => h("code", {}, s.subscriptionArn)],
    ], scope.subscriptions),
    table(`SMS sandbox numbers of ${owner}`, [
      ["Number", (n) => n.phoneNumber], ["Status", (n) => n.status],
      ["Language", (n) => n.languageCode || ""], ["Last password or attempt", (n) => time(n.lastAttemptAt)],
      ["Passwords sent in 24 h", (n) => n.passwordsSentLast24Hours],
    ], scope.sandboxNumbers, "none (the one-time password of a new one is in the outbox)."),
    table(`SMS attributes of ${owner}`, [
      ["Attribute", ([name]) => name], ["Value", ([, value]) => value],
    ], attributes, "none set (SetSMSAttributes)."));
}

export const snsView = {
  title: "Amazon SNS",
  mount(region) {
    let drawn = "";  // the last answer drawn: an unchanged one leaves open details open
    return async () => {
      const answer = await get("/_smsim/sns");
      const text = JSON.stringify(answer);
      if (text === drawn) return;
      drawn = text;
      const { accounts } = answer;
      const withState = accounts.filter(hasSnsState);
      region.replaceChildren(
        h("p", {}, "SNS's opt-outs are each account's Default opt-out list: see ",
          h("a", { href: "#opt-outs" }, "Opt-outs"), "."),
        table("SNS by account and region", [
          ["Account", (a) => a.account], ["Region", (a) => a.region],
          ["SMS sandbox", (a) => (a.inSandbox ? "in the sandbox" : "production")],
          ["Topics", (a) => a.topics.length], ["Subscriptions", (a) => a.subscriptions.length],
          ["Sandbox numbers", (a) => a.sandboxNumbers.length],
          ["SMS attributes", (a) => Object.keys(a.smsAttributes).length],
        ], accounts, "none yet: an account appears with its first call."),
        ...withState.map(scopeSection));
    };
  },
};
