// Every call the dashboard makes goes through here: the documented control API under /_smsim/,
// with the admin token (when smsim asks for one) sent on each call and kept for this tab only.
const TOKEN_KEY = "smsim.adminToken";

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? `${body.error}: ${body.message}` : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

let askingForToken = null;  // one dialog for every call that met a 401 at once

function askForToken() {
  if (askingForToken) return askingForToken;
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token-input");
  input.value = "";
  askingForToken = new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      askingForToken = null;
      if (dialog.returnValue === "save" && input.value) {
        sessionStorage.setItem(TOKEN_KEY, input.value);
        resolve(true);
      } else {
        resolve(false);
      }
    }, { once: true });
    dialog.showModal();
  });
  return askingForToken;
}

// Calls `path` and returns its parsed JSON; a refusal throws ApiError with smsim's error body.
export async function call(method, path, body, contentType = "application/json") {
  for (;;) {
    // Each answer closes its connection: between polls an open tab holds no server thread.
    const headers = { "X-Smsim-Close": "1" };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = contentType;
    const payload = body === undefined || typeof body === "string" ? body : JSON.stringify(body);
    const response = await fetch(path, { method, headers, body: payload });
    if (response.status === 401 && (await askForToken())) continue;
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = { error: "NotJson", message: text.slice(0, 200) };
    }
    if (!response.ok) throw new ApiError(response.status, parsed);
    return parsed;
  }
}

export const get = (path) => call("GET", path);

// A query string of the set values only: {api: "aws", status: ""} -> "?api=aws".
export function query(values) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "") search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
