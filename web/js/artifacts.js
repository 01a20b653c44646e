// Artifacts of the latest turn: a file list (tabs) and one highlighted viewer per file, with copy and download.

import { el, clear, muted, downloadText, copyText } from './dom.js';
import { highlightElement, languageOf } from './markdown.js';

const KIND_ORDER = ['model', 'migration', 'test', 'ddl', 'entity', 'erd', 'advice'];

export function renderArtifacts(container, downloadAll, reply) {
  clear(container);
  const artifacts = [...(reply.artifacts || [])].filter(a => a.content !== '')
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
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
  const tabs = el('div', { class: 'file-tabs', role: 'tablist', 'aria-label': 'Files' });
  const panels = el('div', { class: 'file-panels' });
  const buttons = [];
  artifacts.forEach((artifact, i) => {
    const id = `artifact-${i}`;
    const name = artifact.path.split('/').pop();
    const tab = el('button', {
      type: 'button', role: 'tab', id: `${id}-tab`, class: 'file-tab', 'aria-controls': id,
      'aria-selected': 'false', tabindex: '-1', title: artifact.path, 'data-path': artifact.path,
    }, el('span', { class: `kind kind-${artifact.kind}`, text: artifact.kind }), ' ', name);
    tab.addEventListener('click', () => select(i));
    tab.addEventListener('keydown', e => keyNav(e, i));
    buttons.push(tab);
    tabs.append(tab);
    panels.append(viewer(artifact, id));
  });
  container.append(tabs, panels);
  const preferred = artifacts.findIndex(a => a.kind === 'model' && !a.path.endsWith('__init__.py') && !a.path.endsWith('base.py'));
  select(Math.max(preferred, 0), false);

  function select(index, focus = true) {
    buttons.forEach((b, j) => {
      const on = j === index;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      panels.children[j].hidden = !on;
    });
    if (focus) buttons[index].focus();
  }

  function keyNav(event, index) {
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      select((index + moves[event.key] + buttons.length) % buttons.length);
    } else if (event.key === 'Home') {
      event.preventDefault();
      select(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      select(buttons.length - 1);
    }
  }
}

function viewer(artifact, id) {
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
  return el('div', { class: 'file-panel', role: 'tabpanel', id, 'aria-labelledby': `${id}-tab`, hidden: true, 'data-path': artifact.path },
    el('div', { class: 'file-head' }, el('code', { class: 'path', text: artifact.path }), el('span', { class: 'actions' }, status, copy, download)),
    el('pre', { tabindex: '0', 'aria-label': `Contents of ${artifact.path}` }, code));
}
