// The project picker: the server's projects (GET /api/v1/projects, bundled first), and new ones made here from pasted DDL or models.

import { el } from './dom.js';
import { getJson, postJson } from './api.js';

export const BUNDLED = { id: 'customer-feedback-analyzer', name: 'Customer Feedback Analyzer', bundled: true };

export class ProjectPicker {
  constructor(select, onChange) {
    this.select = select;
    this.projects = [BUNDLED];
    this.render();
    select.addEventListener('change', () => onChange(select.value));
  }

  get current() { return this.select.value || BUNDLED.id; }

  nameOf(id) { return (this.projects.find(p => p.id === id) || { name: id }).name; }

  /** Fetches the list from the server; keeps the bundled project alone when it cannot be listed. */
  async load(selected = this.select.value) {
    try {
      const projects = (await getJson('/api/v1/projects')).projects || [];
      if (projects.length > 0) this.projects = projects;
    } catch (e) {
      this.select.title = `Projects could not be listed: ${e.message}`;
    }
    this.render(selected);
  }

  render(selected = this.select.value || BUNDLED.id) {
    this.select.replaceChildren(...this.projects.map(p => el('option', { value: p.id, text: p.name, title: describe(p) })));
    this.select.value = this.projects.some(p => p.id === selected) ? selected : this.projects[0].id;
  }

  /** Shows the project of a restored session, listing again when the server has one this page has not seen. */
  async show(id) {
    if (!id) return;
    if (!this.projects.some(p => p.id === id)) await this.load(id);
    if (!this.projects.some(p => p.id === id)) this.projects.push({ id, name: id });
    this.render(id);
  }

  add(project) {
    this.projects = [...this.projects.filter(p => p.id !== project.id), project];
    this.render(project.id);
  }
}

function describe(p) {
  const parts = [];
  if (p.dialects) parts.push(`${p.dialects.production} / ${p.dialects.development}`);
  if (p.orm_style) parts.push(p.orm_style);
  if (typeof p.tables === 'number') parts.push(`${p.tables} table${p.tables === 1 ? '' : 's'}`);
  return parts.join(' · ');
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
