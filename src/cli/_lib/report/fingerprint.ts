import { createHash } from 'node:crypto';
import type { Finding, ReportCase } from './types';

/** The key of guifan's fingerprint in SARIF `partialFingerprints` (and in a baseline). */
export const FINGERPRINT_KEY = 'guifanFinding/v1';

/** A finding's stable rule id: the rule and the issue code (`CMP-02/UNKNOWN_CHANNEL`), the code alone where no rule applies. */
export const ruleIdOf = (f: Pick<Finding, 'code' | 'rule'>): string => (f.rule ? `${f.rule}/${f.code}` : f.code);

/**
 * A finding's fingerprint: the command, the record's identity (its id; else
 * its name and line), the rule id and the path — not the file name, the line
 * of a record that has an id, or the message text, so that it survives
 * re-exports and reordering. 32 hex digits of SHA-256.
 */
export function fingerprintOf(command: string, c: Pick<ReportCase, 'key' | 'name' | 'line'>, f: Finding): string {
  const key = c.key ?? `${c.name}\u0000${c.line ?? ''}`;
  return createHash('sha256')
    .update(`${command}\u0000${key}\u0000${ruleIdOf(f)}\u0000${(f.path ?? []).join('.')}`)
    .digest('hex')
    .slice(0, 32);
}
