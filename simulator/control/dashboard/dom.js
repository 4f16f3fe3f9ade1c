// Small helpers that build the dashboard's DOM from data: elements, tables, times, JSON.

// h("td", {class: "x"}, "text", child): an element with attributes and children; `on*`
// attributes are event listeners, null and false children are skipped.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// A table with a caption, column headers and one row per item; `columns` are [title, cell(item)].
export function table(caption, columns, items, empty = "None yet.") {
  if (!items.length) return h("p", { class: "empty" }, `${caption}: ${empty}`);
  return h("div", { class: "table-wrap" },
    h("table", {},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, columns.map(([title]) => h("th", { scope: "col" }, title)))),
      h("tbody", {}, items.map((item) => h("tr", {}, columns.map(([, cell]) => h("td", {}, cell(item))))))));
}

// Epoch seconds as an ISO 8601 UTC time, the way smsim's clock reads.
export function time(epochSeconds) {
  if (!epochSeconds) return "";
  const iso = new Date(epochSeconds * 1000).toISOString();
  return h("time", { datetime: iso }, iso.replace("T", " ").replace(/\.\d+Z$/, "Z"));
}

// A JSON value pretty-printed in a <pre>.
export function pretty(value) {
  return h("pre", { class: "json" }, typeof value === "string" ? value : JSON.stringify(value, null, 2));
}

export function yesNo(value) {
  return value ? "yes" : "no";
}

let fields = 0;  // ids stay unique when two forms of a view have a field of the same label

// A labelled input: [label, input] for a form; `attributes` go to the input.
export function field(label, attributes) {
  fields += 1;
  const id = attributes.id || `field-${fields}-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const input = h(attributes.tag || "input", { ...attributes, tag: null, id });
  return h("div", { class: "field" }, h("label", { for: id }, label), input);
}

export function select(label, name, options, value = "") {
  const id = `field-${name}`;
  return h("div", { class: "field" }, h("label", { for: id }, label),
    h("select", { id, name }, options.map(([optionValue, text]) =>
      h("option", { value: optionValue, selected: optionValue === value }, text))));
}

let clearing = null;

// Announces `text` in the page's polite live region (errors and outcomes of actions); it stays
// long enough to read, then clears.
export function announce(text, isError = false) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.classList.toggle("error", isError);
  clearTimeout(clearing);
  clearing = setTimeout(() => { status.textContent = ""; }, 10000);
}
