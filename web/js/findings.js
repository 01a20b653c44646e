// Findings grouped by severity; the rule id opens its documentation; "Apply fix" sends the fix as the next turn.

import { el, clear, muted } from './dom.js';
import { getJson } from './api.js';
import { renderMarkdown } from './markdown.js';

const SEVERITIES = [['error', 'Errors'], ['warning', 'Warnings'], ['info', 'Suggestions']];

/** onApplyFix(finding) is called with the finding whose fix the person chose. */
export function renderFindings(container, reply, onApplyFix) {
  clear(container);
  const findings = reply.findings || [];
  if (findings.length === 0) {
    container.append(muted('No findings: the schema passes every rule.'));
    return;
  }
  for (const [severity, title] of SEVERITIES) {
    const group = findings.filter(f => f.severity === severity);
    if (group.length === 0) continue;
    const list = el('ul', { class: 'findings' });
    for (const finding of group) list.append(item(finding, onApplyFix));
    container.append(el('details', { class: `severity severity-${severity}`, open: severity !== 'info' || findings.length < 8 },
      el('summary', {}, el('span', { class: `sev sev-${severity}`, text: severity }), ` ${title} (${group.length})`),
      list));
  }
}

function item(finding, onApplyFix) {
  const rule = el('button', { type: 'button', class: 'rule-link', 'aria-label': `Rule ${finding.rule}: show its documentation` }, finding.rule);
  rule.addEventListener('click', () => showRule(finding.rule));
  const node = el('li', { class: 'finding', 'data-rule': finding.rule },
    el('div', { class: 'finding-head' }, rule, el('code', { class: 'object', text: finding.object })),
    el('p', { class: 'finding-message', text: finding.message }));
  if (finding.observation) node.append(observationBadges(finding.observation));
  if (finding.fix && (finding.fix.changes || []).length > 0) {
    const apply = el('button', { type: 'button', class: 'apply-fix small' }, 'Apply fix');
    apply.setAttribute('aria-label', `Apply fix: ${finding.fix.summary}`);
    apply.addEventListener('click', () => onApplyFix(finding));
    node.append(el('div', { class: 'fix' }, el('span', { class: 'fix-summary', text: `Fix: ${finding.fix.summary}` }), apply));
  }
  return node;
}

const LOCK_ORDER = ['ACCESS_SHARE', 'ROW_SHARE', 'ROW_EXCLUSIVE', 'SHARE_UPDATE_EXCLUSIVE', 'SHARE', 'SHARE_ROW_EXCLUSIVE', 'EXCLUSIVE', 'ACCESS_EXCLUSIVE'];
const DIALECTS = { postgresql: 'PostgreSQL', mariadb: 'MariaDB', sqlite: 'SQLite' };

function duration(ms) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10000 ? 1 : 0)} s`;
}

/** What the database did when the step ran on seeded rows (README, Observed migrations): lock, rewrite, time at N rows. */
function observationBadges(o) {
  const rows = Number(o.rows || 0).toLocaleString('en-US');
  const badges = [];
  const failed = (o.note || '').startsWith('failed: ');
  if (failed) {
    badges.push(el('span', { class: 'obs-badge obs-failed', title: o.note, text: `failed at ${rows} rows` }));
  } else {
    const locks = Object.entries(o.locks || {});
    if (locks.length > 0) {
      const strongest = locks.reduce((a, b) => (LOCK_ORDER.indexOf(b[1]) > LOCK_ORDER.indexOf(a[1]) ? b : a));
      const blocksWrites = LOCK_ORDER.indexOf(strongest[1]) >= LOCK_ORDER.indexOf('SHARE');
      badges.push(el('span', {
        class: `obs-badge obs-lock${blocksWrites ? ' obs-blocking' : ''}`, 'data-lock': strongest[1],
        title: locks.map(([table, mode]) => `${mode.replace(/_/g, ' ')} on ${table}`).join(', ') + (blocksWrites ? ': writers wait' : ''),
        text: `lock ${strongest[1].replace(/_/g, ' ')}`,
      }));
    }
    if (o.algorithm) {
      badges.push(el('span', { class: `obs-badge obs-lock${o.algorithm === 'COPY' ? ' obs-blocking' : ''}`, text: `ALGORITHM=${o.algorithm}` }));
    }
    if (o.lock_none === false) badges.push(el('span', { class: 'obs-badge obs-blocking', text: 'LOCK=NONE refused' }));
    const rewritten = (o.rewritten || []).length > 0;
    badges.push(el('span', {
      class: `obs-badge obs-rewrite${rewritten ? ' obs-blocking' : ''}`, 'data-rewrite': rewritten ? 'yes' : 'no',
      title: rewritten ? `rewritten: ${o.rewritten.join(', ')}` : 'no table was rewritten',
      text: `rewrite: ${rewritten ? 'yes' : 'no'}`,
    }));
    badges.push(el('span', { class: 'obs-badge obs-time', text: `${duration(Number(o.millis || 0))} at ${rows} rows` }));
  }
  const where = DIALECTS[o.dialect] || o.dialect || 'the database';
  const label = `Observed on ${where}: ${badges.map(b => b.textContent).join(', ')}${o.note && !failed ? ` (${o.note})` : ''}`;
  return el('p', { class: 'observation', role: 'group', 'aria-label': label, title: label },
    el('span', { class: 'obs-where muted small', text: `observed on ${where}` }), ...badges);
}

async function showRule(id) {
  const dialog = document.getElementById('rule-dialog');
  const title = document.getElementById('rule-dialog-title');
  const body = document.getElementById('rule-dialog-body');
  title.textContent = id;
  clear(body).append(muted('Loading…'));
  if (!dialog.open) dialog.showModal();
  try {
    const rule = await getJson(`/api/v1/rules/${encodeURIComponent(id)}`);
    title.textContent = `${rule.id} (${rule.severity}, ${rule.area})`;
    clear(body).append(el('p', { class: 'summary', text: rule.summary }), renderMarkdown(rule.docs));
  } catch (e) {
    clear(body).append(el('p', { class: 'error', role: 'alert', text: `Could not load the rule: ${e.message}` }));
  }
}
