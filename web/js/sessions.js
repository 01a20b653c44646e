// Recent sessions, and the current session id kept in the URL (#session=…) so a reload restores it.

import { el, clear } from './dom.js';
import { getJson } from './api.js';

export function sessionFromUrl() {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const query = new URLSearchParams(location.search);
  return hash.get('session') || query.get('session') || null;
}

export function setSessionInUrl(id) {
  const target = id ? `#session=${encodeURIComponent(id)}` : location.pathname;
  if ((id && location.hash === target) || (!id && !location.hash)) return;
  history.pushState(null, '', target);
}

/** Fills the list with recent sessions; projectName(id) names each session's project. */
export async function refreshSessions(list, currentId, projectName = id => id) {
  let sessions;
  try {
    sessions = (await getJson('/api/v1/sessions?limit=30')).sessions || [];
  } catch (e) {
    clear(list).append(el('li', { class: 'error', text: `Sessions could not be listed: ${e.message}` }));
    return;
  }
  clear(list);
  if (sessions.length === 0) list.append(el('li', { class: 'muted', text: 'No sessions yet.' }));
  for (const s of sessions) {
    const when = s.updated_at ? new Date(s.updated_at).toLocaleString() : '';
    list.append(el('li', {},
      el('a', { href: `#session=${encodeURIComponent(s.id)}`, 'aria-current': s.id === currentId ? 'page' : false },
        el('span', { class: 'title', text: s.title || s.id }),
        el('span', { class: 'muted small', text: `${projectName(s.project_id)} · ${when}` }))));
  }
}
