import { toJSONSchema } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { CalendarOptionsSchema, CalendarYearSchema } from '../../calendar/schema';
import { TimeLimitSchema } from '../../time-limit/schema';
import { SlaCaseSchema, SlaPolicySchema } from '../../sla/schema';
import { AnnualInputSchema, AppraisalSchemeSchema, AppraisalSheetSchema, PenaltyTableSchema } from '../../appraisal/schema';
import { AbsenceReportSchema, ChangeNoticeSchema, MeetingNoticeSchema, MinutesSchema, MonthlyScheduleSchema } from '../../meeting/schema';
import { ComplaintRecordSchema, ComplaintTaxonomySchema } from '../../complaint/schema';
import { ComplaintSummarySchema } from '../../complaint/index';
import { ConductCaseSchema, ManualUpdatesSchema, RuleChangesSchema, ServiceLanguageListSchema } from '../../conduct/schema';
import { AnnualLeaveInputSchema, RosterSchema } from '../../duty/schema';

/** The public models, by the name `guifan schema <name>` and `guifan/schemas/<name>.json` use. */
export const PUBLIC_SCHEMAS: Readonly<Record<string, { readonly schema: unknown; readonly title: string }>> = {
  'calendar-options': { schema: CalendarOptionsSchema, title: 'createCalendar options (CAL-01…CAL-06)' },
  'calendar-year': { schema: CalendarYearSchema, title: 'One year of holidays and make-up working days, as createCalendar({ years }) takes it (CAL-01, CAL-02)' },
  'time-limit': { schema: TimeLimitSchema, title: 'A time limit { amount, unit } (TL-01)' },
  'sla-policy': { schema: SlaPolicySchema, title: 'An SLA policy: clocks, limits, warnings, escalation (ESC-01…ESC-05)' },
  'sla-case': { schema: SlaCaseSchema, title: 'An SLA case: attributes and its event log' },
  'appraisal-scheme': { schema: AppraisalSchemeSchema, title: 'An appraisal scheme (APR-02)' },
  'appraisal-sheet': { schema: AppraisalSheetSchema, title: 'One appraisal sheet: marks and bonus (APR-02, APR-05)' },
  'annual-input': { schema: AnnualInputSchema, title: 'The parts of an annual appraisal (APR-04)' },
  'penalty-table': { schema: PenaltyTableSchema, title: 'First-inquiry penalties in fen (APR-07)' },
  'meeting-notice': { schema: MeetingNoticeSchema, title: 'A meeting notice (MTG-01…MTG-04)' },
  'monthly-schedule': { schema: MonthlyScheduleSchema, title: 'A monthly meeting schedule (MTG-05)' },
  'change-notice': { schema: ChangeNoticeSchema, title: 'A meeting change notice (MTG-06)' },
  'absence-report': { schema: AbsenceReportSchema, title: 'An absence or lateness report (MTG-03)' },
  minutes: { schema: MinutesSchema, title: 'Meeting minutes (MTG-07)' },
  'complaint-record': { schema: ComplaintRecordSchema, title: 'A complaint record: everything CMP-03 requires, kind, channel, category, events (CMP-01…CMP-07, CMP-14)' },
  'complaint-summary': { schema: ComplaintSummarySchema, title: 'A complaint summary: the counting state of one part of the records, to merge with others and finish (CMP-04…CMP-07, CMP-14, CMP-20)' },
  'complaint-taxonomy': { schema: ComplaintTaxonomySchema, title: 'A complaint taxonomy: categories, parents, keywords, classified by root cause or symptom (CMP-07)' },
  'service-language-list': { schema: ServiceLanguageListSchema, title: 'A list of forbidden or discouraged service phrases (SVC-02)' },
  'conduct-case': { schema: ConductCaseSchema, title: 'A case log with actors, for first-inquiry responsibility (SVC-03)' },
  'rule-changes': { schema: RuleChangesSchema, title: 'Rule changes the manual must follow (SVC-04)' },
  'manual-updates': { schema: ManualUpdatesSchema, title: 'Updates of the internal manual (SVC-04)' },
  roster: { schema: RosterSchema, title: 'A duty roster: people, shifts, service windows with minimum staff, duty officer, limits (DUT-01…DUT-04)' },
  'annual-leave-input': { schema: AnnualLeaveInputSchema, title: 'A person and year for paid annual leave (DUT-07…DUT-09)' },
};

/**
 * An instant as the library reads it (src/_lib/input.ts): an ISO 8601 date and
 * time with a UTC offset — `'2026-09-30T16:00+08:00'`, seconds and fractions
 * optional, `Z` or `±hh[:mm]`, days that exist in their month (a pattern cannot
 * tell 29 February of a common year), 24:00 only on the hour. Text without an
 * offset is ambiguous and refused (`AMBIGUOUS_INSTANT`), so the pattern requires
 * one. Not `format: date-time`: RFC 3339 requires seconds, the library does not.
 */
export const INSTANT_PATTERN =
  '^\\s*\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2\\d))[T ](?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?|24:00(?::00(?:[.,]0{1,9})?)?)\\s*(?:Z|z|[+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?)\\s*$';
/** A civil date `'YYYY-MM-DD'` (the pattern the zod schemas give); `format: date` makes it exact (the day must exist). */
const CIVIL_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const instant = (): Record<string, unknown> => ({ type: 'string', pattern: INSTANT_PATTERN, description: "An instant with its UTC offset, e.g. '2026-09-30T16:00+08:00'" });
/** Fields documented as “an instant with offset, or a civil date” (SVC-04). */
const INSTANT_OR_DAY = new Set(['changedAt', 'updatedAt']);

/**
 * Makes the generated schema as strict as the library: zod's `string | Date`
 * instants (a Date is not JSON: `{}`) become the instant pattern, epoch
 * milliseconds an integer where the library takes them, and civil dates gain
 * `format: date`.
 */
function strict(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown>; path: (string | number)[] }): void {
  const def = (ctx.zodSchema as { _zod: { def: { type: string; options?: { _zod: { def: { type: string } } }[] } } })._zod.def;
  const js = ctx.jsonSchema;
  if (def.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date')) {
    const types = new Set(def.options.map((o) => o._zod.def.type));
    for (const k of Object.keys(js)) delete js[k];
    const key = ctx.path[ctx.path.length - 1];
    const text = typeof key === 'string' && INSTANT_OR_DAY.has(key) ? { anyOf: [instant(), { type: 'string', pattern: CIVIL_PATTERN, format: 'date' }] } : instant();
    Object.assign(js, types.has('number') ? { anyOf: [text, { type: 'integer', description: 'Epoch milliseconds' }] } : text);
    return;
  }
  if (js.type === 'string' && js.pattern === CIVIL_PATTERN) js.format = 'date';
}

/**
 * The JSON Schema (draft 2020-12) of a public model, generated from its zod
 * schema: the shape a record must have when it goes IN (defaults optional),
 * so services in any language can validate before they call guifan.
 */
export function jsonSchemaOf(name: string): Record<string, unknown> | undefined {
  const entry = PUBLIC_SCHEMAS[name];
  if (!entry) return undefined;
  const json = toJSONSchema(entry.schema as $ZodType, { io: 'input', unrepresentable: 'any', override: strict as never }) as Record<string, unknown>;
  return { ...json, $id: `guifan/schemas/${name}.json`, title: entry.title };
}
