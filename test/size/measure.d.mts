// Types of measure.mjs (a plain .mjs so that it also runs from the command line).
export declare const root: string;
export interface Budget {
  entry: string;
  label: string;
  budgetKb: number;
  /** Issue 13's goal; above it the table says "not met". */
  targetKb: number;
}
export declare const BUDGETS: readonly Budget[];
export declare function assertBuilt(): void;
export declare function measure(entry: string): Promise<{ min: number; gz: number; metafile: unknown; text: string }>;
export declare function contributors(metafile: unknown): [string, number][];
export declare function table(rows: readonly (Budget & { min: number; gz: number })[]): string;
