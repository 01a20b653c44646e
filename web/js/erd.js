// The ER diagram from the reply's Mermaid text; mermaid loads on first use; a render error is shown as text.

import { el, clear, muted } from './dom.js';

let loading = null;
let counter = 0;

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

export async function renderErd(container, reply) {
  const source = reply.erd || '';
  if (!source.trim()) {
    if (!container.querySelector('svg')) clear(container).append(muted('No diagram in this turn.'));
    return;
  }
  clear(container).append(muted('Drawing the diagram…'));
  try {
    const mermaid = await loadMermaid();
    const { svg } = await mermaid.render(`erd-svg-${++counter}`, source);
    const clean = window.DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true, html: true }, ADD_TAGS: ['foreignObject'] });
    const figure = el('figure', { class: 'erd-figure', tabindex: '0', 'aria-label': 'ER diagram: scroll to see all of it' });
    figure.innerHTML = clean; // mermaid output (strict mode), sanitized again by DOMPurify
    clear(container).append(figure, details(source));
    const drawing = figure.querySelector('svg');
    if (drawing) {
      drawing.setAttribute('role', 'img');
      drawing.setAttribute('aria-label', 'Entity-relationship diagram of the schema');
      fit(drawing, figure);
    }
  } catch (e) {
    clear(container).append(
      el('p', { class: 'error', role: 'alert', text: `The diagram could not be drawn: ${e.message || e}` }),
      details(source));
  }
}

/** As wide as the panel, but never shrunk below a readable 560 px: narrower screens scroll sideways. */
function fit(drawing, figure) {
  const natural = drawing.viewBox && drawing.viewBox.baseVal ? drawing.viewBox.baseVal.width : 0;
  if (!natural) return;
  const width = Math.max(Math.min(natural, figure.clientWidth), Math.min(natural, 560));
  drawing.style.maxWidth = 'none';
  drawing.style.width = `${Math.round(width)}px`;
}

function details(source) {
  return el('details', { class: 'erd-source' }, el('summary', {}, 'Mermaid source'), el('pre', { tabindex: '0' }, el('code', { text: source })));
}
