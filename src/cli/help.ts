import { CALENDAR_HELP } from './commands/calendar';

/** `guifan --help`. */
export const HELP = `guifan — 规范: Chinese service regulations as code

Usage:
  guifan due <start> <limit>                deadline of a limit started at <start>
                                            e.g. guifan due 2026-09-30T16:00+08:00 1个工作日内
  guifan workday <date> [n]                 is <date> a working day; with n, the n-th working day after it
  guifan check-sla <cases.json|.ndjson|->   evaluate cases against an SLA policy (exit 1 on a breach);
                                            NDJSON (one case per line, - for stdin) streams in constant memory
      --policy <preset-id|policy.json>      default property-service-centre
      --at <instant>                        default now
      --fail-on error|warning|never         default error (breached, over-max: the earlier spellings)
  guifan check-meeting <notice.json|.txt|notices.ndjson|->  validate meeting notices (exit 1 on errors);
                                            NDJSON (one notice per line, or { "text", "id"? }; - for stdin)
                                            streams in constant memory, a bad line is exit 2 with its number
      --year <yyyy>                         year for text dates written without one
      --now <instant>                       the present, for relative days (明天) and materials not yet sent
  guifan check-language <file|->            forbidden service phrases (SVC-02) in a transcript: one
                                            utterance per line, or NDJSON { "text", "id"? }; findings
                                            as file:line:column (exit 1 on a forbidden phrase)
${CALENDAR_HELP}

  guifan check-complaints <records.json|.ndjson|->  count complaints, closure states, metrics vs targets
                                            (exit 1 on a record error or a missed target, 2 on an unreadable
                                            line); findings stream out, the counting answer comes at the end
      --at <instant>                        default now
      --from <date> --to <date>             metrics period, default first record … --at
      --policy <preset-id|policy.json>      adds on-time rates per SLA clock
      --jobs <n>                            NDJSON checked by n worker threads (the same report)
  guifan complaints summarize <part.ndjson|->  one part of an NDJSON file as a summary (a part file on
                                            stdout), to merge with the others' (any machine, any order)
      --at <instant>                        required: every part is judged at one instant
      --first-line <n>                      the part's first line in the whole file, default 1
      --ids check|trust                     check: ids compared across parts (CMP-20), default; trust: ids
                                            a database keeps unique (parts and merge far smaller)
      --from --to --policy                  as check-complaints
  guifan complaints merge <part.json…>      the parts merged (they must cover the file's lines once) and
                                            finished: check-complaints' count and metrics, in --format
      --summary                             write the merged part instead (to merge further)
  guifan check-roster <roster.json|->       a duty roster: coverage, duty officer, weekly rest, overtime
                                            (DUT-01…DUT-04; exit 1 on errors)
      --from <date> --to <date>             days checked, default the days the shifts touch
      --office-hours <HH:mm-HH:mm,…|24x7>   office hours: outside them the duty officer is needed (CAL-06)
  guifan schema <name> | --list | --out <dir>  JSON Schema of a public model (sla-policy, meeting-notice …)

Options: --lang zh-CN|en (messages, default zh-CN), --json (machine-readable output),
  --format text|json|junit|github|sarif (every check-* command and calendar coverage: JUnit XML, GitHub annotations, SARIF 2.1.0),
  --fail-on error|warning|never (every check-* command and calendar coverage: the lowest severity that fails, default error),
  --baseline <previous.sarif|fingerprints.json> (known findings are reported but do not fail), --help, --version
Exit codes: 0 clean, 1 findings at the --fail-on level, 2 the run could not check everything (bad usage, an
  unreadable file, line or record); whatever the code, the chosen format carries the reason.`;
