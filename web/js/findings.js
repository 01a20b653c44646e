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
  if (finding.fix && (finding.fix.changes || []).length > 0) {
    const apply = el('button', { type: 'button', class: 'apply-fix small' }, 'Apply fix');
    apply.setAttribute('aria-label', `Apply fix: ${finding.fix.summary}`);
    apply.addEventListener('click', () => onApplyFix(finding));
    node.append(el('div', { class: 'fix' }, el('span', { class: 'fix-summary', text: `Fix: ${finding.fix.summary}` }), apply));
  }
  return node;
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
