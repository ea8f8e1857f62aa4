/** RFC 5545 text helpers shared by the iCalendar writers (meeting invitations, holiday feeds). */

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export const icalText = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldIcalLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    // UTF-8 length from the code point (a lone surrogate is written as U+FFFD, 3 bytes), not an encoder
    // call per character: that made a 100 000-character title take ~50–100 ms (fuzz).
    const c = ch.codePointAt(0)!;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/**
 * An iCalendar object from its unfolded content lines (RFC 5545 §3.1): each
 * folded at 75 octets and ended by CRLF — the last one too. Every .ics guifan
 * writes goes through here.
 */
export function icalDocument(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) out += `${foldIcalLine(l)}\r\n`;
  return out;
}
