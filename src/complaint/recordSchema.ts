// The complaint record as data (CMP-03…07, CMP-13, CMP-14, CMP-17…19): its schema and its parts.
import * as z from 'zod/mini';
import { COMPLAINT_CHANNELS, COMPLAINT_COMPLEXITIES, COMPLAINT_URGENCIES, REQUEST_KINDS, VISIT_OUTCOMES } from './vocabulary';

const text = z.string().check(z.minLength(1));
/** An instant: ISO 8601 text WITH an offset (`'2026-03-02T09:15+08:00'`) or a `Date`. */
const instant = z.union([z.string(), z.date()]);
const amount = z.number().check(z.nonnegative());

/**
 * The customer (客户) and how to reach them (CMP-03).
 *
 * @example
 * ComplaintCustomerSchema.safeParse({ id: 'C-1', name: '李先生', contact: '139****0001' }).success //=> true
 * ComplaintCustomerSchema.safeParse({ id: '' }).success //=> false
 */
export const ComplaintCustomerSchema = z.strictObject({
  /** A stable customer id, when the host has one (CMP-04 counts per customer). */
  id: z.optional(text),
  name: z.optional(z.string()),
  /** Phone, e-mail or address (联系方式). */
  contact: z.optional(z.string()),
});
/**
 * The customer of a complaint record as data. See {@link ComplaintCustomerSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const customer = { id: 'C-1', name: '李先生', contact: '139****0001' }
 * validateComplaintRecord({ ...record, customer }).success //=> true
 */
export type ComplaintCustomer = z.infer<typeof ComplaintCustomerSchema>;

/**
 * Online thread information (CMP-06, 网上论坛/社交媒体).
 *
 * @example
 * OnlineThreadSchema.safeParse({ thread: 'bbs-88', followUp: true, replies: 2 }).success //=> true
 * OnlineThreadSchema.safeParse({ thread: 'bbs-88', replies: -1 }).success //=> false
 */
export const OnlineThreadSchema = z.strictObject({
  /** The thread (主帖) id or URL: posts of one thread about one matter count once. */
  thread: text,
  /** This post's id (the thread's opening post when `followUp` is false). */
  post: z.optional(z.string()),
  /** Whether this record is a follow-up post (跟帖) rather than the opening post. @default false */
  followUp: z.optional(z.boolean()),
  /** Whether a follow-up raises new content (跟帖中出现的新内容): then it counts separately. @default false */
  newContent: z.optional(z.boolean()),
  /** Replies seen (跟帖反应热度). */
  replies: z.optional(z.int().check(z.nonnegative())),
  views: z.optional(z.int().check(z.nonnegative())),
  /** Offline impact (网下影响程度), as text. */
  offlineImpact: z.optional(z.string()),
});
/**
 * Online thread information of a record as data (CMP-06). See {@link OnlineThreadSchema}.
 *
 * @example
 * const post = { recorder: 'A', channel: 'online', customer: {}, unit: '1-101', content: '电梯又坏了', demand: '尽快修好', kind: 'complaint', verification: { counted: true, by: '王主管' } }
 * const r = countComplaints([
 *   { ...post, id: 'W1', receivedAt: '2026-03-02T09:00+08:00', online: { thread: 'bbs-88', replies: 40, views: 900 } },
 *   { ...post, id: 'W2', receivedAt: '2026-03-02T10:00+08:00', online: { thread: 'bbs-88', followUp: true, replies: 2 } },
 * ])
 * r.total //=> 1 (a follow-up post without new content counts with its thread)
 */
export type OnlineThread = z.infer<typeof OnlineThreadSchema>;

/**
 * Who verified whether the record counts in statistics (CMP-03: 指定专人负责核实).
 *
 * @example
 * ComplaintVerificationSchema.safeParse({ counted: true, by: '王主管', at: '2026-03-02T17:00+08:00' }).success //=> true
 * ComplaintVerificationSchema.safeParse({ counted: true }).success //=> false (no `by`)
 */
export const ComplaintVerificationSchema = z.strictObject({
  /** Whether it is counted (予以统计). */
  counted: z.boolean(),
  /** The designated person. */
  by: text,
  at: z.optional(instant),
  note: z.optional(z.string()),
});
/**
 * The designated person's verdict on whether a record counts (CMP-03), as data. See {@link ComplaintVerificationSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const r = { ...record, receivedAt: '2026-03-02T09:00+08:00' }
 * countComplaints([{ ...r, verification: { counted: true, by: '王主管' } }]).total //=> 1
 * countComplaints([r]).pending //=> ['TS-1']
 */
export type ComplaintVerification = z.infer<typeof ComplaintVerificationSchema>;

/**
 * A category judgement: a taxonomy key and, optionally, the words behind it.
 *
 * @example
 * CategoryJudgementSchema.safeParse({ category: 'engineering.facilities', text: '水泵房减振垫老化' }).success //=> true
 * CategoryJudgementSchema.safeParse({ category: '' }).success //=> false
 */
export const CategoryJudgementSchema = z.strictObject({
  /** A key of the taxonomy. */
  category: z.optional(text),
  /** Free text: what the customer described, or what the investigation found. */
  text: z.optional(z.string()),
});
/**
 * A category judgement as data: `symptom` or `rootCause` of a record (CMP-07). See {@link CategoryJudgementSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const rootCause = { category: 'engineering.facilities', text: '水泵房减振垫老化' }
 * classifyComplaint({ ...record, symptom: { category: 'environment' }, rootCause }).category.replaced //=> 'environment'
 */
export type CategoryJudgement = z.infer<typeof CategoryJudgementSchema>;

/**
 * Facts for a class-1 emergency (一类突发事件, CMP-18, seed 002 备注). Each field
 * is one listed condition; absent means not reported.
 *
 * @example
 * IncidentFactsSchema.safeParse({ fireOrExplosion: 'public-area', compensationYuan: 8000 }).success //=> true
 * IncidentFactsSchema.safeParse({ compensationYuan: -1 }).success //=> false
 */
export const IncidentFactsSchema = z.strictObject({
  /** A disaster affecting the red-line area (影响红线范围内的灾祸). */
  disasterInRedLine: z.optional(z.boolean()),
  /** Where a fire or explosion happened: public areas and adjoining parts count (公共区域及房屋毗连部位). */
  fireOrExplosion: z.optional(z.enum(['public-area', 'adjoining-part', 'inside-unit', 'elsewhere'])),
  /** Public-order or criminal incidents; attempted theft (盗窃未遂) does not count. */
  security: z.optional(z.enum(['theft', 'attempted-theft', 'criminal', 'public-order'])),
  /** Abnormal injury or death (人员非正常伤亡). */
  abnormalCasualty: z.optional(z.boolean()),
  /** Company-liability compensation in yuan (公司责任赔偿). */
  compensationYuan: z.optional(amount),
  /** Company property loss in yuan (公司财产损失). */
  propertyLossYuan: z.optional(amount),
  /** A negative report in the public media (公共传媒负面报道). */
  negativeMedia: z.optional(z.boolean()),
});
/**
 * The facts of a possible class-1 emergency (一类突发事件, CMP-18) as data. See {@link IncidentFactsSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const incident = { compensationYuan: 5000 }
 * classifyComplaint({ ...record, incident }).flags.map((f) => [f.flag, f.rule]) //=> [['class-1-emergency', 'CMP-18']]
 */
export type IncidentFacts = z.infer<typeof IncidentFactsSchema>;

/**
 * Facts for hospital serious-fault reporting (CMP-17, seed 001 第四篇 (九)).
 *
 * @example
 * MedicalFactsSchema.safeParse({ seriousFault: true, harmedCount: 3 }).success //=> true
 * MedicalFactsSchema.safeParse({ harmedCount: 2.5 }).success //=> false
 */
export const MedicalFactsSchema = z.strictObject({
  /** A serious medical-fault complaint (重大医疗过失投诉). */
  seriousFault: z.optional(z.boolean()),
  /** It led to the patient's death. */
  death: z.optional(z.boolean()),
  /** It may be a grade-2 or higher medical accident (可能为二级以上医疗事故). */
  possibleGrade2Accident: z.optional(z.boolean()),
  /** People harmed (3 or more: report to the health bureau). */
  harmedCount: z.optional(z.int().check(z.nonnegative())),
});
/**
 * The facts of a hospital serious-fault complaint (CMP-17) as data. See {@link MedicalFactsSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const medical = { seriousFault: true, harmedCount: 3 }
 * classifyComplaint({ ...record, medical }).flags.map((f) => f.flag) //=> ['medical-serious-fault', 'medical-report-to-bureau']
 */
export type MedicalFacts = z.infer<typeof MedicalFactsSchema>;

/**
 * A bad review (“差评”, seed 003 江苏 第五条: “差评”核实整改和整改回访“三个100%”):
 * when it was verified and when it was rectified. The revisit (整改回访) is a
 * `visited` event at or after `rectifiedAt`.
 *
 * @example
 * BadReviewSchema.safeParse({ at: '2026-03-02T09:00+08:00', verifiedAt: '2026-03-02T15:00+08:00' }).success //=> true
 * BadReviewSchema.safeParse({ at: 20260302 }).success //=> false
 */
export const BadReviewSchema = z.strictObject({
  /** When the bad review was given. */
  at: z.optional(instant),
  /** When it was verified (核实). */
  verifiedAt: z.optional(instant),
  /** When it was rectified (整改). */
  rectifiedAt: z.optional(instant),
  note: z.optional(z.string()),
});
/**
 * A bad review (差评) and its handling as data (CMP-19). See {@link BadReviewSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * const badReview = { at: '2026-03-02T09:00+08:00', verifiedAt: '2026-03-02T15:00+08:00' }
 * const m = complaintMetrics([{ ...record, badReview }], { from: '2026-03-01', to: '2026-03-31' })
 * m.rates.badReviews.verified.percent //=> '100.0'
 * m.rates.badReviews.rectified.percent //=> '0.0'
 */
export type BadReview = z.infer<typeof BadReviewSchema>;

/**
 * One event of a complaint's log, in the SLA vocabulary (`received`,
 * `replied`, `resolved`, `visited`, `reopened` …). A `visited` event (回访)
 * carries its `outcome`.
 *
 * @example
 * ComplaintEventSchema.safeParse({ type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'satisfied', by: '赵六' }).success //=> true
 * ComplaintEventSchema.safeParse({ type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'ok' }).success //=> false
 */
export const ComplaintEventSchema = z.strictObject({
  type: text,
  /** An instant with an offset. */
  at: instant,
  /** `visited` only: whether the customer was satisfied with the result (CMP-14). */
  outcome: z.optional(z.enum(VISIT_OUTCOMES)),
  /** Who acted (e.g. the person who made the return visit). */
  by: z.optional(z.string()),
  note: z.optional(z.string()),
  /** As in `guifan/sla`: restrict a pause/resume/agreement to one clock. */
  clock: z.optional(z.string()),
  /** As in `guifan/sla`: new case attributes (`received`, `reclassified`). */
  attributes: z.optional(z.record(z.string(), z.string())),
  /** As in `guifan/sla`: the agreed completion time (`deadline-agreed`). */
  due: z.optional(instant),
  reason: z.optional(z.string()),
});
/**
 * One event of a complaint's log as data. See {@link ComplaintEventSchema}.
 *
 * @example
 * const events = [{ type: 'resolved', at: '2026-03-02T15:00+08:00' }, { type: 'visited', at: '2026-03-03T10:00+08:00', outcome: 'satisfied', by: '赵六' }]
 * complaintStatus({ id: 'T1', kind: 'complaint', events }, { at: '2026-03-04T09:00+08:00' }).state //=> 'closed'
 */
export type ComplaintEvent = z.infer<typeof ComplaintEventSchema>;

/**
 * A complaint record (客户投诉记录) with everything CMP-03 requires — recorder,
 * received instant, customer, unit/room, contact, content, demand — plus its
 * kind (CMP-01), channel (CMP-02), complexity (CMP-08), category, root cause vs
 * symptom (CMP-07), the matter it is about (CMP-05), online thread (CMP-06),
 * verification (CMP-03), severity facts (CMP-13, CMP-17, CMP-18) and its event
 * log (CMP-14). JSON-able: instants may be ISO text with an offset.
 *
 * @example
 * ComplaintRecordSchema.parse({ id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }).events //=> [] (the default)
 * ComplaintRecordSchema.safeParse({ id: 'TS-1', kind: 'complaint' }).success //=> false
 */
export const ComplaintRecordSchema = z.strictObject({
  id: text,
  /** Who received and recorded it (受理人/记录人). */
  recorder: text,
  /** When it was received (受理时间), with an offset. */
  receivedAt: instant,
  channel: z.enum(COMPLAINT_CHANNELS),
  /** `transferred` only: who passed it on (上级公司 / 相关单位). */
  transferredFrom: z.optional(z.string()),
  customer: ComplaintCustomerSchema,
  /** The unit or room (单位/房号), e.g. `'3-2-1501'`. */
  unit: text,
  /** The managed project (管理项目), when the host runs several. */
  project: z.optional(z.string()),
  /** What the customer said (投诉内容). */
  content: text,
  /** What the customer asks for (诉求/要求). */
  demand: text,
  kind: z.enum(REQUEST_KINDS),
  complexity: z.optional(z.enum(COMPLAINT_COMPLEXITIES)),
  urgency: z.optional(z.enum(COMPLAINT_URGENCIES)),
  /** The category as recorded (a taxonomy key). Statistics use the root cause (CMP-07). */
  category: z.optional(text),
  /** The symptom the customer described (表象). */
  symptom: z.optional(CategoryJudgementSchema),
  /** The final root cause (最终原因), once known. */
  rootCause: z.optional(CategoryJudgementSchema),
  /** The matter it is about (同一事项): records with one matter id are repeats (CMP-05, CMP-14). */
  matter: z.optional(text),
  /** People this one record speaks for (投诉人数). @default 1 */
  people: z.optional(z.int().check(z.positive())),
  /** Impact (影响程度), as text (CMP-05). */
  impact: z.optional(z.string()),
  online: z.optional(OnlineThreadSchema),
  /** The designated person's verdict; absent = pending (CMP-03). */
  verification: z.optional(ComplaintVerificationSchema),
  /**
   * Whether a return visit is needed (CMP-14). Absent: a `complaint` needs one
   * (CMP-15: every complainant is visited), other kinds do not — see `needsReturnVisit`.
   */
  needsReturnVisit: z.optional(z.boolean()),
  /** Designated a hot complaint (热点投诉, CMP-13). */
  hot: z.optional(z.boolean()),
  /**
   * The customer's satisfaction with the answer (答复满意度), when asked — for
   * consultations this feeds 客户咨询满意率 (CMP-19). A complaint's closing
   * satisfaction is the `outcome` of its `visited` event instead (CMP-14).
   */
  satisfaction: z.optional(z.enum(VISIT_OUTCOMES)),
  /** A bad review (“差评”) and its handling, for “三个100%” (CMP-19). */
  badReview: z.optional(BadReviewSchema),
  incident: z.optional(IncidentFactsSchema),
  medical: z.optional(MedicalFactsSchema),
  events: z._default(z.array(ComplaintEventSchema), []),
  note: z.optional(z.string()),
});
/**
 * A complaint record (客户投诉记录) as data, as the host writes it: the input of
 * every complaint function. See {@link ComplaintRecordSchema}.
 *
 * @example
 * const record = { id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' }
 * validateComplaintRecord(record).success //=> true
 */
export type ComplaintRecord = z.input<typeof ComplaintRecordSchema>;
/**
 * A complaint record after parsing by {@link ComplaintRecordSchema}: defaults filled in (`events: []`).
 *
 * @example
 * const parsed = ComplaintRecordSchema.parse({ id: 'TS-1', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '卫生间顶部漏水', demand: '尽快维修', kind: 'complaint' })
 * parsed.events //=> []
 */
export type ParsedComplaintRecord = z.output<typeof ComplaintRecordSchema>;
