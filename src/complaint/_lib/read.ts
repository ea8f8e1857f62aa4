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

/** The statistical category (CMP-07): the final root cause, else the recorded category, else the described symptom. */
export function categoryOf(r: Loose): string | undefined {
  const rc = r.rootCause as Loose | undefined;
  const sy = r.symptom as Loose | undefined;
  return str(rc && typeof rc === 'object' ? rc.category : undefined) ?? str(r.category) ?? str(sy && typeof sy === 'object' ? sy.category : undefined);
}

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
