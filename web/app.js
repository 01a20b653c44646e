// schema-designer in the browser: one conversation at a time, the latest turn's results beside it.

import { ApiError, getJson, streamChat, downloadFile } from './js/api.js';
import { currentToken } from './js/token.js';
import { addUserMessage, addPendingReply, addReply, clearMessages } from './js/conversation.js';
import { renderArtifacts, shownFiles } from './js/artifacts.js';
import { renderFindings } from './js/findings.js';
import { renderVerification } from './js/verification.js';
import { renderErd } from './js/erd.js';
import { ProjectPicker, wireProjectDialog } from './js/projects.js';
import { sessionFromUrl, setSessionInUrl, refreshSessions } from './js/sessions.js';
import { el, clear, muted } from './js/dom.js';
import { markUndone } from './js/replycard.js';
import { Views } from './js/views.js';

const $ = id => document.getElementById(id);
const state = { sessionId: null, busy: false, lastFiles: null }; // lastFiles: the artifacts of the design turn shown last

const messages = $('messages');
const input = $('composer-input');
const send = $('send');
const sessionList = $('session-list');
const views = new Views($('layout'), document.querySelector('.result-tabs'));
const cardActions = {
  open: view => views.show(view, true),
  undo: fix => runTurn(fix.summary, fix),
  hasResults,
};

window.hljs.configure({ ignoreUnescapedHTML: true });
window.marked.use({ gfm: true });

const projects = new ProjectPicker($('project-select'), () => startNewSession());
wireProjectDialog($('new-project'), project => {
  projects.add(project);
  startNewSession();
});
$('new-session').addEventListener('click', () => startNewSession());
// A plain link cannot send the token: with one, the zip comes through fetch and a Blob.
$('download-all').addEventListener('click', event => {
  if (!currentToken()) return;
  event.preventDefault();
  const link = event.currentTarget;
  downloadFile(link.getAttribute('href'), link.download).catch(e => {
    messages.append(el('li', { class: 'message assistant' },
      el('p', { class: 'error', role: 'alert', text: `The zip could not be downloaded: ${e.message}` })));
  });
});
for (const dialog of document.querySelectorAll('dialog')) {
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
}

$('composer').addEventListener('submit', event => {
  event.preventDefault();
  submit();
});
input.addEventListener('keydown', event => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
});
const sessionsBox = $('sessions');
sessionsBox.addEventListener('toggle', () => {
  if (sessionsBox.open) refreshSessions(sessionList, state.sessionId, id => projects.nameOf(id));
});
// The session list is a popup: it closes when a session is chosen, on Escape, and when focus or a click goes elsewhere.
sessionList.addEventListener('click', event => {
  if (event.target.closest('a')) sessionsBox.open = false;
});
sessionsBox.addEventListener('keydown', event => {
  if (event.key === 'Escape' && sessionsBox.open) {
    sessionsBox.open = false;
    sessionsBox.querySelector('summary').focus();
  }
});
sessionsBox.addEventListener('focusout', event => {
  if (event.relatedTarget && !sessionsBox.contains(event.relatedTarget)) sessionsBox.open = false;
});
document.addEventListener('click', event => {
  if (sessionsBox.open && !sessionsBox.contains(event.target)) sessionsBox.open = false;
});
window.addEventListener('popstate', () => openSession(sessionFromUrl()));
window.addEventListener('hashchange', () => openSession(sessionFromUrl()));

function submit() {
  const text = input.value.trim();
  if (!text || state.busy) return;
  runTurn(text, null).then(ok => {
    if (ok && input.value.trim() === text) input.value = '';
  });
}

/**
 * One turn over the event stream; returns whether it produced a reply. A failed, cancelled or lost turn
 * keeps the typed message in the box and offers to send the same turn again.
 */
async function runTurn(message, fix) {
  if (state.busy) return false;
  setBusy(true);
  views.show('chat'); // on a phone a fix applied from the findings view runs where its answer will show
  addUserMessage(messages, message, fix ? fix.summary : null);
  const controller = new AbortController();
  const pending = addPendingReply(messages, () => controller.abort());
  const body = { message };
  if (state.sessionId) body.session_id = state.sessionId;
  else body.project_id = projects.current;
  if (fix) body.fix = fix;
  try {
    const reply = await streamChat(body, (stage, data) => pending.stage(stage, data), controller.signal);
    if (reply.session_id && reply.session_id !== state.sessionId) {
      state.sessionId = reply.session_id;
      setSessionInUrl(reply.session_id);
    }
    showResults(reply);
    pending.reply(reply, cardActions);
    return true;
  } catch (e) {
    const retry = () => runTurn(message, fix).then(ok => {
      if (ok && !fix && input.value.trim() === message) input.value = '';
    });
    if (e.name === 'AbortError') pending.error('cancelled', '', retry);
    else if (e instanceof ApiError && e.status > 0) pending.error('failed', e.message, retriable(e.status) ? retry : null);
    else pending.error('lost', e instanceof ApiError ? e.message : 'the connection failed', retry);
    return false;
  } finally {
    setBusy(false);
    if (!fix) input.focus();
  }
}

/** A refusal of the message itself (too large, malformed) fails the same way again; the server being busy or down does not. */
function retriable(status) {
  return status >= 500 || status === 408 || status === 429;
}

function setBusy(busy) {
  state.busy = busy;
  send.disabled = busy;
  send.textContent = busy ? 'Working…' : 'Send';
  for (const button of document.querySelectorAll('.apply-fix, .undo-extra:not([data-undone])')) button.disabled = busy;
}

function hasDesign(reply) {
  return (reply.artifacts || []).length > 0 || (reply.verification || []).length > 0;
}

function hasResults(reply) {
  return hasDesign(reply) || (reply.findings || []).length > 0;
}

/** previousFiles: the artifacts of the design turn before this one (null on the first), for what changed. */
function showResults(reply, previousFiles = state.lastFiles) {
  if (!hasResults(reply)) return; // a question or a note: keep the last results
  renderVerification($('verification'), reply);
  renderFindings($('findings'), reply, finding => runTurn(finding.fix.summary, finding.fix));
  $('findings-count').textContent = `(${(reply.findings || []).length})`;
  const verified = reply.verification || [];
  $('verification-count').textContent = verified.length === 0 ? '' : verified.every(v => v.steps.every(s => s.ok) && (v.diff || []).length === 0) ? '✓' : '✗';
  if (hasDesign(reply)) {
    renderArtifacts($('artifacts'), $('download-all'), reply, previousFiles);
    state.lastFiles = reply.artifacts || [];
    $('files-count').textContent = `(${shownFiles(reply).length})`;
    renderErd($('erd'), reply);
  }
}

function resetResults() {
  for (const id of ['verification', 'findings', 'artifacts', 'erd']) clear($(id)).append(muted('No turn yet.'));
  for (const id of ['files-count', 'findings-count', 'verification-count']) $(id).textContent = '';
  $('download-all').hidden = true;
  state.lastFiles = null;
}

function startNewSession() {
  state.sessionId = null;
  setSessionInUrl(null);
  clearMessages(messages);
  resetResults();
  input.focus();
}

async function openSession(id) {
  if (!id) {
    if (state.sessionId) startNewSession();
    return;
  }
  if (id === state.sessionId) return;
  state.sessionId = id;
  clearMessages(messages);
  resetResults();
  try {
    const session = await getJson(`/api/v1/sessions/${encodeURIComponent(id)}`);
    await projects.show(session.project_id);
    const replies = [];
    // the session comes in pages: the latest turns only
    const earlier = (session.turns_total || 0) - (session.turns || []).length;
    if (earlier > 0) messages.append(el('li', { class: 'message muted', text: `${earlier} earlier turn(s) not shown.` }));
    let last = null;
    for (const turn of session.turns || []) {
      addUserMessage(messages, turn.message_truncated ? `${turn.message} … (stored cut: ${turn.message_chars} characters sent)` : turn.message);
      last = addReply(messages, turn.reply, cardActions);
      replies.push(turn.reply);
    }
    const designs = replies.filter(r => (r.artifacts || []).length > 0);
    const lastDesign = designs[designs.length - 1];
    // the turn before the first shown may have had files too: only the session's first turn counts as all new
    const before = designs.length > 1 ? designs[designs.length - 2].artifacts : earlier > 0 ? [] : null;
    if (lastDesign) showResults(lastDesign, before);
    if (replies.length > 0 && replies[replies.length - 1] !== lastDesign) showResults(replies[replies.length - 1]);
    // an extra undone by a later turn of the session shows as undone
    const sent = new Set((session.turns || []).map(t => t.message));
    for (const button of messages.querySelectorAll('.undo-extra')) if (sent.has(button.dataset.undo)) markUndone(button);
    if (last) last.scrollIntoView({ block: 'start' });
    document.title = `${session.title} · schema-designer`;
  } catch (e) {
    state.sessionId = null;
    messages.append(el('li', { class: 'message assistant' },
      el('p', { class: 'error', role: 'alert', text: `Session ${id} could not be opened: ${e.message}` })));
  }
}

projects.load().then(() => openSession(sessionFromUrl()));
