// The API token (when the server has SD_API_TOKEN): asked for once in a dialog, kept for this tab in sessionStorage.

const KEY = 'schema-designer.token';
let asking = null;
let memory = ''; // when sessionStorage is unavailable

export function currentToken() {
  try { return sessionStorage.getItem(KEY) || memory; } catch (e) { return memory; }
}

function keep(token) {
  memory = token;
  try { if (token) sessionStorage.setItem(KEY, token); else sessionStorage.removeItem(KEY); } catch (e) { /* memory only */ }
}

export function forgetToken() {
  keep('');
}

/** Authorization header for the stored token, merged into `headers`. */
export function withToken(headers = {}) {
  const token = currentToken();
  return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}

/**
 * Shows the token dialog; resolves with the token entered, or null when the person cancels.
 * Calls that fail at the same time share one prompt.
 */
export function askForToken(rejected) {
  if (!asking) {
    asking = prompt(rejected).finally(() => { asking = null; });
  }
  return asking;
}

function prompt(rejected) {
  const dialog = document.getElementById('token-dialog');
  const form = document.getElementById('token-form');
  const input = document.getElementById('token-input');
  const note = document.getElementById('token-note');
  note.textContent = rejected
    ? 'The server did not accept that token. Enter the value of SD_API_TOKEN again.'
    : 'This server needs an API token (the value of SD_API_TOKEN). It is kept only for this browser tab.';
  input.value = '';
  return new Promise(resolve => {
    const finish = token => {
      form.removeEventListener('submit', onSubmit);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      resolve(token);
    };
    const onSubmit = event => {
      event.preventDefault();
      const token = input.value.trim();
      if (!token) { input.focus(); return; }
      keep(token);
      finish(token);
    };
    const onClose = () => finish(null);
    form.addEventListener('submit', onSubmit);
    dialog.addEventListener('close', onClose);
    if (!dialog.open) dialog.showModal();
    input.focus();
  });
}
