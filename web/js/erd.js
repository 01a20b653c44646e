// The ER diagram of the latest turn: drawn from the reply's schema (erdsvg.js) with zoom, pan, fit, a
// full-screen view and SVG/PNG export; a reply with only Mermaid text falls back to mermaid, loaded on first use.

import { el, clear, muted, saveBlob } from './dom.js';
import { drawErd } from './erdsvg.js';

const MIN_START_SCALE = 0.6;
let loading = null;
let counter = 0;

export async function renderErd(container, reply) {
  document.documentElement.classList.remove('erd-full-open'); // a diagram drawn anew starts out of full screen
  const tables = (reply.schema && reply.schema.tables) || [];
  if (tables.length > 0) {
    clear(container).append(interactive(drawErd(reply.schema, reply.schema_diff, reply.column_types), reply.erd || '', reply.column_types));
    return;
  }
  await renderMermaid(container, reply.erd || '');
}

/** The drawing in a frame whose viewBox the controls move: zoom keeps the point under the pointer (or the centre) still. */
function interactive({ svg, width, height, focus }, source, columnTypes) {
  const view = { x: 0, y: 0, w: width, h: height };
  const frame = el('div', {
    class: 'erd-frame', tabindex: '0', role: 'group',
    'aria-label': 'ER diagram: arrow keys pan, + and − zoom, 0 fits',
  });
  svg.setAttribute('aria-label', svg.querySelector('title').textContent);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  frame.append(svg);
  const zoomLabel = el('span', { class: 'zoom-level muted small', 'aria-live': 'polite' });
  const apply = () => {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    const scale = Math.min(frame.clientWidth / view.w, frame.clientHeight / view.h);
    zoomLabel.textContent = Number.isFinite(scale) && scale > 0 ? `${Math.round(scale * 100)} %` : '';
    frame.dataset.zoom = String(width / view.w);
  };
  const fit = () => { Object.assign(view, { x: 0, y: 0, w: width, h: height }); apply(); };
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(Math.max(view.w / factor, width / 20), width * 4);
    const h = w * (view.h / view.w);
    view.x = cx - (cx - view.x) * (w / view.w);
    view.y = cy - (cy - view.y) * (h / view.h);
    view.w = w;
    view.h = h;
    apply();
  };
  const pan = (dx, dy) => { view.x += dx; view.y += dy; apply(); };
  const toDiagram = (clientX, clientY) => {
    const r = svg.getBoundingClientRect();
    const scale = Math.min(r.width / view.w, r.height / view.h);
    const offsetX = (r.width - view.w * scale) / 2;
    const offsetY = (r.height - view.h * scale) / 2;
    return [view.x + (clientX - r.left - offsetX) / scale, view.y + (clientY - r.top - offsetY) / scale, scale];
  };
  frame.addEventListener('wheel', event => {
    event.preventDefault();
    const [cx, cy] = toDiagram(event.clientX, event.clientY);
    zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, cx, cy);
  }, { passive: false });
  let drag = null;
  frame.addEventListener('pointerdown', event => {
    drag = { x: event.clientX, y: event.clientY };
    frame.setPointerCapture(event.pointerId);
    frame.classList.add('dragging');
  });
  frame.addEventListener('pointermove', event => {
    if (!drag) return;
    const [, , scale] = toDiagram(event.clientX, event.clientY);
    pan(-(event.clientX - drag.x) / scale, -(event.clientY - drag.y) / scale);
    drag = { x: event.clientX, y: event.clientY };
  });
  const endDrag = () => { drag = null; frame.classList.remove('dragging'); };
  frame.addEventListener('pointerup', endDrag);
  frame.addEventListener('pointercancel', endDrag);
  const figure = el('figure', { class: 'erd-figure' });
  const fullButton = button('Full screen', 'erd-full', () => toggleFull());
  const toggleFull = () => {
    const on = !figure.classList.contains('full');
    figure.classList.toggle('full', on);
    // the page behind does not scroll, and its scrollbar does not narrow the full-screen view
    document.documentElement.classList.toggle('erd-full-open', on);
    fullButton.textContent = on ? 'Exit full screen' : 'Full screen';
    fullButton.setAttribute('aria-pressed', String(on));
    requestAnimationFrame(apply);
    frame.focus();
  };
  frame.addEventListener('keydown', event => {
    const step = view.w / 10;
    const keys = {
      ArrowLeft: () => pan(-step, 0), ArrowRight: () => pan(step, 0), ArrowUp: () => pan(0, -step), ArrowDown: () => pan(0, step),
      '+': () => zoom(1.25), '=': () => zoom(1.25), '-': () => zoom(0.8), 0: fit,
      Escape: () => { if (figure.classList.contains('full')) toggleFull(); },
    };
    if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
  });
  const controls = el('div', { class: 'erd-controls', role: 'toolbar', 'aria-label': 'Diagram' },
    button('Zoom in', 'erd-zoom-in', () => zoom(1.25), '+'),
    button('Zoom out', 'erd-zoom-out', () => zoom(0.8), '−'),
    button('Fit', 'erd-fit', fit),
    zoomLabel,
    fullButton,
    button('Export SVG', 'erd-export-svg', () => saveBlob('erd.svg', new Blob([standalone(svg, width, height)], { type: 'image/svg+xml' }))),
    button('Export PNG', 'erd-export-png', () => exportPng(svg, width, height)));
  figure.append(controls, frame, legend(columnTypes));
  // a wide diagram in a narrow frame (a phone) starts readable, at the first table this turn changed, rather than fitted and tiny
  const start = () => {
    const scale = Math.min(frame.clientWidth / width, frame.clientHeight / height);
    if (scale > 0 && scale < MIN_START_SCALE) {
      const w = frame.clientWidth / MIN_START_SCALE;
      const h = frame.clientHeight / MIN_START_SCALE;
      const clamp = (v, size, total) => Math.max(0, Math.min(v, total - size));
      Object.assign(view, { x: clamp(focus.x - 20, w, width), y: clamp(focus.y - 20, h, height), w, h });
    }
    apply();
  };
  let started = false;
  // the diagram may be drawn while its tab is hidden: it starts when the frame first has a size
  new ResizeObserver(() => {
    if (!started && frame.clientWidth > 0) {
      started = true;
      start();
    } else {
      apply();
    }
  }).observe(frame);
  return el('div', { class: 'erd-interactive' }, figure, source ? details(source) : null);
}

function button(label, cls, onClick, text) {
  const b = el('button', { type: 'button', class: `secondary small ${cls}`, 'aria-label': text ? label : undefined, title: label }, text || label);
  b.addEventListener('click', onClick);
  return b;
}

const DIALECT_NAMES = { postgresql: 'PostgreSQL', sqlite: 'SQLite', mariadb: 'MariaDB' };

function legend(columnTypes) {
  const dialect = columnTypes && DIALECT_NAMES[columnTypes.dialect];
  const types = dialect ? ` · types as ${dialect} spells them${columnTypes.dialect === 'sqlite' ? ' (in parentheses: the affinity SQLite stores by)' : ''}` : '';
  return el('p', { class: 'erd-legend muted small' },
    el('span', { class: 'legend-new', text: 'new' }), ' / ', el('span', { class: 'legend-changed', text: 'changed' }),
    ` in this turn · PK primary key · FK foreign key · UQ unique · IX index${types} · drag to pan, wheel to zoom`);
}

/** The whole diagram as an SVG document of its own. */
function standalone(svg, width, height) {
  const copy = svg.cloneNode(true);
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function exportPng(svg, width, height) {
  const image = new Image();
  const scale = 2;
  image.addEventListener('load', () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    canvas.toBlob(blob => saveBlob('erd.png', blob), 'image/png');
  });
  const bytes = new TextEncoder().encode(standalone(svg, width, height));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  image.src = `data:image/svg+xml;base64,${btoa(binary)}`;
}

function loadMermaid() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = el('script', { src: document.querySelector('meta[name="sd-mermaid-url"]').content });
      script.addEventListener('load', () => {
        window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', htmlLabels: false, er: { htmlLabels: false }, suppressErrorRendering: true, logLevel: 5 });
        resolve(window.mermaid);
      });
      script.addEventListener('error', () => { loading = null; reject(new Error('the diagram library did not load')); });
      document.head.append(script);
    });
  }
  return loading;
}

async function renderMermaid(container, source) {
  if (!source.trim()) {
    if (!container.querySelector('svg')) clear(container).append(muted('No diagram in this turn.'));
    return;
  }
  clear(container).append(muted('Drawing the diagram…'));
  try {
    const mermaid = await loadMermaid();
    const { svg } = await mermaid.render(`erd-svg-${++counter}`, source);
    const clean = window.DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true, html: true }, ADD_TAGS: ['foreignObject'] });
    const figure = el('figure', { class: 'erd-figure mermaid', tabindex: '0', 'aria-label': 'ER diagram: scroll to see all of it' });
    figure.innerHTML = clean; // mermaid output (strict mode), sanitized again by DOMPurify
    clear(container).append(figure, details(source));
    const drawing = figure.querySelector('svg');
    if (drawing) {
      drawing.setAttribute('role', 'img');
      drawing.setAttribute('aria-label', 'Entity-relationship diagram of the schema');
    }
  } catch (e) {
    clear(container).append(
      el('p', { class: 'error', role: 'alert', text: `The diagram could not be drawn: ${e.message || e}` }),
      details(source));
  }
}

function details(source) {
  return el('details', { class: 'erd-source' }, el('summary', {}, 'Mermaid source'), el('pre', { tabindex: '0' }, el('code', { text: source })));
}
