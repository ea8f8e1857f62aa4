/**
 * The rules a `check-*` finding can cite, for SARIF rule metadata (GitHub
 * code scanning shows `fullDescription` and `help`): a short title in both
 * languages, the regulation text it comes from (seed file and section, or the
 * national law) and the docs page that explains it.
 */
export interface RuleInfo {
  readonly zh: string;
  readonly en: string;
  /** Where the rule comes from: `seed 002 客户投诉的处理`, `民法典 第二百零三条` … */
  readonly source: string;
}

const r = (zh: string, en: string, source: string): RuleInfo => ({ zh, en, source });

/** Rule ids by prefix → the docs page of their area. */
export const RULE_DOCS: Readonly<Record<string, string>> = Object.freeze({ CAL: 'docs/calendar.md', TL: 'docs/time-limit.md', CMP: 'docs/complaint.md', ESC: 'docs/sla.md', APR: 'docs/appraisal.md', MTG: 'docs/meeting.md', SVC: 'docs/conduct.md' });

/** The SLA clocks of CMP-08…CMP-17 are documented with the SLA engine. */
const SLA_CMP = new Set(['CMP-08', 'CMP-09', 'CMP-10', 'CMP-11', 'CMP-12', 'CMP-16']);

/** The docs page of a rule id (README for ids of no area). */
export const docOf = (rule: string | undefined): string => (rule === undefined ? 'README.md' : SLA_CMP.has(rule) ? 'docs/sla.md' : (RULE_DOCS[rule.split('-')[0]!] ?? 'README.md'));

export const RULES: Readonly<Record<string, RuleInfo>> = Object.freeze({
  'CAL-01': r('工作日：周一至周五，除法定节假日，另加国务院通知的调休上班日', 'Working days: Monday–Friday except statutory holidays, plus the make-up working days of the State Council notice', 'seed 000; 国务院办公厅放假通知'),
  'CAL-02': r('节假日安排只在通知发布的年份已知；未发布年份的日期状态未知', 'Holiday data is known only for years whose notice is published; other dates are unknown', 'seed 000; 国务院办公厅放假通知'),
  'CAL-03': r('半天节日只适用于特定人群，不是普遍休息日', 'Half-day holidays apply to groups only, not to everyone', '全国年节及纪念日放假办法'),
  'CAL-04': r('服务时间可以是一天内的时段（如 8:30–17:00）', 'Service hours can be a window inside the day (e.g. 8:30–17:00)', 'seed 003 篇1 四(一)'),
  'CAL-05': r('部分服务 24 小时提供', 'Some services run 24 hours', 'seed 003 篇1, 售后服务'),
  'CAL-06': r('非工作时间的投诉由总值班接收，下个工作时间转交', 'Off-hours complaints go to the duty officer and are passed on the next working time', 'seed 001 第四篇 (十一)'),
  'TL-01': r('时限以自然分钟/小时、自然日或工作日计', 'A limit is counted in natural minutes/hours, natural days or working days', 'seed 001, 002, 003'),
  'TL-02': r('按日计算的期间，开始的当日不计入', 'A period counted in days starts on the day after the event', '民法典 第二百零一条'),
  'TL-03': r('期间最后一日是法定休假日的，以休假日结束的次日为最后一日', 'If the last day is a statutory rest day, the day after the rest day is the last day', '民法典 第二百零三条'),
  'TL-04': r('最后一日截止到 24 时；有业务时间的，到停止业务活动的时间截止', 'The last day ends at 24:00, or when business stops', '民法典 第二百零三条'),
  'TL-05': r('以工作日计算的期限不含法定节假日', 'Periods in working days exclude statutory holidays', '行政许可法 第八十二条'),
  'TL-06': r('与客户约定的完成时间可以重新约定，成为新的升级期限', 'A re-agreed completion time becomes the new escalation deadline', 'seed 002 投诉处理延期'),
  'TL-07': r('“每月 20 日前”一类的日历期限', '“Before the 20th of each month” style calendar deadlines', 'seed 000 会议规程 第四条1; seed 002'),
  'TL-08': r('从事件倒推的提前期（材料一般提前两天）', 'Lead times counted backwards from an event (materials two days ahead)', 'seed 000, 002'),
  'CMP-01': r('投诉的定义：因失职、失误、失度、失控伤害客户的投诉', 'What a complaint is (dereliction, mistake, excess or loss of control)', 'seed 002'),
  'CMP-02': r('投诉渠道：来访、来电、书信、电子邮件、网上论坛、报刊、上级转来', 'Complaint channels: walk-in, phone, letter, e-mail, online, press, transferred', 'seed 002'),
  'CMP-03': r('投诉必须完整记录，并由指定专人核实是否予以统计', 'Every complaint is recorded in full and verified by a designated person', 'seed 002; seed 001 第三篇'),
  'CMP-04': r('同一客户的不同投诉按投诉类型分别统计', 'One customer with different complaints: one count per complaint type', 'seed 002'),
  'CMP-05': r('同一投诉多次或多人提出按一件统计，记录人数、次数和影响', 'The same complaint raised several times or by several people counts once', 'seed 002'),
  'CMP-06': r('网上主帖与跟帖按一件统计；跟帖有新内容另计', 'An online thread and its follow-ups count once; new content counts apart', 'seed 002'),
  'CMP-07': r('按最终原因分类统计，不按客户描述的表象分类', 'Classify by the final root cause, not by the symptom described', 'seed 002'),
  'CMP-08': r('投诉按复杂程度分级处理的时限', 'Processing limits by complexity', 'seed 004 篇2; seed 002'),
  'CMP-09': r('所有投诉 24 小时内响应并跟进，定期告知进展', 'Every complaint gets a response within 24 hours and regular progress updates', 'seed 001 第三篇'),
  'CMP-10': r('来访投诉由责任区员工接待；需其他部门答复的 3 个工作日内联系', 'Walk-in complaints: contact within 3 working days when other departments must answer', 'seed 001 第一篇 4.1, 4.8'),
  'CMP-11': r('书面投诉交主管，严重的报管理层', 'Written complaints go to the supervisor; serious ones to management', 'seed 001 第三篇 3'),
  'CMP-12': r('投诉答复时限不超过 48 小时', 'Complaint answers within 48 hours', 'seed 002'),
  'CMP-13': r('热点投诉 1 个工作日内上报集团', 'Hot complaints are reported to the group within 1 working day', 'seed 002'),
  'CMP-14': r('结案：回访客户满意，或无需回访且一周内无重复投诉', 'Closure: a satisfied return visit, or no repeat within a week when no visit is needed', 'seed 002'),
  'CMP-15': r('回访：投诉三日内回访，回访率 100%', 'Return visits within 3 days, for 100 % of complaints', 'seed 002; seed 001'),
  'CMP-16': r('水电气投诉 2 小时内联系用户，4 个工作日内答复', 'Utility complaints: contact within 2 hours, reply within 4 working days', 'seed 003 篇1 四(二)'),
  'CMP-17': r('医疗过失投诉立即报告院长，重大的报卫生局', 'Serious medical-fault complaints are reported at once', 'seed 003'),
  'CMP-18': r('一类突发事件的范围', 'What a class-1 emergency is', 'seed 001'),
  'CMP-19': r('指标：咨询满意率 ≥ 90%，差评“三个 100%”', 'Metrics: consultation satisfaction ≥ 90 %, the three 100 % for bad reviews', 'seed 002; seed 003'),
  'CMP-20': r('投诉单编号归档，编号为日期加序号', 'Complaint forms are numbered (date + sequence) and archived', 'seed 002; seed 000'),
  'ESC-01': r('派单后责任部门须在派单时限（15 分钟至 2 小时）内联系客户，否则升级', 'After dispatch the department contacts the customer within the slip’s time, else escalation', 'seed 002 客户投诉的处理'),
  'ESC-02': r('重新约定的完成时间成为新的升级期限', 'A re-agreed completion time is the new escalation deadline', 'seed 002'),
  'ESC-03': r('升级阶梯：员工 → 主管 → 经理 → 公司领导/集团', 'Escalation ladder: staff → supervisor → manager → leadership / group', 'seed 001; seed 002'),
  'ESC-04': r('每只时钟有目标时限和最长时限两道门槛', 'Each clock has a target and a hard maximum', 'seed 004 篇2'),
  'ESC-05': r('售后：报修 2 小时内到场，1 天未修好买方可自行修理', 'After-sales: on site within 2 hours; not remedied in 1 day, the buyer may remedy', 'seed 003 售后服务 第1篇'),
  'APR-01': r('考核的种类', 'Kinds of appraisal', 'seed 000 绩效考核 4.3'),
  'APR-02': r('德勤能绩四个维度及分值', 'The four dimensions and their points', 'seed 000 4.4'),
  'APR-03': r('周检、月检按检查标准扣分，满分 100', 'Weekly and monthly inspections score out of 100 by deduction', 'seed 000 4.5.2, 4.7'),
  'APR-04': r('年度总分 = 20% 检查 + 30% 月度 + 50% 年终', 'Annual total = 20 % inspections + 30 % monthly + 50 % year-end', 'seed 000 4.6'),
  'APR-05': r('嘉奖加 1–10 分', 'Commendations add 1–10 points', 'seed 000 4.8'),
  'APR-06': r('违纪按检查表扣分，另按行政规定处理', 'Misconduct deducts points and is punished under the rules', 'seed 000 4.9'),
  'APR-07': r('首问责任制考核的扣款', 'First-inquiry responsibility penalties', 'seed 002'),
  'APR-08': r('部门信息工作 10 分制考核并折算等级', 'Information work scored out of 10 and graded', 'seed 002 考核办法'),
  'APR-09': r('考核记录保存 2 年', 'Appraisal records are kept 2 years', 'seed 000 4.11–4.12'),
  'MTG-01': r('会议通知须写明月日星期、开始与结束时间、地点、参会人员、议程与准备事项', 'A meeting notice states the date and weekday, start, end, venue, attendees, agenda and preparation', 'seed 000 会议规程 第三条3(1)'),
  'MTG-02': r('通过内部渠道的通知由总务科在会前发出', 'Internal notices are issued by general affairs before the meeting', 'seed 000 第三条3(2)'),
  'MTG-03': r('缺席或迟到须事先向主持人报告', 'Absence or lateness is reported to the chair in advance', 'seed 000 第三条4'),
  'MTG-04': r('会场、座次、记录人事先确定；材料一般提前两天发给参会人', 'Venue, seating and minute-taker fixed in advance; materials two days ahead', 'seed 000 第三条5'),
  'MTG-05': r('次月会议于每月 20 日前确定，形成月度会议预定表', 'Next month’s meetings are decided before the 20th', 'seed 000 第四条'),
  'MTG-06': r('时间或地点变更须立即发变更通知', 'A change of time or venue is notified at once', 'seed 000 第四条3'),
  'MTG-07': r('会议记录的内容、编号与保管', 'What minutes record, numbering and keeping', 'seed 000 第五条'),
  'MTG-08': r('少开会、控制人数、准时开始和结束', 'Fewer meetings, fewer attendees, on time', 'seed 000 第三条1–2'),
  'MTG-09': r('来宾接待的会议室与接机安排', 'Reception of visitors', 'seed 001 第二篇 四, 六'),
  'SVC-01': r('电话铃响三声内接听并使用标准问候语', 'Answer within three rings with the standard greeting', 'seed 000 热线电话接听规范 一; seed 003 四1'),
  'SVC-02': r('服务禁用语与应避免用语', 'Forbidden and discouraged service phrases', 'seed 001; seed 004'),
  'SVC-03': r('首问责任制：首先受理的人负责答复或转交并跟进到底', 'First-inquiry responsibility: answer or hand over and follow to the end', 'seed 002 首问责任制; seed 003 三8'),
  'SVC-04': r('制度变更后 3 个工作日内更新内部手册，每月底检查', 'The internal manual is updated within 3 working days of a rule change', 'seed 004 2-3) VI, VII'),
});
