import { toJSONSchema } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { CalendarOptionsSchema, CalendarYearSchema } from '../../calendar/schema';
import { TimeLimitSchema } from '../../time-limit/schema';
import { SlaCaseSchema, SlaPolicySchema } from '../../sla/schema';
import { AnnualInputSchema, AppraisalSchemeSchema, AppraisalSheetSchema, PenaltyTableSchema } from '../../appraisal/schema';
import { AbsenceReportSchema, ChangeNoticeSchema, MeetingNoticeSchema, MinutesSchema, MonthlyScheduleSchema } from '../../meeting/schema';
import { ComplaintRecordSchema, ComplaintTaxonomySchema } from '../../complaint/schema';
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
  'complaint-taxonomy': { schema: ComplaintTaxonomySchema, title: 'A complaint taxonomy: categories, parents, keywords, classified by root cause or symptom (CMP-07)' },
  'service-language-list': { schema: ServiceLanguageListSchema, title: 'A list of forbidden or discouraged service phrases (SVC-02)' },
  'conduct-case': { schema: ConductCaseSchema, title: 'A case log with actors, for first-inquiry responsibility (SVC-03)' },
  'rule-changes': { schema: RuleChangesSchema, title: 'Rule changes the manual must follow (SVC-04)' },
  'manual-updates': { schema: ManualUpdatesSchema, title: 'Updates of the internal manual (SVC-04)' },
  roster: { schema: RosterSchema, title: 'A duty roster: people, shifts, service windows with minimum staff, duty officer, limits (DUT-01…DUT-04)' },
  'annual-leave-input': { schema: AnnualLeaveInputSchema, title: 'A person and year for paid annual leave (DUT-07…DUT-09)' },
};

/**
 * The JSON Schema (draft 2020-12) of a public model, generated from its zod
 * schema: the shape a record must have when it goes IN (defaults optional),
 * so services in any language can validate before they call guifan.
 */
export function jsonSchemaOf(name: string): Record<string, unknown> | undefined {
  const entry = PUBLIC_SCHEMAS[name];
  if (!entry) return undefined;
  const json = toJSONSchema(entry.schema as $ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, $id: `guifan/schemas/${name}.json`, title: entry.title };
}
