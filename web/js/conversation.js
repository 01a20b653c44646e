// The message list: the person's messages as text (long ones folded), replies as a compact card with the full
// markdown one click away, and a running turn's stages with its elapsed time and a cancel button.

import { el, clear } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { replyCard } from './replycard.js';

export const STAGES = ['intent', 'plan', 'review', 'generate', 'verify', 'reply'];
const STAGE_LABELS = { intent: 'Intent', plan: 'Plan', review: 'Review', generate: 'Generate', verify: 'Verify', reply: 'Reply' };
const FOLD_LINES = 8;
const FOLD_CHARS = 600;

export function clearMessages(list) {
  clear(list);
}

export function addUserMessage(list, text, fixSummary) {
  const node = el('li', { class: 'message user' },
    el('span', { class: 'who', text: fixSummary ? 'You (apply fix)' : 'You' }),
    messageText(text));
  list.append(node);
  node.scrollIntoView({ block: 'nearest' });
  return node;
}

/** A long message shows its first lines and a button for the rest, which then scrolls inside its own box. */
function messageText(text) {
  const lines = text.split('\n');
  if (lines.length <= FOLD_LINES && text.length <= FOLD_CHARS) return el('p', { class: 'text', text });
  const head = lines.slice(0, FOLD_LINES).join('\n').slice(0, FOLD_CHARS);
  const shown = el('p', { class: 'text folded', text: `${head} …` });
  const full = el('p', { class: 'text', text, hidden: true });
  const toggle = el('button', { type: 'button', class: 'secondary small fold-toggle', 'aria-expanded': 'false' },
    `Show all (${sizeInWords(text.length)})`);
  toggle.addEventListener('click', () => {
    const open = full.hidden;
    full.hidden = !open;
    full.classList.toggle('expanded', open);
    shown.hidden = open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Show less' : `Show all (${sizeInWords(text.length)})`;
  });
  return el('div', { class: 'text-block' }, shown, full, toggle);
}

/** 2,400 characters / 1.9 MB: a length as a person says it. */
export function sizeInWords(chars) {
  if (chars < 100_000) return `${chars.toLocaleString('en-US')} characters`;
  return `${(chars / 1_048_576).toFixed(1)} MB`;
}

/**
 * A reply placeholder with the stage list, the elapsed time and a cancel button; returns handles to advance
 * the stages and fill in the reply or an error (with a retry button).
 */
export function addPendingReply(list, onCancel) {
  const stages = el('ol', { class: 'stages', 'aria-label': 'Progress of this turn' });
  const items = {};
  STAGES.forEach((stage, i) => {
    items[stage] = el('li', { class: 'stage', 'data-stage': stage, 'data-state': i === 0 ? 'active' : 'pending' }, STAGE_LABELS[stage]);
    stages.append(items[stage]);
  });
  const started = performance.now();
  const elapsed = el('span', { class: 'elapsed', 'aria-label': 'Elapsed time' }, '0 s');
  const cancel = el('button', { type: 'button', class: 'secondary small cancel-turn' }, 'Cancel');
  cancel.addEventListener('click', onCancel);
  const running = el('div', { class: 'running' }, elapsed, cancel);
  const timer = setInterval(() => { elapsed.textContent = seconds(started); }, 250);
  const body = el('div', { class: 'body' });
  const node = el('li', { class: 'message assistant', 'aria-busy': 'true' }, el('span', { class: 'who', text: 'schema-designer' }), stages, running, body);
  list.append(node);
  node.scrollIntoView({ block: 'nearest' });
  const finish = () => {
    clearInterval(timer);
    node.removeAttribute('aria-busy');
    running.remove();
  };
  return {
    node,
    stage(name, data) {
      const index = STAGES.indexOf(name);
      if (index < 0) return;
      STAGES.forEach((s, i) => {
        if (i <= index) items[s].dataset.state = 'done';
        else if (i === index + 1) items[s].dataset.state = 'active';
      });
      const note = stageNote(name, data);
      if (note) items[name].title = note;
      node.scrollIntoView({ block: 'nearest' });
    },
    reply(reply, actions) {
      finish();
      stages.classList.add('finished');
      stages.append(el('li', { class: 'stage took', 'data-state': 'time' }, seconds(started)));
      fillReply(body, reply, actions);
      node.scrollIntoView({ block: 'start' });
    },
    /** kind: 'cancelled', 'lost' (no answer from the server) or 'failed' (the server said why). */
    error(kind, message, retry) {
      finish();
      for (const item of Object.values(items)) if (item.dataset.state === 'active') item.dataset.state = 'failed';
      const text = kind === 'cancelled' ? `You cancelled this turn after ${seconds(started)}. Your message is still in the box.`
        : kind === 'lost' ? `The server stopped answering (${message}). Your message is still in the box.`
          : `This turn failed: ${message}. Your message is still in the box${retry ? '' : ' to edit'}.`;
      const box = el('div', { class: `turn-error ${kind}`, role: 'alert' }, el('p', { class: 'error', text }));
      if (retry) {
        const retryButton = el('button', { type: 'button', class: 'small retry-turn' }, 'Retry');
        retryButton.addEventListener('click', () => { retryButton.disabled = true; retry(); });
        box.append(retryButton);
      }
      body.append(box);
      node.scrollIntoView({ block: 'nearest' });
    },
  };
}

/** A finished turn, as restored from the server. */
export function addReply(list, reply, actions) {
  const body = el('div', { class: 'body' });
  const node = el('li', { class: 'message assistant' }, el('span', { class: 'who', text: 'schema-designer' }), body);
  list.append(node);
  fillReply(body, reply, actions);
  return node;
}

function fillReply(body, reply, actions) {
  clear(body);
  body.append(replyCard(reply, actions));
  const proposal = reply.plan && reply.plan.proposal;
  if (proposal) body.append(el('p', { class: 'muted', text: `Reply "yes" to go ahead with: ${proposal}` }));
  const full = el('details', { class: 'full-answer', open: !actions.hasResults(reply) },
    el('summary', {}, 'Full answer'), renderMarkdown(reply.text));
  body.append(full);
}

function seconds(started) {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function stageNote(name, data) {
  if (name === 'intent' && data) return `${data.intent} (${Math.round((data.confidence || 0) * 100)}%)`;
  if (name === 'plan' && Array.isArray(data)) return data.join('; ');
  if (name === 'review' && Array.isArray(data)) return `${data.length} findings`;
  if (name === 'generate' && Array.isArray(data)) return `${data.length} files`;
  if (name === 'verify' && Array.isArray(data)) return data.map(v => v.dialect).join(', ');
  return '';
}
