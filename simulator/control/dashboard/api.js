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
let declined = false;  // the dialog was cancelled: calls fail until the header's button is used

// Asks for the token in the dialog; `refusal` (smsim's message) says why the last one failed.
// Resolves true when a token was given, false when the dialog was cancelled.
export function askForToken(refusal = "") {
  if (askingForToken) return askingForToken;
  const dialog = document.getElementById("token-dialog");
  const input = document.getElementById("token-input");
  document.getElementById("token-button").hidden = false;
  document.getElementById("token-error").textContent =
    refusal ? `smsim refused that token: ${refusal}` : "";
  input.value = "";
  askingForToken = new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      askingForToken = null;
      declined = !(dialog.returnValue === "save" && input.value);
      if (!declined) sessionStorage.setItem(TOKEN_KEY, input.value);
      resolve(!declined);
    }, { once: true });
    dialog.returnValue = "";
    dialog.showModal();
  });
  return askingForToken;
}

// A 401: the token is missing or refused. Asks once (unless the person declined), true to retry.
async function tokenAfterRefusal(sentToken, body) {
  if (sentToken && sessionStorage.getItem(TOKEN_KEY) === sentToken) sessionStorage.removeItem(TOKEN_KEY);
  if (declined && !askingForToken) return false;
  return askForToken(sentToken ? (body && body.message) || "401" : "");
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
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = { error: "NotJson", message: text.slice(0, 200) };
    }
    if (response.status === 401 && (await tokenAfterRefusal(token, parsed))) continue;
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
