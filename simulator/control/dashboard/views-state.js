// Views of what smsim holds: accounts and regions, opt-out lists and their numbers, phone numbers
// with pools and keywords, the Convoso lists. Each view is {title, mount(region) -> refresh}.
import { ApiError, call, get, query } from "./api.js";
import { announce, field, h, table, time, yesNo } from "./dom.js";

const enc = encodeURIComponent;

export const accountsView = {
  title: "Accounts and regions",
  mount(region) {
    return async () => {
      const { accounts, defaultAccount, defaultRegion } = await get("/_smsim/accounts");
      region.replaceChildren(
        h("p", {}, `Requests that name no account use ${defaultAccount} in ${defaultRegion}.`),
        table("Accounts and regions with state", [
          ["Account", (a) => a.account], ["Region", (a) => a.region],
          ["Opt-out lists", (a) => a.optOutLists], ["Opted-out numbers", (a) => a.optedOutNumbers],
          ["Phone numbers", (a) => a.phoneNumbers], ["Pools", (a) => a.pools],
          ["Configuration sets", (a) => a.configurationSets],
          ["", (a) => h("a", { href: `#numbers/${a.account}/${a.region}` }, `Open ${a.account} ${a.region}`)],
        ], accounts, "none yet: an account appears with its first call."));
    };
  },
};

function optOutForm(onDone) {
  const form = h("form", { class: "inline-form", "aria-label": "Add or remove an opted-out number" },
    field("Account", { name: "account", required: true, pattern: "[0-9]{12}", value: "123456789012" }),
    field("Region", { name: "region", required: true, value: "us-east-1" }),
    field("List", { name: "list", required: true, value: "Default" }),
    field("Number", { name: "number", required: true, placeholder: "+14155550100" }),
    h("button", { type: "submit", value: "put" }, "Opt out"),
    h("button", { type: "submit", value: "delete" }, "Opt back in"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const method = event.submitter && event.submitter.value === "delete" ? "DELETE" : "PUT";
    try {
      await changeNumber(method, data.get("account"), data.get("region"), data.get("list"), data.get("number"));
      await onDone();
    } catch (error) {
      announce(error.message, true);
    }
  });
  return form;
}

async function changeNumber(method, account, region, list, number) {
  await call(method, `/_smsim/accounts/${enc(account)}/${enc(region)}/opt-out-lists/${enc(list)}/numbers/${enc(number)}`);
  announce(`${number} ${method === "PUT" ? "opted out of" : "opted back in to"} ${list} (${account} ${region}).`);
}

export const optOutsView = {
  title: "Opt-out lists and numbers",
  mount(region) {
    const results = h("div");
    const search = h("form", { role: "search", class: "inline-form", "aria-label": "Search opted-out numbers" },
      field("Number contains", { name: "number", type: "search", placeholder: "+1415" }),
      field("Account", { name: "account", pattern: "[0-9]{12}" }),
      field("List", { name: "list" }),
      h("button", { type: "submit" }, "Search"));
    let refresh = async () => {};
    search.addEventListener("submit", (event) => {
      event.preventDefault();
      refresh().catch((error) => announce(error.message, true));
    });
    region.replaceChildren(
      h("h3", {}, "Search"), search,
      h("h3", {}, "Add or remove (the rules of PutOptedOutNumber and DeleteOptedOutNumber, 30-day rule included)"),
      optOutForm(() => refresh()), results);
    refresh = async () => {
      const filters = Object.fromEntries(new FormData(search));
      const { numbers, total } = await get(`/_smsim/opted-out-numbers${query({ ...filters, limit: 200 })}`);
      results.replaceChildren(
        h("p", {}, `${total} opted-out number${total === 1 ? "" : "s"} match${numbers.length < total ? `; the first ${numbers.length} shown` : ""}.`),
        table("Opted-out numbers", [
          ["Number", (n) => n.optedOutNumber],
          ["Opted out by", (n) => (n.endUserOptedOut ? "End user (STOP)" : "API")],
          ["When", (n) => time(n.optedOutTimestamp)],
          ["List", (n) => n.optOutListName], ["Account", (n) => n.account], ["Region", (n) => n.region],
          ["", (n) => h("button", {
            type: "button", "aria-label": `Opt ${n.optedOutNumber} back in to ${n.optOutListName}`,
            onclick: () => changeNumber("DELETE", n.account, n.region, n.optOutListName, n.optedOutNumber)
              .then(() => refresh()).catch((error) => announce(error.message, true)),
          }, "Opt back in")],
        ], numbers));
    };
    return () => refresh();
  },
};

function settingsCells() {
  return [
    ["Message type", (x) => x.settings.messageType],
    ["Opt-out list", (x) => x.settings.optOutListName],
    ["Self-managed opt-outs", (x) => yesNo(x.settings.selfManagedOptOutsEnabled)],
    ["Two-way", (x) => (x.settings.twoWayEnabled ? x.settings.twoWayChannelArn || "yes" : "no")],
    ["Deletion protection", (x) => yesNo(x.settings.deletionProtectionEnabled)],
  ];
}

function keywordTable(owner, keywords) {
  return table(`Keywords of ${owner}`, [
    ["Keyword", (k) => k.keyword], ["Action", (k) => k.action], ["Reply", (k) => k.message],
  ], keywords);
}

export const numbersView = {
  title: "Phone numbers, pools and keywords",
  mount(region, [account, awsRegion] = []) {
    return async () => {
      const { accounts } = await get("/_smsim/accounts");
      const chosen = accounts.filter((a) => !account || (a.account === account && a.region === awsRegion));
      const sections = [];
      for (const scope of chosen) {
        let detail;
        try {
          detail = await get(`/_smsim/accounts/${scope.account}/${scope.region}`);
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) continue;  // reset meanwhile
          throw error;
        }
        sections.push(h("section", { "aria-label": `${detail.account} ${detail.region}` },
          h("h3", {}, `${detail.account} · ${detail.region}`),
          table("Opt-out lists", [
            ["Name", (l) => l.name], ["Numbers", (l) => l.optedOutNumbers], ["Created", (l) => time(l.createdTimestamp)],
          ], detail.optOutLists),
          table("Phone numbers", [
            ["Number", (n) => n.phoneNumber], ["Id", (n) => n.phoneNumberId], ["Type", (n) => n.numberType],
            ["Country", (n) => n.isoCountryCode], ["Capabilities", (n) => n.capabilities.join(", ")],
            ["Status", (n) => n.status], ["Pool", (n) => n.poolId || "none"], ...settingsCells(),
          ], detail.phoneNumbers),
          detail.phoneNumbers.filter((n) => !n.poolId).map((n) => keywordTable(n.phoneNumber, n.settings.keywords)),
          table("Pools", [
            ["Id", (p) => p.poolId], ["Numbers", (p) => p.phoneNumberIds.length], ["Status", (p) => p.status],
            ["Shared routes", (p) => yesNo(p.sharedRoutesEnabled)], ...settingsCells(),
          ], detail.pools),
          detail.pools.map((p) => keywordTable(p.poolId, p.settings.keywords)),
          table("Configuration sets", [
            ["Name", (c) => c.name], ["Event destinations", (c) => c.eventDestinations],
          ], detail.configurationSets)));
      }
      region.replaceChildren(account ? h("p", {}, h("a", { href: "#numbers" }, "Every account")) : "",
        ...(sections.length ? sections : [h("p", { class: "empty" }, "No account has state yet.")]));
    };
  },
};

export const convosoView = {
  title: "Convoso lists",
  mount(region) {
    return async () => {
      const lists = await get("/_smsim/convoso?limit=200");
      const columns = [
        ["Id", (r) => r.id], ["Number", (r) => `+${r.phoneCode} ${r.phoneNumber}`],
        ["Campaign", (r) => `${r.campaignId} ${r.campaignName}`], ["Reason", (r) => r.reason],
        ["Purpose", (r) => r.purpose], ["Inserted", (r) => time(r.insertedAt)],
      ];
      region.replaceChildren(
        table(`SMS opt-out (${lists.smsOptOut.total})`, columns, lists.smsOptOut.records),
        table(`DNC (${lists.dnc.total})`, columns, lists.dnc.records));
    };
  },
};
