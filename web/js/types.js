// Column types as a person reads them: the model's logical names (string(100), timestamptz, …) with
// string(n) shown as the varchar(n) every dialect of the project writes.

export function readableType(type) {
  const t = String(type || '');
  const string = /^string\((\d+)\)$/.exec(t);
  if (string) return `varchar(${string[1]})`;
  return t;
}
