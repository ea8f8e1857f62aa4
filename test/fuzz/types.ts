// Shared shape of the per-module fuzz cases (test/fuzz/cases/<module>.ts).
import type { Arbitrary } from 'fast-check';

/** How the fuzz test calls one public export with odd input. */
export type FuzzCase =
  /** A function. `near`: generators of argument lists that are almost valid (the runner adds fc.anything() lists itself). */
  | { readonly kind: 'function'; readonly near: readonly Arbitrary<readonly unknown[]>[] }
  /** A zod schema: fuzzed through safeParse, which must never throw. */
  | { readonly kind: 'schema' }
  /** A constant, a class or data: not called; say why. */
  | { readonly kind: 'value'; readonly why: string };

/** Export name → its fuzz case. */
export type FuzzCases = Readonly<Record<string, FuzzCase>>;
