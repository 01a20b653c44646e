// Verification badges per dialect: each step ok or failed, the server version, the diff when a step failed.

import { el, clear, muted } from './dom.js';

export function renderVerification(container, reply) {
  clear(container);
  const results = reply.verification || [];
  if (results.length === 0) {
    container.append(muted('Nothing was verified in this turn.'));
    return;
  }
  for (const result of results) {
    const ok = result.steps.every(s => s.ok) && (result.diff || []).length === 0;
    const steps = el('ul', { class: 'badges', 'aria-label': `${result.dialect} steps` });
    for (const step of result.steps) {
      // the data step's badge carries its figures: rows seeded, and the full summary on hover
      const figures = step.data ? ` · ${step.data.rows_seeded} rows` : '';
      steps.append(el('li', { class: `badge ${step.ok ? 'ok' : 'failed'}`, 'data-step': step.name, title: step.data ? dataTitle(step.data) : undefined },
        `${step.ok ? '✓' : '✗'} ${step.name} ${step.ok ? 'ok' : 'failed'}${figures}`));
    }
    const card = el('div', { class: `dialect ${ok ? 'ok' : 'failed'}`, 'data-dialect': result.dialect },
      el('div', { class: 'dialect-head' },
        el('strong', { text: result.dialect }),
        el('span', { class: 'muted', text: result.server_version || '' }),
        el('span', { class: `status ${ok ? 'ok' : 'failed'}`, text: ok ? 'verified' : 'failed' })),
      steps);
    for (const step of result.steps.filter(s => s.error)) {
      card.append(el('p', { class: 'error', text: `${step.name}: ${step.error}` }));
    }
    if ((result.diff || []).length > 0) {
      card.append(el('p', { text: 'Schema after re-upgrade differs from the first upgrade:' }),
        el('pre', { class: 'diff', tabindex: '0' }, ...result.diff.map(line =>
          el('span', { class: line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : '', text: `${line}\n` }))));
    }
    container.append(card);
  }
}

function dataTitle(d) {
  const lines = [`${d.rows_seeded} rows seeded in ${d.tables_seeded} table(s)`];
  for (const t of d.tables || []) {
    const nulls = Object.entries(t.nulls_after_upgrade || {}).map(([c, n]) => `${c} ${n} NULL`).join(', ');
    lines.push(`${t.table}: ${t.rows_before} → ${t.rows_after_upgrade ?? '?'} rows${nulls ? ', ' + nulls : ''}`
      + `${t.kept_equal === false ? ', untouched columns CHANGED' : t.kept_equal ? ', untouched columns unchanged' : ''}${t.problem ? ' — ' + t.problem : ''}`);
  }
  for (const l of d.lossy || []) lines.push(`lossy: ${l}`);
  for (const n of d.notes || []) lines.push(n);
  return lines.join('\n');
}
