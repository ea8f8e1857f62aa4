// Every issue code guifan knows, from the per-module message tables (src/errors/issueMessages/*).
import { APPRAISAL_ISSUES } from '../../src/errors/issueMessages/appraisal';
import { COMMON_ISSUES } from '../../src/errors/issueMessages/common';
import { COMPLAINT_ISSUES } from '../../src/errors/issueMessages/complaint';
import { CONDUCT_ISSUES } from '../../src/errors/issueMessages/conduct';
import { DUTY_ISSUES } from '../../src/errors/issueMessages/duty';
import { MEETING_ISSUES } from '../../src/errors/issueMessages/meeting';
import { IMPORT_ISSUES } from '../../src/errors/issueMessages/import';
import { NOTICE_ISSUES } from '../../src/errors/issueMessages/notice';
import { SLA_ISSUES } from '../../src/errors/issueMessages/sla';

export const ISSUE_CODES: readonly string[] = [COMMON_ISSUES, APPRAISAL_ISSUES, SLA_ISSUES, MEETING_ISSUES, CONDUCT_ISSUES, NOTICE_ISSUES, IMPORT_ISSUES, COMPLAINT_ISSUES, DUTY_ISSUES].flatMap((t) => Object.keys(t.zh));
