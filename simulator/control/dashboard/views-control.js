// Views that steer smsim: loaded scenarios (upload a file, unload, set state, rule counters) and
// the simulated clock.
import { call, get } from "./api.js";
import { announce, field, h, table, time } from "./dom.js";

const enc = encodeURIComponent;

function uploadForm(onDone) {
  const input = h("input", { type: "file", id: "scenario-file", name: "file", accept: ".yaml,.yml,.json", required: true });
  const form = h("form", { class: "inline-form", "aria-label": "Load a scenario file" },
    h("div", { class: "field" }, h("label", { for: "scenario-file" }, "Scenario file (YAML or JSON)"), input),
    h("button", { type: "submit" }, "Load"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const [file] = input.files;
    if (!file) return;
    try {
      const loaded = await call("POST", "/_smsim/scenarios", await file.text(), "application/yaml");
      announce(`Loaded scenario ${loaded.name}: ${loaded.rules} rules${loaded.replaced ? " (replaced)" : ""}.`);
      form.reset();
      await onDone();
    } catch (error) {
      const where = error.body && error.body.line ? ` (line ${error.body.line}, column ${error.body.column})` : "";
      announce(`${file.name}: ${error.message}${where}`, true);
    }
  });
  return form;
}

function stateForm(scenario, onDone) {
  const id = `state-${scenario.name}`;
  const form = h("form", { class: "inline-form", "aria-label": `Set the state of ${scenario.name}` },
    field("State", { id, name: "state", required: true, value: scenario.state }),
    field("For number (optional)", { id: `${id}-number`, name: "phoneNumber", placeholder: "+14155550100" }),
    h("button", { type: "submit" }, "Set state"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { state, phoneNumber } = Object.fromEntries(new FormData(form));
    try {
      await call("PUT", `/_smsim/scenarios/${enc(scenario.name)}/state`, phoneNumber ? { state, phoneNumber } : { state });
      announce(`${scenario.name} is now in state ${state}.`);
      await onDone();
    } catch (error) {
      announce(error.message, true);
    }
  });
  return form;
}

export const scenariosView = {
  title: "Scenarios",
  mount(region) {
    const list = h("div");
    let refresh;
    region.replaceChildren(uploadForm(() => refresh()), list);
    let editing = false;  // a state form being typed in is not redrawn under the cursor
    list.addEventListener("focusin", () => { editing = true; });
    list.addEventListener("focusout", () => { editing = false; });
    const draw = async (force) => {
      const { scenarios } = await get("/_smsim/scenarios");
      if (editing && !force) {
        for (const scenario of scenarios) {
          scenario.rules.forEach((rule, index) => {
            const row = document.getElementById(`rule-${scenario.name}-${index}`);
            if (row) row.textContent = `${rule.matched} / ${rule.fired}`;
          });
        }
        return;
      }
      list.replaceChildren(...(scenarios.length ? scenarios.map((scenario) =>
        h("section", { class: "scenario", "aria-label": `Scenario ${scenario.name}` },
          h("h3", {}, scenario.name, " ", h("span", { class: "tag" }, `state ${scenario.state}`)),
          scenario.description ? h("p", {}, scenario.description) : "",
          h("p", {}, `From ${scenario.file}; ${scenario.steps} steps, ${scenario.expectations} expectations.`),
          table(`Rules of ${scenario.name}`, [
            ["Rule", (r) => r.name || "(unnamed)"],
            ["Matched / fired", (r) => h("span", { id: `rule-${scenario.name}-${scenario.rules.indexOf(r)}` }, `${r.matched} / ${r.fired}`)],
          ], scenario.rules),
          stateForm(scenario, () => draw(true)),
          h("button", {
            type: "button", class: "danger",
            onclick: () => call("DELETE", `/_smsim/scenarios/${enc(scenario.name)}`)
              .then(() => { announce(`Unloaded ${scenario.name}.`); return draw(true); })
              .catch((error) => announce(error.message, true)),
          }, `Unload ${scenario.name}`))) : [h("p", { class: "empty" }, "No scenario is loaded.")]));
    };
    refresh = () => draw(true);
    return () => draw(false);
  },
};

export const clockView = {
  title: "Simulated clock",
  mount(region) {
    const now = h("p", { class: "big" });
    const form = h("form", { class: "inline-form", "aria-label": "Advance the clock" },
      field("Days", { name: "days", type: "number", min: 0, step: "any", value: 0 }),
      field("Hours", { name: "hours", type: "number", min: 0, step: "any", value: 0 }),
      field("Seconds", { name: "seconds", type: "number", min: 0, step: "any", value: 0 }),
      h("button", { type: "submit" }, "Advance"));
    let refresh;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const { days, hours, seconds } = Object.fromEntries(new FormData(form));
      const advanceSeconds = Number(days) * 86400 + Number(hours) * 3600 + Number(seconds);
      try {
        await call("POST", "/_smsim/clock", { advanceSeconds });
        announce(`Clock advanced by ${advanceSeconds} seconds.`);
        await refresh();
      } catch (error) {
        announce(error.message, true);
      }
    });
    region.replaceChildren(now, h("p", {}, "Advancing passes AWS's 30-day opt-in rule without waiting. Reset puts the clock back to real time."), form);
    refresh = async () => {
      const clock = await get("/_smsim/clock");
      const days = (clock.offsetSeconds / 86400).toFixed(2);
      now.replaceChildren("Now: ", time(clock.now), ` (${clock.offsetSeconds} s, ${days} days ahead of real time)`);
    };
    return () => refresh();
  },
};
