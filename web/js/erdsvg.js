// Draws the schema as an SVG entity-relationship diagram: one box per table (key markers PK/FK/UQ, column,
// readable type, NOT NULL), its indexes and uniques below, foreign keys as lines with a crow's foot at the
// many end. What this turn added or changed is highlighted. Every name goes in as text, never as markup.

import { readableType } from './types.js';

const NS = 'http://www.w3.org/2000/svg';
const FONT = '12px "DejaVu Sans Mono", Menlo, Consolas, monospace';
const ROW = 20;
const HEAD = 26;
const PAD = 8;
const COLUMN_GAP = 90;
const TABLE_GAP = 28;
const COLORS = {
  border: '#5b6470', head: '#e7edf5', text: '#1b1f24', muted: '#4f5661', line: '#5b6470',
  added: '#146c2e', addedBg: '#e6f4ea', changed: '#7a4a00', changedBg: '#fff3dc', removed: '#a4161a',
};

let measureContext = null;
function textWidth(text) {
  if (!measureContext) {
    measureContext = document.createElement('canvas').getContext('2d');
    measureContext.font = FONT;
  }
  return Math.ceil(measureContext.measureText(text).width);
}

function node(tag, attrs = {}, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** What the turn's schema diff says about each table: {table: {change, columns: {name: change}, indexes: {name: change}}}. */
function changesOf(delta) {
  const out = {};
  for (const t of (delta && delta.tables) || []) {
    out[t.table] = {
      change: t.change,
      columns: Object.fromEntries((t.columns || []).map(c => [c.name, c.change])),
      indexes: Object.fromEntries([...(t.indexes || []), ...(t.constraints || [])].map(i => [i.name, i.change])),
    };
  }
  return out;
}

function markers(table, column) {
  const keys = [];
  if ((table.primary_key?.columns || []).includes(column.name)) keys.push('PK');
  if ((table.foreign_keys || []).some(fk => fk.columns.includes(column.name))) keys.push('FK');
  const unique = (table.uniques || []).some(u => u.columns.length === 1 && u.columns[0] === column.name)
    || (table.indexes || []).some(i => i.unique && i.keys.length === 1 && i.keys[0].column === column.name);
  if (unique) keys.push('UQ');
  return keys.join(' ');
}

function indexLines(table) {
  const lines = [];
  for (const i of table.indexes || []) {
    const cols = i.keys.map(k => k.column || k.expression || '?').join(', ');
    lines.push({ name: i.name, text: `${i.unique ? 'UQ ' : 'IX '}${i.name} (${cols})` });
  }
  for (const u of table.uniques || []) lines.push({ name: u.name, text: `UQ ${u.name || 'unique'} (${u.columns.join(', ')})` });
  return lines;
}

/** Depth of each table: 0 when it references no other table, else one more than the deepest it references. */
function depths(tables) {
  const byName = new Map(tables.map(t => [t.name, t]));
  const depth = new Map();
  const visit = (t, seen) => {
    if (depth.has(t.name)) return depth.get(t.name);
    if (seen.has(t.name)) return 0;
    seen.add(t.name);
    let d = 0;
    for (const fk of t.foreign_keys || []) {
      const parent = byName.get(fk.referenced_table);
      if (parent && parent.name !== t.name) d = Math.max(d, visit(parent, seen) + 1);
    }
    depth.set(t.name, d);
    return d;
  };
  for (const t of tables) visit(t, new Set());
  return depth;
}

/**
 * Returns {svg, width, height, focus: the corner of the first table this turn changed} for schema {tables}, highlighting
 * what `delta` (the reply's schema_diff) changed, with the types of `columnTypes` (the reply's column_types).
 */
export function drawErd(schema, delta, columnTypes) {
  const tables = schema.tables || [];
  // each type as the project's database spells it (the server's dialect); the model's name for replies stored without them
  const spelled = (t, c) => (columnTypes && columnTypes.tables && columnTypes.tables[t.name] || {})[c.name] || readableType(c.type);
  const changes = changesOf(delta);
  const depth = depths(tables);
  const boxes = tables.map(t => {
    const rows = t.columns.map(c => ({ keys: markers(t, c), name: c.name, type: spelled(t, c) + (c.identity ? ' identity' : ''), notNull: !c.nullable }));
    const keyW = Math.max(textWidth('PK FK'), ...rows.map(r => textWidth(r.keys)));
    const nameW = Math.max(...rows.map(r => textWidth(r.name)), 40);
    const typeW = Math.max(...rows.map(r => textWidth(`${r.type}${r.notNull ? ' NOT NULL' : ''}`)), 40);
    const indexes = indexLines(t);
    const width = Math.max(keyW + nameW + typeW + PAD * 8, textWidth(t.name) + PAD * 4, ...indexes.map(i => textWidth(i.text) + PAD * 2));
    const height = HEAD + rows.length * ROW + (indexes.length ? 6 + indexes.length * ROW : 0) + 4;
    return { table: t, rows, indexes, keyW, nameW, width, height, depth: depth.get(t.name) || 0 };
  });
  const columns = [];
  for (const b of boxes) (columns[b.depth] ||= []).push(b);
  let x = 20;
  let maxY = 0;
  for (const column of columns.filter(Boolean)) {
    let y = 20;
    const w = Math.max(...column.map(b => b.width));
    for (const b of column) {
      b.x = x;
      b.y = y;
      y += b.height + TABLE_GAP;
    }
    maxY = Math.max(maxY, y);
    x += w + COLUMN_GAP;
  }
  const width = Math.max(x - COLUMN_GAP + 20, 200);
  const height = Math.max(maxY, 100);
  const svg = node('svg', { xmlns: NS, viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': '"DejaVu Sans Mono", Menlo, Consolas, monospace', 'font-size': 12 });
  svg.append(node('title', {}, `Entity-relationship diagram: ${tables.length} table${tables.length === 1 ? '' : 's'}`));
  svg.append(node('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const edges = node('g', { class: 'erd-edges' });
  const drawn = node('g', { class: 'erd-tables' });
  svg.append(edges, drawn);
  const byName = new Map(boxes.map(b => [b.table.name, b]));
  for (const b of boxes) drawn.append(tableBox(b, changes[b.table.name]));
  for (const b of boxes) {
    for (const fk of b.table.foreign_keys || []) {
      const parent = byName.get(fk.referenced_table);
      if (parent) edges.append(edge(b, parent, fk, changes[b.table.name]));
    }
  }
  const changed = boxes.find(b => changes[b.table.name]);
  return { svg, width, height, focus: changed ? { x: changed.x, y: changed.y } : { x: 0, y: 0 } };
}

function tableBox(b, change) {
  const t = b.table;
  const added = change && change.change === 'added';
  const g = node('g', { class: `erd-table${added ? ' added' : change ? ' changed' : ''}`, 'data-table': t.name, transform: `translate(${b.x},${b.y})` });
  const stroke = added ? COLORS.added : change ? COLORS.changed : COLORS.border;
  g.append(node('rect', { width: b.width, height: b.height, rx: 4, fill: '#ffffff', stroke, 'stroke-width': change ? 2.5 : 1 }));
  g.append(node('rect', { width: b.width, height: HEAD, rx: 4, fill: added ? COLORS.addedBg : COLORS.head, stroke, 'stroke-width': change ? 2.5 : 1 }));
  g.append(node('text', { x: PAD, y: 17, 'font-weight': 'bold', fill: COLORS.text }, t.name));
  if (change) g.append(node('text', { x: b.width - PAD, y: 17, 'text-anchor': 'end', fill: stroke, 'font-size': 10 }, added ? 'NEW' : 'CHANGED'));
  b.rows.forEach((r, i) => {
    const y = HEAD + i * ROW;
    const columnChange = change && !added ? change.columns[r.name] : null;
    const row = node('g', { class: `erd-column${columnChange ? ` ${columnChange}` : ''}`, 'data-column': r.name, transform: `translate(0,${y})` });
    if (columnChange) row.append(node('rect', { x: 1, y: 0, width: b.width - 2, height: ROW, fill: columnChange === 'added' ? COLORS.addedBg : COLORS.changedBg }));
    row.append(node('text', { x: PAD, y: 14, fill: COLORS.muted, 'font-weight': 'bold' }, r.keys));
    row.append(node('text', { x: PAD * 3 + b.keyW, y: 14, fill: COLORS.text }, r.name));
    row.append(node('text', { x: PAD * 5 + b.keyW + b.nameW, y: 14, fill: COLORS.muted }, `${r.type}${r.notNull ? ' NOT NULL' : ''}`));
    if (columnChange) row.append(node('text', { x: b.width - 4, y: 14, 'text-anchor': 'end', fill: columnChange === 'added' ? COLORS.added : COLORS.changed, 'font-weight': 'bold' }, columnChange === 'added' ? '+' : '~'));
    g.append(row);
  });
  if (b.indexes.length) {
    const top = HEAD + b.rows.length * ROW + 3;
    g.append(node('line', { x1: 0, x2: b.width, y1: top, y2: top, stroke: COLORS.border, 'stroke-dasharray': '3 3' }));
    b.indexes.forEach((ix, i) => {
      const indexChange = change && !added ? change.indexes[ix.name] : null;
      const y = top + 3 + i * ROW;
      const row = node('g', { class: `erd-index${indexChange ? ` ${indexChange}` : ''}`, 'data-index': ix.name || '', transform: `translate(0,${y})` });
      if (indexChange) row.append(node('rect', { x: 1, y: 0, width: b.width - 2, height: ROW, fill: COLORS.addedBg }));
      row.append(node('text', { x: PAD, y: 14, fill: COLORS.muted, 'font-size': 11 }, ix.text));
      g.append(row);
    });
  }
  return g;
}

function edge(child, parent, fk, change) {
  const rowIndex = Math.max(0, child.rows.findIndex(r => r.name === fk.columns[0]));
  const pkIndex = Math.max(0, parent.rows.findIndex(r => r.name === (fk.referenced_columns || [])[0]));
  const cy = child.y + HEAD + rowIndex * ROW + ROW / 2;
  const py = parent.y + HEAD + pkIndex * ROW + ROW / 2;
  const self = child === parent;
  const childLeft = child.x;
  const parentRight = parent.x + parent.width;
  const isNew = change && (change.change === 'added' || change.indexes[fk.name] === 'added');
  const color = isNew ? COLORS.added : COLORS.line;
  const g = node('g', { class: 'erd-edge', 'data-from': child.table.name, 'data-to': parent.table.name });
  let d;
  let footX;
  let dir;
  if (self) {
    const right = child.x + child.width;
    d = `M ${right} ${cy} C ${right + 40} ${cy}, ${right + 40} ${py}, ${right} ${py}`;
    footX = right; dir = 1;
  } else if (parentRight <= childLeft) {
    const mid = (parentRight + childLeft) / 2;
    d = `M ${childLeft} ${cy} C ${mid} ${cy}, ${mid} ${py}, ${parentRight} ${py}`;
    footX = childLeft; dir = -1;
  } else {
    const left = Math.min(child.x, parent.x);
    d = `M ${child.x} ${cy} C ${left - 40} ${cy}, ${left - 40} ${py}, ${parent.x} ${py}`;
    footX = child.x; dir = -1;
  }
  g.append(node('path', { d, fill: 'none', stroke: color, 'stroke-width': isNew ? 2 : 1.3 }));
  // crow's foot at the many (child) end, a bar at the one (parent) end
  const f = 10 * dir;
  g.append(node('path', { d: `M ${footX + f} ${cy} L ${footX} ${cy - 6} M ${footX + f} ${cy} L ${footX} ${cy + 6} M ${footX + f} ${cy} L ${footX} ${cy}`, stroke: color, fill: 'none', 'stroke-width': 1.3 }));
  const endX = self ? child.x + child.width : parentRight <= childLeft ? parentRight : parent.x;
  const bar = self || parentRight <= childLeft ? 8 : -8;
  g.append(node('line', { x1: endX + bar, x2: endX + bar, y1: py - 6, y2: py + 6, stroke: color, 'stroke-width': 1.3 }));
  g.append(node('title', {}, `${child.table.name}.${fk.columns.join(', ')} → ${parent.table.name}.${(fk.referenced_columns || []).join(', ')}`));
  return g;
}
