// The message list: the person's messages as text, replies as sanitized markdown, and the stages of a running turn.

import { el, clear } from './dom.js';
import { renderMarkdown } from './markdown.js';

export const STAGES = ['intent', 'plan', 'review', 'generate', 'verify', 'reply'];
const STAGE_LABELS = { intent: 'Intent', plan: 'Plan', review: 'Review', generate: 'Generate', verify: 'Verify', reply: 'Reply' };

export function clearMessages(list) {
  clear(list);
}

export function addUserMessage(list, text, fixSummary) {
  const node = el('li', { class: 'message user' },
    el('span', { class: 'who', text: fixSummary ? 'You (apply fix)' : 'You' }),
    el('p', { class: 'text', text }));
  list.append(node);
  node.scrollIntoView({ block: 'nearest' });
  return node;
}

/** A reply placeholder with the stage list; returns handles to advance the stages and fill in the reply or an error. */
export function addPendingReply(list) {
  const stages = el('ol', { class: 'stages', 'aria-label': 'Progress of this turn' });
  const items = {};
  STAGES.forEach((stage, i) => {
    items[stage] = el('li', { class: 'stage', 'data-stage': stage, 'data-state': i === 0 ? 'active' : 'pending' }, STAGE_LABELS[stage]);
    stages.append(items[stage]);
  });
  const body = el('div', { class: 'body' });
  const node = el('li', { class: 'message assistant', 'aria-busy': 'true' }, el('span', { class: 'who', text: 'schema-designer' }), stages, body);
  list.append(node);
  node.scrollIntoView({ block: 'nearest' });
  return {
    stage(name, data) {
      const index = STAGES.indexOf(name);
      if (index < 0) return;
      STAGES.forEach((s, i) => {
        if (i <= index) items[s].dataset.state = 'done';
        else if (i === index + 1) items[s].dataset.state = 'active';
      });
      const note = stageNote(name, data);
      if (note) items[name].title = note;
    },
    reply(reply) {
      node.removeAttribute('aria-busy');
      stages.classList.add('finished');
      fillReply(body, reply);
    },
    error(message) {
      node.removeAttribute('aria-busy');
      for (const item of Object.values(items)) if (item.dataset.state === 'active') item.dataset.state = 'failed';
      body.append(el('p', { class: 'error', role: 'alert', text: `This turn failed: ${message}. Edit the message and send it again.` }));
    },
  };
}

/** A finished turn, as restored from the server. */
export function addReply(list, reply) {
  const body = el('div', { class: 'body' });
  list.append(el('li', { class: 'message assistant' }, el('span', { class: 'who', text: 'schema-designer' }), body));
  fillReply(body, reply);
}

function fillReply(body, reply) {
  clear(body);
  const intent = reply.intent || {};
  body.append(el('p', { class: 'meta' },
    el('span', { class: 'chip', text: `turn ${reply.turn}` }),
    el('span', { class: 'chip', text: intent.intent || 'none' })));
  body.append(renderMarkdown(reply.text));
  const proposal = reply.plan && reply.plan.proposal;
  if (proposal) body.append(el('p', { class: 'muted', text: `Reply "yes" to go ahead with: ${proposal}` }));
}

function stageNote(name, data) {
  if (name === 'intent' && data) return `${data.intent} (${Math.round((data.confidence || 0) * 100)}%)`;
  if (name === 'plan' && Array.isArray(data)) return data.join('; ');
  if (name === 'review' && Array.isArray(data)) return `${data.length} findings`;
  if (name === 'generate' && Array.isArray(data)) return `${data.length} files`;
  if (name === 'verify' && Array.isArray(data)) return data.map(v => v.dialect).join(', ');
  return '';
}
