/**
 * The 1-based line where each element of the top-level array starts — or of
 * the array under `key` of a top-level object (`records`, `cases`) — so that
 * every finding of a JSON file points at its record. Strings are skipped, so
 * brackets inside them do not count.
 */
export function elementLines(text: string, key: string): number[] {
  const out: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let target = 0; // depth of the array whose elements are wanted; -1 once it is closed
  let want = false;
  let inStr = false;
  let esc = false;
  let str = '';
  let lastKey = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\n') line++;
    if (inStr) {
      if (esc) esc = false;
      else if (ch === '\\') esc = true;
      else if (ch === '"') {
        inStr = false;
        if (stack.length === 1) lastKey = str;
      } else if (stack.length === 1) str += ch;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    if (want && stack.length === target && ch !== ']') {
      out.push(line);
      want = false;
    }
    if (ch === '"') {
      inStr = true;
      str = '';
    } else if (ch === '[') {
      stack.push('[');
      if (target === 0 && (stack.length === 1 || (stack.length === 2 && stack[0] === '{' && lastKey === key))) {
        target = stack.length;
        want = true;
      }
    } else if (ch === '{') stack.push('{');
    else if (ch === ']' || ch === '}') {
      if (stack.length === target) target = -1;
      stack.pop();
    } else if (ch === ',' && stack.length === target) want = true;
  }
  return out;
}

/** The line of the first non-blank character (a document that is one record). */
export const firstLine = (text: string): number => 1 + (text.slice(0, Math.max(0, text.search(/\S/))).match(/\n/g)?.length ?? 0);

/** Whether a record starting at line `start` (ending before `next`) covers one of `bad` (sorted). */
export const touches = (bad: readonly number[], start: number, next: number): number | undefined => bad.find((l) => l >= start && l < next);
