// Markdown from the server (model output, rule docs) → sanitized DOM; code blocks highlighted.

const HLJS_ALIASES = { mermaid: 'plaintext', mmd: 'plaintext', mako: 'python' };

// Markdown comes from people and models, so it may format text but not build UI: no forms or
// controls (a fake "re-enter your token" form), no id/name that would shadow the page's own
// elements, no images from other origins (audit 6.2, M4). The CSP blocks remote images as well.
const MARKDOWN_POLICY = {
  FORBID_TAGS: ['form', 'input', 'button', 'textarea', 'select', 'option', 'fieldset', 'dialog'],
  FORBID_ATTR: ['id', 'name', 'form', 'formaction', 'action'],
};

function dropRemoteImages(node) {
  if (node.nodeName !== 'IMG') return;
  const src = node.getAttribute('src') || '';
  let sameOrigin = false;
  try { sameOrigin = src.startsWith('data:') || new URL(src, window.location.href).origin === window.location.origin; } catch { sameOrigin = false; }
  if (!sameOrigin) node.remove();
}

function sanitizeMarkdownHtml(html) {
  const purify = window.DOMPurify;
  purify.addHook('afterSanitizeAttributes', dropRemoteImages);
  try {
    return purify.sanitize(html, MARKDOWN_POLICY);
  } finally {
    purify.removeHook('afterSanitizeAttributes');
  }
}

/** A <div class="markdown"> holding the sanitized rendering of `text`. */
export function renderMarkdown(text, className = 'markdown') {
  const html = sanitizeMarkdownHtml(window.marked.parse(text || '', { gfm: true, breaks: false }));
  const node = document.createElement('div');
  node.className = className;
  node.innerHTML = html; // sanitized by DOMPurify just above
  for (const link of node.querySelectorAll('a[href]')) {
    link.setAttribute('rel', 'noopener noreferrer');
    link.setAttribute('target', '_blank');
  }
  for (const code of node.querySelectorAll('pre code')) highlightElement(code);
  return node;
}

/** Highlights a <code> element in place; the language comes from its class or is detected. */
export function highlightElement(code, language) {
  const hljs = window.hljs;
  const wanted = language || [...code.classList].find(c => c.startsWith('language-'))?.slice(9);
  const lang = HLJS_ALIASES[wanted] || wanted;
  if (lang && hljs.getLanguage(lang)) {
    code.classList.add(`language-${lang}`);
  } else if (lang) {
    code.classList.add('language-plaintext');
  }
  hljs.highlightElement(code);
}

/** The highlight.js language for an artifact. */
export function languageOf(artifact) {
  const path = artifact.path || '';
  if (path.endsWith('.ini')) return 'ini';
  if (path.endsWith('.mako')) return 'python';
  return HLJS_ALIASES[artifact.language] || artifact.language || 'plaintext';
}
