import type { SlaCase, SlaPolicy } from '../../src/index';

/** A policy with warnings, levels, maxima, business hours, an agreeable clock and a periodic clock. */
export const LONG_LOG_POLICY: SlaPolicy;
export type LogShape = 'notes' | 'pauses' | 'mixed';
/** A case of `n` events of the given shape, one every `stepMs` (default 7 minutes). */
export function longCase(n: number, shape: LogShape, stepMs?: number): SlaCase;
/** The window covering the whole log. */
export function wholeLog(c: SlaCase): [number, number];
