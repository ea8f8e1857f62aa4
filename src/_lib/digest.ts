/**
 * A 64-bit digest of a text, as 16 hex digits: two independent 32-bit FNV-1a
 * lanes (different offsets and primes) over its UTF-16 code units. For telling
 * apart versions of one record without keeping them (two different texts share
 * a digest with odds of about 2⁻⁶⁴); not for security.
 */
export function digestText(text: string): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
