import { tryEpochMs } from '../../_lib/input';

/** Loose field access for the hot loops: records are checked field by field, never trusted. */
export type Loose = Record<string, unknown>;

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** Epoch ms of an instant field (a Date costs nothing; text is parsed once), or undefined. */
export function ms(v: unknown): number | undefined {
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? undefined : t;
  }
  return typeof v === 'string' ? tryEpochMs(v) : undefined;
}

/** The final root cause a record carries (最终原因, CMP-07), once it is known. */
export function rootCauseOf(r: Loose): string | undefined {
  const rc = r.rootCause as Loose | undefined;
  return rc !== null && typeof rc === 'object' ? str(rc.category) : undefined;
}

/** What a record says of its category short of a root cause: the recorded category, else the described symptom (表象). */
export function describedCategoryOf(r: Loose): string | undefined {
  const sy = r.symptom as Loose | undefined;
  return str(r.category) ?? (sy !== null && typeof sy === 'object' ? str(sy.category) : undefined);
}

/** A record's own statistical category (CMP-07): the final root cause, else the recorded category, else the described symptom. */
export const categoryOf = (r: Loose): string | undefined => rootCauseOf(r) ?? describedCategoryOf(r);

/** The people one record speaks for (投诉人数, CMP-05): a positive whole number, else 1. */
export const peopleOf = (r: Loose): number => (typeof r.people === 'number' && Number.isInteger(r.people) && r.people > 0 ? r.people : 1);

/** A count written on a post (replies, views): a finite non-negative number, rounded down; anything else is 0. */
export const nonNegative = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

/** The record's `online` object (CMP-06), when it has one. */
export const onlineOf = (r: Loose): Loose | undefined => (r.online !== null && typeof r.online === 'object' ? (r.online as Loose) : undefined);

/** A text comparison in UTF-16 code-unit order (as `Array.prototype.sort` orders strings): input order never decides. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Who the customer is, for the people count (CMP-05): id, else contact, else name + unit. */
export function customerKey(r: Loose): string | undefined {
  const c = r.customer as Loose | undefined;
  if (!c || typeof c !== 'object') return undefined;
  // An id is the key itself (no string built per record); the others are
  // marked with a NUL, which no real id starts with.
  const id = str(c.id);
  if (id) return id;
  const contact = str(c.contact);
  if (contact) return `\u0000c${contact}`;
  const name = str(c.name);
  return name ? `\u0000n${name}|${str(r.unit) ?? ''}` : undefined;
}

export const UNCLASSIFIED = '(unclassified)';
