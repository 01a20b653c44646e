// A line diff of two versions of a file (longest common subsequence), shown as hunks with three lines of
// context. No line-diff library is served as a webjar here; this one is small and bounded in size.

const CONTEXT = 3;
const MAX_CELLS = 4_000_000; // lines before × lines after; beyond that the file is shown whole instead

/** [{kind: ' ' | '+' | '-' | '…', text}] or null when the files are too large to compare. */
export function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) return null;
  const ops = [];
  for (let i = 0; i < start; i++) ops.push({ kind: ' ', text: a[i] });
  ops.push(...lcsOps(midA, midB));
  for (let i = endA; i < a.length; i++) ops.push({ kind: ' ', text: a[i] });
  return hunks(ops);
}

function lcsOps(a, b) {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { ops.push({ kind: ' ', text: a[i] }); i++; j++; }
    else if (table[i + 1][j] >= table[i][j + 1]) ops.push({ kind: '-', text: a[i++] });
    else ops.push({ kind: '+', text: b[j++] });
  }
  while (i < n) ops.push({ kind: '-', text: a[i++] });
  while (j < m) ops.push({ kind: '+', text: b[j++] });
  return ops;
}

/** Keeps changed lines and CONTEXT lines around them; a gap becomes one '…' line. */
function hunks(ops) {
  const keep = new Array(ops.length).fill(false);
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(ops.length - 1, i + CONTEXT); k++) keep[k] = true;
  });
  const out = [];
  let skipped = 0;
  ops.forEach((op, i) => {
    if (keep[i]) {
      if (skipped) out.push({ kind: '…', text: `${skipped} unchanged line${skipped === 1 ? '' : 's'}` });
      skipped = 0;
      out.push(op);
    } else {
      skipped++;
    }
  });
  if (skipped && out.length) out.push({ kind: '…', text: `${skipped} unchanged line${skipped === 1 ? '' : 's'}` });
  return out;
}
