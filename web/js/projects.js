// The project picker: the bundled Customer Feedback Analyzer, and projects made here from pasted DDL or models.

import { el } from './dom.js';
import { getJson, postJson } from './api.js';

export const BUNDLED = { id: 'customer-feedback-analyzer', name: 'Customer Feedback Analyzer' };
const STORAGE_KEY = 'schema-designer.projects';

function remembered() {
  try {
    const list = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
    return Array.isArray(list) ? list.filter(p => p && typeof p.id === 'string' && typeof p.name === 'string') : [];
  } catch (e) {
    return [];
  }
}

function remember(project) {
  const list = remembered().filter(p => p.id !== project.id);
  list.unshift({ id: project.id, name: project.name });
  localStorage.setItem(STORAGE_KEY, JSON.stringify(list.slice(0, 20)));
}

export class ProjectPicker {
  constructor(select, onChange) {
    this.select = select;
    this.render();
    select.addEventListener('change', () => onChange(select.value));
  }

  get current() { return this.select.value || BUNDLED.id; }

  render(selected = this.select.value || BUNDLED.id) {
    const projects = [BUNDLED, ...remembered().filter(p => p.id !== BUNDLED.id)];
    this.select.replaceChildren(...projects.map(p => el('option', { value: p.id, text: p.name })));
    this.select.value = projects.some(p => p.id === selected) ? selected : BUNDLED.id;
  }

  /** Shows the project of a restored session, fetching its name when this browser has not seen it. */
  async show(id) {
    if (!id) return;
    if (id !== BUNDLED.id && !remembered().some(p => p.id === id)) {
      try {
        remember(await getJson(`/api/v1/projects/${encodeURIComponent(id)}`));
      } catch (e) {
        remember({ id, name: id });
      }
    }
    this.render(id);
  }

  add(project) {
    remember(project);
    this.render(project.id);
  }
}

/** Wires the "New project" dialog; onCreated(project) runs after the server made it. */
export function wireProjectDialog(openButton, onCreated) {
  const dialog = document.getElementById('project-dialog');
  const form = document.getElementById('project-form');
  const error = document.getElementById('project-error');
  const field = id => document.getElementById(id);
  openButton.addEventListener('click', () => {
    error.hidden = true;
    dialog.showModal();
    field('project-name').focus();
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const content = field('project-schema').value;
    const body = {
      name: field('project-name').value.trim(),
      dialects: { production: field('project-production').value, development: field('project-development').value },
      orm_style: field('project-orm').value,
    };
    if (content.trim()) body.schema = { format: field('project-format').value, content };
    const button = field('project-create');
    button.disabled = true;
    try {
      const project = await postJson('/api/v1/projects', body);
      dialog.close();
      form.reset();
      onCreated(project);
    } catch (e) {
      error.textContent = `The project could not be created: ${e.message}`;
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
}
