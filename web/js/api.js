// The server's HTTP API: JSON calls with problem+json errors, and the chat turn as a stream of stage events.
// Every call carries the API token when there is one; a 401 asks for the token and sends the call again.

import { saveBlob } from './dom.js';
import { askForToken, currentToken, forgetToken, withToken } from './token.js';

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

async function problem(response) {
  let body = {};
  try { body = await response.json(); } catch (e) { /* not JSON: keep the status line */ }
  return new ApiError(response.status, body.title || response.statusText, body.detail || `${response.status} ${response.statusText}`);
}

/** fetch() with the token; on 401 asks for a token and retries until the call passes or the person cancels. */
export async function call(path, init = {}) {
  for (;;) {
    const used = currentToken();
    const response = await fetch(path, { ...init, headers: withToken(init.headers) });
    if (response.status !== 401) return response;
    if (currentToken() !== used) continue; // another call got a new token meanwhile
    if (used) forgetToken();
    const token = await askForToken(Boolean(used));
    if (!token) throw await problem(response);
  }
}

export async function getJson(path) {
  const response = await call(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problem(response);
  return response.json();
}

export async function postJson(path, body) {
  const response = await call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problem(response);
  return response.json();
}

/**
 * POST /api/v1/chat with Accept: text/event-stream. Calls onEvent(name, data) for each stage
 * (intent, plan, review, generate, verify, reply); resolves with the reply, rejects on an error event.
 */
export async function streamChat(body, onEvent, signal) {
  const response = await call('/api/v1/chat', {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problem(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let reply = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = parseFrame(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (!frame) continue;
      if (frame.event === 'error') throw new ApiError(frame.data.status, frame.data.title, frame.data.detail);
      if (frame.event === 'reply') reply = frame.data;
      onEvent(frame.event, frame.data);
    }
    if (done) break;
  }
  if (!reply) throw new ApiError(0, 'Incomplete', 'the connection closed before the reply arrived');
  return reply;
}

/** Downloads a file from the API through a Blob, so the request can carry the token. */
export async function downloadFile(path, name) {
  const response = await call(path, {});
  if (!response.ok) throw await problem(response);
  saveBlob(name, await response.blob());
}

function parseFrame(text) {
  let event = 'message';
  const data = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length === 0) return null;
  return { event, data: JSON.parse(data.join('\n')) };
}
