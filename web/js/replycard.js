// The compact card a reply shows in the chat: what was done, this turn's schema diff, the findings by
// severity, the verification with its data figures, and buttons to the diagram, files and details.

import { el } from './dom.js';
import { readableType } from './types.js';
import { shownFiles } from './artifacts.js';

const SEVERITY_WORDS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['suggestion', 'suggestions'] };
const MARK = { added: '+', changed: '~', removed: '−' };
const MAX_DIFF_LINES = 8;

/** actions: {open(view), undo(fix) sends the fix as the next turn, hasResults(reply)} */
export function replyCard(reply, actions) {
  const intent = reply.intent || {};
  const card = el('section', { class: 'reply-card', 'aria-label': `Reply to turn ${reply.turn}` });
  card.append(el('p', { class: 'meta' },
    el('span', { class: 'chip', text: `turn ${reply.turn}` }),
    // "none" says nothing to a person: a turn read as a change without a schema word shows just its number
    intent.intent && intent.intent !== 'none' ? el('span', { class: 'chip', text: intent.intent }) : null));
  const summary = summaryOf(reply.text || '');
  if (summary) card.append(el('p', { class: 'summary', text: summary }));
  const diff = schemaDiff(reply.schema_diff, reply.column_types);
  if (diff) card.append(diff);
  const extras = alsoChanged((reply.plan && reply.plan.also_changed) || [], actions);
  if (extras) card.append(extras);
  const facts = el('div', { class: 'facts' });
  const findings = findingCounts(reply.findings || [], actions);
  if (findings) facts.append(findings);
  const checks = verificationLine(reply.verification || [], actions);
  if (checks) facts.append(checks);
  if (facts.childElementCount > 0) card.append(facts);
  if ((reply.artifacts || []).length > 0) {
    card.append(el('p', { class: 'card-links' },
      link('Diagram', 'erd', actions), link(`Files (${shownFiles(reply).length})`, 'files', actions)));
  }
  return card;
}

function link(label, view, actions) {
  const button = el('button', { type: 'button', class: 'secondary small', 'data-open': view }, label);
  button.addEventListener('click', () => actions.open(view));
  return button;
}

/** The reply's first paragraph as plain text: the planner's one-line account of the turn. */
function summaryOf(text) {
  const first = text.split(/\n\s*\n|\n#/)[0].trim();
  const plain = first.replace(/\*\*|`/g, '').replace(/^[#>\s]+/gm, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  return plain.length > 400 ? `${plain.slice(0, 400)} …` : plain;
}

function schemaDiff(delta, columnTypes) {
  const spelled = (table, column) => ((columnTypes && columnTypes.tables && columnTypes.tables[table]) || {})[column];
  if (!delta || ((delta.tables || []).length === 0 && (delta.enums || []).length === 0)) return null;
  const lines = [];
  for (const t of delta.tables || []) {
    if (t.change === 'added') {
      lines.push(line('added', t.table, `new table, ${t.columns.length} column${t.columns.length === 1 ? '' : 's'}`
        + (t.indexes.length ? `, ${t.indexes.length} index${t.indexes.length === 1 ? '' : 'es'}` : '')));
    } else if (t.change === 'removed') {
      lines.push(line('removed', t.table, 'table dropped'));
    } else {
      for (const c of t.columns) lines.push(line(c.change, `${t.table}.${c.name}`, readableDetail(c.detail, c.change === 'added' ? spelled(t.table, c.name) : null)));
      for (const i of t.indexes) lines.push(line(i.change, `${t.table}: index ${i.name}`, i.detail));
      for (const c of t.constraints) lines.push(line(c.change, `${t.table}: ${c.name}`, c.detail));
    }
  }
  for (const e of delta.enums || []) lines.push(line(e.change, `enum ${e.name}`, e.detail));
  const list = el('ul', { class: 'schema-diff', 'aria-label': 'What this turn changed in the schema' }, lines.slice(0, MAX_DIFF_LINES));
  if (lines.length > MAX_DIFF_LINES) list.append(el('li', { class: 'muted', text: `… and ${lines.length - MAX_DIFF_LINES} more (see the full answer)` }));
  return list;
}

function line(change, name, detail) {
  return el('li', { class: `delta ${change}`, 'data-change': change },
    el('span', { class: 'mark', 'aria-hidden': 'true', text: MARK[change] || '·' }),
    el('span', { class: 'visually-hidden', text: `${change}: ` }), ' ',
    el('code', { text: name }), detail ? ` ${detail}` : '');
}

/** "string(100) NOT NULL" → "varchar(100) NOT NULL" ("a → b" both sides), or the dialect's spelling of an added column's type. */
function readableDetail(detail, spelledType) {
  if (spelledType) {
    const [, ...rest] = (detail || '').split(' ');
    return [spelledType, ...rest].join(' ');
  }
  return (detail || '').split(' → ').map(part => {
    const [type, ...rest] = part.split(' ');
    return [readableType(type), ...rest].join(' ');
  }).join(' → ');
}

function findingCounts(findings, actions) {
  if (findings.length === 0) return el('p', { class: 'fact ok-text', text: 'No findings.' });
  const parts = [];
  for (const severity of ['error', 'warning', 'info']) {
    const n = findings.filter(f => f.severity === severity).length;
    if (n === 0) continue;
    parts.push(el('span', { class: `sev-count sev-${severity}`, 'data-severity': severity, text: `${n} ${SEVERITY_WORDS[severity][n === 1 ? 0 : 1]}` }));
  }
  const button = el('button', { type: 'button', class: 'fact link-like', 'data-open': 'findings', 'aria-label': `Findings: ${parts.map(p => p.textContent).join(', ')}. Show them` }, ...parts);
  button.addEventListener('click', () => actions.open('findings'));
  return button;
}

function verificationLine(results, actions) {
  if (results.length === 0) return null;
  const parts = results.map(r => {
    const failed = r.steps.find(s => !s.ok);
    const ok = !failed && (r.diff || []).length === 0;
    const data = r.steps.find(s => s.data)?.data;
    const figures = data ? ` · ${data.rows_seeded} rows in ${data.tables_seeded} table${data.tables_seeded === 1 ? '' : 's'}` : '';
    const text = ok ? `✓ ${r.dialect} verified${figures}` : `✗ ${r.dialect} failed${failed ? ` at ${failed.name}` : ''}`;
    return el('span', { class: `status ${ok ? 'ok' : 'failed'}`, 'data-dialect': r.dialect, text });
  });
  const button = el('button', { type: 'button', class: 'fact link-like', 'data-open': 'verification' }, ...parts);
  button.setAttribute('aria-label', `Verification: ${parts.map(p => p.textContent).join('; ')}. Show details`);
  button.addEventListener('click', () => actions.open('verification'));
  return button;
}

/** What the turn changed beyond the request (review fixes applied on its own), each with why and an undo. */
function alsoChanged(items, actions) {
  if (items.length === 0) return null;
  const list = el('ul', { class: 'also-changed-list' });
  for (const item of items) {
    const undo = el('button', { type: 'button', class: 'secondary small undo-extra', 'aria-label': `Undo: ${item.change}`, 'data-undo': item.undo.summary }, 'Undo');
    undo.addEventListener('click', () => actions.undo(item.undo).then(ok => { if (ok) markUndone(undo); }));
    list.append(el('li', { class: 'also-changed-item', 'data-rule': item.rule },
      el('span', { class: 'what', text: item.change }), ' ',
      el('span', { class: 'because muted', text: `because ${item.because}` }), ' ', undo));
  }
  return el('div', { class: 'also-changed' }, el('p', { class: 'also-title', text: 'Also changed, beyond what you asked:' }), list);
}

/** An extra whose undo was sent (now, or in a later turn of the session) cannot be undone twice. */
export function markUndone(button) {
  button.disabled = true;
  button.dataset.undone = 'true';
  button.textContent = 'Undone';
  button.setAttribute('aria-label', `Undone: ${button.getAttribute('aria-label').replace(/^Undo: /, '')}`);
}
