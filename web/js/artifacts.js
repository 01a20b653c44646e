// The latest turn's files as a tree grouped by kind, the files this turn changed marked and first, one
// highlighted viewer per file (copy, download) and, for a changed file, its diff against the previous turn.

import { el, clear, muted, downloadText, copyText } from './dom.js';
import { highlightElement, languageOf } from './markdown.js';
import { lineDiff } from './linediff.js';

const GROUPS = [
  ['Migrations', ['migration']],
  ['Models', ['model', 'entity']],
  ['Tests', ['test']],
  ['SQL', ['ddl']],
  ['Docs', ['advice', 'erd']],
];

/** What this turn did to a file, compared with the previous turn's files ({} on the first turn: all new). */
export function fileChanges(artifacts, previous) {
  const before = new Map((previous || []).map(a => [a.path, a.content]));
  const changes = new Map();
  for (const a of artifacts) {
    if (!before.has(a.path)) changes.set(a.path, 'new');
    else if (before.get(a.path) !== a.content) changes.set(a.path, 'changed');
  }
  return changes;
}

/** The files listed: an empty one (a package's __init__.py) is in the zip but has nothing to show. */
export function shownFiles(reply) {
  return (reply.artifacts || []).filter(a => a.content !== '');
}

export function renderArtifacts(container, downloadAll, reply, previousArtifacts) {
  clear(container);
  const artifacts = shownFiles(reply);
  if (reply.session_id && (reply.artifacts || []).length > 0) {
    downloadAll.href = `/api/v1/sessions/${encodeURIComponent(reply.session_id)}/artifacts.zip`;
    downloadAll.download = `schema-designer-${reply.session_id.replace(/[^A-Za-z0-9-]/g, '')}.zip`;
    downloadAll.hidden = false;
  } else {
    downloadAll.hidden = true;
  }
  if (artifacts.length === 0) {
    container.append(muted('This turn produced no files.'));
    return;
  }
  const firstTurn = !previousArtifacts;
  const changes = fileChanges(artifacts, previousArtifacts);
  const before = new Map((previousArtifacts || []).map(a => [a.path, a.content]));
  const rank = a => (changes.has(a.path) ? 0 : 1);
  const tree = el('nav', { class: 'file-tree', 'aria-label': 'Files by kind' });
  const panels = el('div', { class: 'file-panels' });
  const buttons = [];
  const groups = GROUPS.map(([title, kinds]) => [title, artifacts.filter(a => kinds.includes(a.kind))])
    .concat([['Other', artifacts.filter(a => !GROUPS.some(([, kinds]) => kinds.includes(a.kind)))]])
    .filter(([, files]) => files.length > 0)
    .map(([title, files]) => [title, [...files].sort((x, y) => rank(x) - rank(y))]);
  groups.sort((x, y) => rank(x[1][0]) - rank(y[1][0]));
  const summary = firstTurn ? `${artifacts.length} files, all new in this turn`
    : `${changes.size} of ${artifacts.length} files changed in this turn`;
  tree.append(el('p', { class: 'muted small tree-summary', text: summary }));
  for (const [title, files] of groups) {
    const changed = files.filter(f => changes.has(f.path)).length;
    const list = el('ul', { class: 'file-list' });
    for (const artifact of files) {
      const index = buttons.length;
      const id = `artifact-${index}`;
      const change = firstTurn ? null : changes.get(artifact.path);
      const name = artifact.path.split('/').pop();
      const dir = artifact.path.slice(0, artifact.path.length - name.length);
      const button = el('button', {
        type: 'button', class: `file-tab${change ? ' changed' : ''}`, 'aria-controls': id, 'aria-current': 'false',
        title: artifact.path, 'data-path': artifact.path, 'data-change': change || 'unchanged',
      },
      el('span', { class: 'file-name' }, name, change ? el('span', { class: `change-mark ${change}`, text: change }) : null),
      dir ? el('span', { class: 'file-dir', text: dir }) : null);
      button.addEventListener('click', () => select(index, false));
      buttons.push(button);
      list.append(el('li', {}, button));
      panels.append(viewer(artifact, id, firstTurn ? null : change, before.get(artifact.path)));
    }
    const label = `${title} (${files.length}${!firstTurn && changed ? `, ${changed} changed` : ''})`;
    tree.append(el('details', { class: 'file-group', open: true, 'data-group': title }, el('summary', { text: label }), list));
  }
  container.append(el('div', { class: 'files-layout' }, tree, panels));
  select(defaultFile(artifacts, buttons, changes), true);

  function select(index, initial) {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-current', String(j === index));
      panels.children[j].hidden = j !== index;
    });
    if (!initial && window.matchMedia('(max-width: 900px)').matches) panels.children[index].scrollIntoView({ block: 'start' });
  }
}

/** This turn's migration first, then any file this turn changed, then the first model. */
function defaultFile(artifacts, buttons, changes) {
  const paths = buttons.map(b => b.dataset.path);
  const byPath = new Map(artifacts.map(a => [a.path, a]));
  const wanted = [
    p => byPath.get(p).kind === 'migration' && changes.get(p) === 'new',
    p => byPath.get(p).kind === 'migration' && changes.has(p),
    p => changes.has(p),
    p => byPath.get(p).kind === 'model',
  ];
  for (const test of wanted) {
    const i = paths.findIndex(test);
    if (i >= 0) return i;
  }
  return 0;
}

function viewer(artifact, id, change, previousContent) {
  const code = el('code', { text: artifact.content });
  highlightElement(code, languageOf(artifact));
  const status = el('span', { class: 'copy-status', role: 'status' });
  const copy = el('button', { type: 'button', class: 'secondary small', 'aria-label': `Copy ${artifact.path}` }, 'Copy');
  copy.addEventListener('click', async () => {
    try {
      await copyText(artifact.content);
      status.textContent = 'Copied';
    } catch (e) {
      status.textContent = 'Copy failed: select the text instead';
    }
    setTimeout(() => { status.textContent = ''; }, 2000);
  });
  const download = el('button', { type: 'button', class: 'secondary small', 'aria-label': `Download ${artifact.path}` }, 'Download');
  download.addEventListener('click', () => downloadText(artifact.path, artifact.content));
  const file = el('pre', { tabindex: '0', 'aria-label': `Contents of ${artifact.path}` }, code);
  const actions = el('span', { class: 'actions' }, status);
  const panel = el('div', { class: 'file-panel', id, hidden: true, 'data-path': artifact.path, role: 'region', 'aria-label': artifact.path },
    el('div', { class: 'file-head' }, el('code', { class: 'path', text: artifact.path }), actions));
  if (change === 'changed') {
    const diff = diffView(previousContent, artifact.content, artifact.path);
    const toggle = el('button', { type: 'button', class: 'secondary small diff-toggle', 'aria-pressed': 'true' }, 'Changes since the previous turn');
    toggle.addEventListener('click', () => {
      const showDiff = diff.hidden;
      diff.hidden = !showDiff;
      file.hidden = showDiff;
      toggle.setAttribute('aria-pressed', String(showDiff));
    });
    actions.append(toggle, copy, download);
    file.hidden = true;
    panel.append(diff, file);
  } else {
    actions.append(copy, download);
    if (change === 'new') panel.append(el('p', { class: 'muted small new-file', text: 'New in this turn.' }));
    panel.append(file);
  }
  return panel;
}

function diffView(before, after, path) {
  const lines = lineDiff(before, after);
  if (!lines) return el('p', { class: 'muted file-diff', text: 'This file is too large to compare with the previous turn.' });
  return el('pre', { class: 'diff file-diff', tabindex: '0', 'aria-label': `Changes to ${path} since the previous turn` },
    ...lines.map(l => el('span', { class: l.kind === '+' ? 'add' : l.kind === '-' ? 'del' : l.kind === '…' ? 'gap' : '', text: `${l.kind} ${l.text}\n` })));
}
