import { makeIssue, type ValidationIssue } from './_lib/makeIssue';
import { GuifanError } from '../errors/GuifanError';
import type { LocalizedText, RuleId } from '../errors/types';
import { validationError } from '../errors/validationError';
import { checkRecord, eventTypesOf } from './_lib/checkRecord';
import { eventTypesOption, optionsObject } from './_lib/modelOptions';
import { scan } from './_lib/suggest';
import { pathOf, resolveTaxonomy, type TaxonomyIndex } from './_lib/taxonomyIndex';
import type { CategorySuggestion } from './suggestCategory';
import type { ComplaintCategory, ComplaintRecord, ComplaintTaxonomy, IncidentFacts, MedicalFacts, RequestKind } from './schema';

/**
 * Options of {@link classifyComplaint}.
 *
 * @example
 * const record = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', symptom: { category: 'environment' } }
 * classifyComplaint({ ...record, incident: { compensationYuan: 5000 } }).flags.length //=> 1 (5000 元以上 includes 5000)
 * classifyComplaint({ ...record, incident: { compensationYuan: 5000 } }, { emergencyAmount: { inclusive: false } }).flags.length //=> 0
 * classifyComplaint({ ...record, people: 12 }, { hot: { minPeople: 10 } }).attributes.hot //=> 'yes'
 */
export interface ClassifyComplaintOptions {
  /** @default DEFAULT_COMPLAINT_TAXONOMY */
  readonly taxonomy?: ComplaintTaxonomy;
  /** Event types beyond the SLA vocabulary (checked, not used). @default [] */
  readonly eventTypes?: readonly string[];
  /**
   * The amount of “5000 元以上的公司责任赔偿和公司财产损失” (CMP-18), and whether it
   * includes the amount itself. Chinese legal usage counts 以上 inclusively
   * (民法典 第一千二百五十九条: “以上”“以下”“以内”“届满”，包括本数), so 5000 元 is
   * a class-1 emergency. @default { yuan: 5000, inclusive: true }
   */
  readonly emergencyAmount?: { readonly yuan?: number; readonly inclusive?: boolean };
  /**
   * When a complaint is hot (热点投诉, CMP-13) besides being marked `hot: true`:
   * the seeds give no number, so there is none by default.
   * @default {}
   */
  readonly hot?: { readonly minPeople?: number; readonly minReplies?: number };
}

/**
 * The statistical category (CMP-07) and how it was reached.
 *
 * @example
 * const record = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', symptom: { category: 'environment' } }
 * const c = classifyComplaint({ ...record, rootCause: { category: 'engineering.facilities', text: '水泵房减振垫老化' } }).category;
 * [c.key, c.path, c.basis, c.provisional, c.replaced] //=> ['engineering.facilities', ['engineering', 'engineering.facilities'], 'root-cause', false, 'environment']
 */
export interface ClassifiedCategory {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string | undefined;
  /** Keys from the root category down to this one. */
  readonly path: readonly string[];
  /**
   * `'root-cause'`: from `rootCause.category`; `'symptom-by-definition'`: the
   * category's definition says to classify by symptom; `'recorded'`: the
   * recorded or described category, pending the root cause.
   */
  readonly basis: 'root-cause' | 'symptom-by-definition' | 'recorded';
  /** `true` while the root cause is not known and the category needs it. */
  readonly provisional: boolean;
  /** The recorded or symptom category that the root cause replaced, if different. */
  readonly replaced: string | undefined;
  /** Why this category, in both languages. */
  readonly reason: LocalizedText;
  readonly rule: 'CMP-07';
}

/**
 * One fact that triggered a flag.
 *
 * @example
 * const record = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', symptom: { category: 'environment' } }
 * classifyComplaint({ ...record, incident: { compensationYuan: 5000 } }).flags[0].facts[0].field //=> 'incident.compensationYuan'
 */
export interface FlagFact {
  /** The record field, e.g. `'incident.compensationYuan'`. */
  readonly field: string;
  readonly value: unknown;
  /** The condition it meets, in both languages. */
  readonly condition: LocalizedText;
}

/**
 * A severity flag with its rule and the facts behind it.
 *
 * @example
 * const record = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', symptom: { category: 'environment' } }
 * const f = classifyComplaint({ ...record, incident: { compensationYuan: 5000 } }).flags[0]
 * f.flag //=> 'class-1-emergency'
 * f.consequence.en //=> 'the responsible department manager reaches the site within 2 hours'
 */
export interface SeverityFlag {
  readonly flag: 'hot' | 'class-1-emergency' | 'medical-serious-fault' | 'medical-report-to-bureau';
  readonly rule: RuleId;
  /** What it requires, in both languages. */
  readonly consequence: LocalizedText;
  readonly facts: readonly FlagFact[];
}

/**
 * The answer of {@link classifyComplaint}.
 *
 * @example
 * const record = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', symptom: { category: 'environment' } }
 * const c = classifyComplaint(record)
 * c.isComplaint //=> true
 * c.category.provisional //=> true (no root cause yet)
 * c.issues.map((i) => i.code) //=> ['PROVISIONAL_CATEGORY']
 */
export interface ComplaintClassification {
  readonly id: string;
  readonly kind: RequestKind;
  /** Only `kind: 'complaint'` is a complaint (CMP-01); other kinds are not counted as complaints. */
  readonly isComplaint: boolean;
  readonly category: ClassifiedCategory | undefined;
  /** Keyword suggestions from the content when the category is missing or provisional (for a person to confirm). */
  readonly suggestions: readonly CategorySuggestion[];
  /**
   * Case attributes for `guifan/sla` policies: `kind`, `channel`, and when
   * known `complexity`, `urgency`, `hot: 'yes'`, `emergency: 'class-1'`,
   * `severity` (hospital preset: `death` > `grade-2-accident` >
   * `three-or-more-harmed` > `serious`).
   */
  readonly attributes: Readonly<Record<string, string>>;
  readonly flags: readonly SeverityFlag[];
  /** Problems of the record (warnings included); errors that prevent classifying throw instead. */
  readonly issues: readonly ValidationIssue[];
}

/** Fields classification reads: an error there makes the answer unreliable, so it throws. */
const FATAL = new Set(['id', 'kind', 'channel', 'category', 'symptom', 'rootCause', 'complexity', 'urgency', 'hot', 'people', 'online', 'incident', 'medical']);

const cond = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

function finite(value: unknown, path: string, test: (n: number) => boolean, reasonZh: string, reasonEn: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || !test(value)) {
    throw new GuifanError('INVALID_OPTIONS', { path, value, reasonZh, reasonEn }, 'CMP-18');
  }
  return value;
}

function categoryOf(record: ComplaintRecord, index: TaxonomyIndex, issues: ValidationIssue[]): ClassifiedCategory | undefined {
  const make = (c: ComplaintCategory, basis: ClassifiedCategory['basis'], provisional: boolean, replaced?: string): ClassifiedCategory => {
    const label = `${c.key}（${c.name}）`;
    const labelEn = `${c.key} (${c.nameEn ?? c.name})`;
    const reason =
      basis === 'root-cause'
        ? cond(
            `按最终原因分类为 ${label}${replaced ? `，不按客户描述的表象 ${replaced}` : ''}（CMP-07）`,
            `classified by the final root cause as ${labelEn}${replaced ? `, not by the described symptom ${replaced}` : ''} (CMP-07)`,
          )
        : basis === 'symptom-by-definition'
          ? cond(`${label} 的分类定义规定按客户描述的表象分类（CMP-07 “除分类定义指定外”）`, `the definition of ${labelEn} says to classify by the described symptom (CMP-07)`)
          : cond(`尚未查明最终原因：暂按记录的分类 ${label}，结果为暂定（CMP-07）`, `root cause not known yet: provisionally the recorded ${labelEn} (CMP-07)`);
    return { key: c.key, name: c.name, nameEn: c.nameEn, path: pathOf(index, c.key), basis, provisional, replaced, reason, rule: 'CMP-07' };
  };
  const described = record.category ?? record.symptom?.category;
  const root = record.rootCause?.category;
  if (root !== undefined) return make(index.byKey.get(root)!, 'root-cause', false, described !== undefined && described !== root ? described : undefined);
  if (described === undefined) {
    if (record.kind === 'complaint') {
      issues.push(makeIssue('MISSING_RECORD_FIELD', ['rootCause', 'category'], { field: 'rootCause.category', fieldZh: '最终原因分类', fieldEn: 'root-cause category' }, 'CMP-07', 'warning'));
    }
    return undefined;
  }
  // “除分类定义指定外”: a category (or an ancestor) may say it is classified by symptom.
  const bySymptom = pathOf(index, described).some((k) => index.byKey.get(k)!.classifyBy === 'symptom');
  if (bySymptom) return make(index.byKey.get(described)!, 'symptom-by-definition', false);
  issues.push(makeIssue('PROVISIONAL_CATEGORY', ['rootCause', 'category'], { category: described, value: described }, 'CMP-07', 'warning'));
  return make(index.byKey.get(described)!, 'recorded', true);
}

function emergencyFacts(incident: IncidentFacts | undefined, yuan: number, inclusive: boolean): FlagFact[] {
  if (!incident) return [];
  const facts: FlagFact[] = [];
  const ge = (n: number): boolean => (inclusive ? n >= yuan : n > yuan);
  const amountZh = `${yuan} 元以上${inclusive ? '（含本数）' : '（不含本数）'}`;
  const amountEn = `${inclusive ? 'at least' : 'more than'} ${yuan} yuan`;
  if (incident.disasterInRedLine === true) facts.push({ field: 'incident.disasterInRedLine', value: true, condition: cond('影响红线范围内的灾祸', 'a disaster affecting the red-line area') });
  if (incident.fireOrExplosion === 'public-area' || incident.fireOrExplosion === 'adjoining-part') {
    facts.push({ field: 'incident.fireOrExplosion', value: incident.fireOrExplosion, condition: cond('公共区域及房屋毗连部位发生火灾和爆炸', 'fire or explosion in a public area or an adjoining part of the buildings') });
  }
  if (incident.security === 'theft' || incident.security === 'criminal' || incident.security === 'public-order') {
    facts.push({ field: 'incident.security', value: incident.security, condition: cond('治安事件和刑事事件如盗窃（不含盗窃未遂）', 'a public-order or criminal incident such as theft (not attempted theft)') });
  }
  if (incident.abnormalCasualty === true) facts.push({ field: 'incident.abnormalCasualty', value: true, condition: cond('人员非正常伤亡', 'abnormal injury or death') });
  if (incident.compensationYuan !== undefined && ge(incident.compensationYuan)) {
    facts.push({ field: 'incident.compensationYuan', value: incident.compensationYuan, condition: cond(`公司责任赔偿 ${amountZh}`, `company-liability compensation of ${amountEn}`) });
  }
  if (incident.propertyLossYuan !== undefined && ge(incident.propertyLossYuan)) {
    facts.push({ field: 'incident.propertyLossYuan', value: incident.propertyLossYuan, condition: cond(`公司财产损失 ${amountZh}`, `company property loss of ${amountEn}`) });
  }
  if (incident.negativeMedia === true) facts.push({ field: 'incident.negativeMedia', value: true, condition: cond('公共传媒负面报道', 'a negative report in the public media') });
  return facts;
}

function medicalFlags(medical: MedicalFacts | undefined): { flags: SeverityFlag[]; severity: string | undefined } {
  if (!medical) return { flags: [], severity: undefined };
  const bureau: FlagFact[] = [];
  if (medical.death === true) bureau.push({ field: 'medical.death', value: true, condition: cond('导致病人死亡', "the patient's death") });
  if (medical.possibleGrade2Accident === true) bureau.push({ field: 'medical.possibleGrade2Accident', value: true, condition: cond('可能为二级以上医疗事故', 'possibly a grade-2 or higher medical accident') });
  // 3人以上 counts 3 itself (民法典 第一千二百五十九条).
  if (medical.harmedCount !== undefined && medical.harmedCount >= 3) {
    bureau.push({ field: 'medical.harmedCount', value: medical.harmedCount, condition: cond('导致 3 人以上（含 3 人）人身伤害后果', 'bodily harm to 3 or more people') });
  }
  const serious: FlagFact[] = medical.seriousFault === true ? [{ field: 'medical.seriousFault', value: true, condition: cond('重大医疗过失投诉', 'a serious medical-fault complaint') }] : [];
  const flags: SeverityFlag[] = [];
  if (serious.length > 0 || bureau.length > 0) {
    flags.push({
      flag: 'medical-serious-fault',
      rule: 'CMP-17',
      consequence: cond('立即向主管院长汇报', 'report to the hospital head at once'),
      facts: serious.length > 0 ? serious : bureau,
    });
  }
  if (bureau.length > 0) {
    flags.push({ flag: 'medical-report-to-bureau', rule: 'CMP-17', consequence: cond('6 小时内向区县卫生局报告', 'report to the district/county health bureau within 6 hours'), facts: bureau });
  }
  const severity =
    medical.death === true
      ? 'death'
      : medical.possibleGrade2Accident === true
        ? 'grade-2-accident'
        : medical.harmedCount !== undefined && medical.harmedCount >= 3
          ? 'three-or-more-harmed'
          : medical.seriousFault === true
            ? 'serious'
            : undefined;
  return { flags, severity };
}

/**
 * Classifies a complaint record, deterministically and with reasons: its
 * request kind (CMP-01), its statistical category — from the final root cause
 * when known, from the described symptom only where the category's definition
 * says so, otherwise the recorded one marked provisional with an issue
 * (CMP-07) — the case attributes `guifan/presets` policies select limits on
 * (kind, channel, complexity CMP-08, urgency, hot, emergency, severity), and
 * severity flags each with its rule and the facts that triggered it: hot
 * complaint (CMP-13), class-1 emergency (CMP-18: every listed condition;
 * “5000 元以上” includes 5000), hospital serious fault and health-bureau report
 * (CMP-17). Events do not affect the answer. A record whose kind, channel or
 * category fields are invalid throws `VALIDATION_FAILED` with every issue.
 *
 * @param record - a complaint record
 * @param options - see {@link ClassifyComplaintOptions}
 * @returns the classification
 * @example
 * const r = { id: 'TS-7', recorder: '王敏', receivedAt: '2026-03-02T09:15+08:00', channel: 'phone', customer: { name: '李先生', contact: '139****0001' }, unit: '3-2-1501', content: '夜里楼上很吵', demand: '查明噪音来源', kind: 'complaint', complexity: 'general', symptom: { category: 'environment' } }
 * classifyComplaint(r).category.provisional //=> true
 * classifyComplaint({ ...r, rootCause: { category: 'engineering.facilities', text: '水泵房减振垫老化' } }).category.key //=> 'engineering.facilities'
 * classifyComplaint(r).attributes //=> { kind: 'complaint', channel: 'phone', complexity: 'general' }
 * classifyComplaint({ ...r, incident: { compensationYuan: 5000 } }).flags.map((f) => [f.flag, f.rule]) //=> [['class-1-emergency', 'CMP-18']]
 */
export function classifyComplaint(record: ComplaintRecord, options?: ClassifyComplaintOptions): ComplaintClassification {
  const o = optionsObject(options, 'options');
  const index = resolveTaxonomy(o.taxonomy);
  const eventTypes = eventTypesOf(eventTypesOption(o.eventTypes));
  const ea = optionsObject(o.emergencyAmount, 'emergencyAmount');
  const yuan = finite(ea.yuan, 'emergencyAmount.yuan', (n) => n >= 0, '应为非负数', 'must be a non-negative number') ?? 5000;
  if (ea.inclusive !== undefined && typeof ea.inclusive !== 'boolean') {
    throw new GuifanError('INVALID_OPTIONS', { path: 'emergencyAmount.inclusive', value: ea.inclusive, reasonZh: '应为布尔值', reasonEn: 'must be a boolean' }, 'CMP-18');
  }
  const inclusive = ea.inclusive !== false;
  const hot = optionsObject(o.hot, 'hot');
  const minPeople = finite(hot.minPeople, 'hot.minPeople', (n) => Number.isInteger(n) && n >= 1, '应为正整数', 'must be a positive integer');
  const minReplies = finite(hot.minReplies, 'hot.minReplies', (n) => Number.isInteger(n) && n >= 1, '应为正整数', 'must be a positive integer');

  const checked = checkRecord(record, { index, eventTypes });
  const fatal = checked.filter((i) => i.severity === 'error' && (i.path.length === 0 || FATAL.has(String(i.path[0]))));
  if (fatal.length > 0) throw validationError(fatal, 'CMP-07');
  const issues = [...checked];

  const category = categoryOf(record, index, issues);
  const suggestions = category === undefined || category.provisional ? scan(index, [typeof record.content === 'string' ? record.content : '', record.symptom?.text ?? ''].join('\n')).slice(0, 5) : [];

  const flags: SeverityFlag[] = [];
  const hotFacts: FlagFact[] = [];
  if (record.hot === true) hotFacts.push({ field: 'hot', value: true, condition: cond('认定为热点投诉', 'designated a hot complaint') });
  const people = record.people ?? 1;
  if (minPeople !== undefined && people >= minPeople) hotFacts.push({ field: 'people', value: people, condition: cond(`投诉人数 ${minPeople} 人以上`, `${minPeople} or more complainants`) });
  const replies = record.online?.replies;
  if (minReplies !== undefined && replies !== undefined && replies >= minReplies) {
    hotFacts.push({ field: 'online.replies', value: replies, condition: cond(`跟帖 ${minReplies} 条以上`, `${minReplies} or more replies`) });
  }
  if (hotFacts.length > 0) {
    flags.push({
      flag: 'hot',
      rule: 'CMP-13',
      consequence: cond('一个工作日内反馈至集团（投诉内容、原因分析、处理情况、难点及需协助事项）', 'report to the group within 1 working day (content, cause analysis, status, difficulties, help needed)'),
      facts: hotFacts,
    });
  }
  const emergency = emergencyFacts(record.incident, yuan, inclusive);
  if (emergency.length > 0) {
    flags.push({ flag: 'class-1-emergency', rule: 'CMP-18', consequence: cond('主责部门经理 2 小时内到达现场', 'the responsible department manager reaches the site within 2 hours'), facts: emergency });
  }
  const medical = medicalFlags(record.medical);
  flags.push(...medical.flags);

  const attributes: Record<string, string> = { kind: record.kind, channel: record.channel };
  if (record.complexity !== undefined) attributes.complexity = record.complexity;
  if (record.urgency !== undefined) attributes.urgency = record.urgency;
  if (hotFacts.length > 0) attributes.hot = 'yes';
  if (emergency.length > 0) attributes.emergency = 'class-1';
  if (medical.severity !== undefined) attributes.severity = medical.severity;

  return {
    id: record.id,
    kind: record.kind,
    isComplaint: record.kind === 'complaint',
    category,
    suggestions,
    attributes,
    flags,
    issues,
  };
}
