import type { LocalizedText } from '../../../errors/types';

/** The report formats of every `check-*` command. */
export const REPORT_FORMATS = ['text', 'json', 'junit', 'github', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `--fail-on`: the lowest severity that fails the run (exit 1); `never` reports without failing. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** One problem of one checked record, in every report format. */
export interface Finding {
  /** An issue code of the library (`UNKNOWN_CHANNEL`) or of the command line (`CLOCK_BREACHED`, `TARGET_NOT_MET`). */
  readonly code: string;
  /** The rule id it enforces (`CMP-02`), when there is one. */
  readonly rule?: string | undefined;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
  /** Path inside the record. */
  readonly path?: readonly (string | number)[];
  /** 1-based line in the input file; the case's line when absent. */
  readonly line?: number | undefined;
  /** 1-based column (code points). */
  readonly column?: number | undefined;
}

/** One checked record (a case's clock, a notice, an utterance, a complaint record, a metric): one JUnit test case. */
export interface ReportCase {
  /** e.g. `'C-1 complaint-answer'`; the writers add the line, so that names are unique in a suite. */
  readonly name: string;
  /** The kind of entry where a command reports several (`records`, `count`, `metrics`): JUnit classname `guifan.<command>.<group>`. */
  readonly group?: string | undefined;
  /** 1-based line where the record starts in the input. */
  readonly line?: number | undefined;
  /** The record's stable identity (its id) for fingerprints; the name and line when absent. */
  readonly key?: string | undefined;
  /** A one-line summary in both languages (state, due …), shown in text and JUnit output. */
  readonly summary?: LocalizedText | undefined;
  readonly findings: readonly Finding[];
}

/** Something the run could not check (a line that is not JSON or not UTF-8, a record of the wrong shape, a file that cannot be read): exit 2. */
export interface Problem {
  /** `INVALID_JSON`, `INVALID_UTF8`, `INVALID_INPUT`, `FILE_UNREADABLE`, `USAGE`, or a policy issue's code. */
  readonly code: string;
  readonly rule?: string | undefined;
  /** The file it is about (the input, or the policy or baseline file). */
  readonly file: string;
  /** 1-based line, when the problem is on one line. */
  readonly line?: number | undefined;
  /** The operating system's code of an I/O error (`ENOENT`, `EISDIR`, `EACCES` …). */
  readonly reason?: string | undefined;
  readonly message: LocalizedText;
}
