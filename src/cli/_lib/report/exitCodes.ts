/**
 * The exit codes of every `check-*` command, one table for all formats
 * (README “Exit codes”): whatever the code, the chosen format carries why.
 */
export const EXIT = Object.freeze({
  /** Everything was checked and nothing fails at the `--fail-on` level. */
  clean: 0,
  /** A finding at the `--fail-on` level (default: an error) that is not in the baseline. */
  findings: 1,
  /** The run could not check everything: bad usage, an unreadable file, line or record. Findings may be reported too. */
  incomplete: 2,
} as const);
