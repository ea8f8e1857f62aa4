import type { ComplaintTaxonomy } from './schema';
import { deepFreeze } from '../_lib/freeze';

/**
 * A default complaint taxonomy for property / real-estate customer service,
 * built from the seeds: the work areas of a property company (004 物业管理日常工作
 * 基础知识: 安全保卫、绿化、清洁; 装修管理协议; 收费/统一对外报价), the information
 * streams of a developer's service system (002 信息管理: 产品质量、产品集中交付期的
 * 维修、第三方维修、服务热线及客户接待), and conduct the seeds forbid (004 篇2 服务
 * 管理规范 第一、三、八条; 002 首问责任制: 推诿、拖延、用语不文明).
 *
 * Statistics follow the final root cause (CMP-07). One category says
 * otherwise in its definition and is classified by what the customer
 * experienced (`classifyBy: 'symptom'`): 服务态度, where the words and manner are
 * themselves the cause. 噪音扰民 (environment) stays root-cause: noise is a
 * symptom whose cause may be renovation, equipment or a neighbour, so a record
 * filed only under it is provisional until the cause is found. The keywords feed
 * `suggestCategory`; they describe symptoms, so a suggestion is never a final
 * answer. Replace the whole object to use your own taxonomy.
 *
 * @example
 * DEFAULT_COMPLAINT_TAXONOMY.categories.filter((c) => !c.parent).map((c) => c.key)
 * //=> ['service', 'engineering', 'product', 'security', 'cleaning', 'greening', 'renovation', 'fees', 'environment', 'third-party', 'other']
 * validateTaxonomy(DEFAULT_COMPLAINT_TAXONOMY).success //=> true
 */
export const DEFAULT_COMPLAINT_TAXONOMY: ComplaintTaxonomy = /* @__PURE__ */ deepFreeze({
  id: 'property-default',
  name: '物业及房地产客户服务投诉分类（默认）',
  nameEn: 'Property and real-estate service complaints (default)',
  source: '002 客户投诉统计说明、信息管理; 004 物业管理日常工作基础知识、篇2 服务管理规范',
  categories: [
    {
      key: 'service',
      name: '客户服务',
      nameEn: 'Customer service',
      definition: '客服、前台、热线及各岗位员工在接待和办理中的失职、失误、失度',
      definitionEn: 'Dereliction, mistakes or excess by front-desk, hotline or other staff while receiving or handling a request',
      source: '002 定义; 004 篇2 服务管理规范',
    },
    {
      key: 'service.attitude',
      name: '服务态度',
      nameEn: 'Staff attitude and language',
      parent: 'service',
      definition: '因员工语言、态度引起的投诉（态度恶劣、顶撞、辱骂、用语不文明、强行挂断电话）。按客户感受到的言行分类：言行本身即是原因',
      definitionEn: "Complaints about staff's words or manner (rude, insulting, hanging up). Classified by what the customer experienced: the conduct is itself the cause",
      classifyBy: 'symptom',
      keywords: ['态度', '态度恶劣', '态度差', '不耐烦', '顶撞', '辱骂', '骂人', '不文明', '挂断电话', '挂电话', '脸色', '不礼貌', '爱答不理'],
      source: '004 篇2 服务管理规范 第三条、第八条; 002 首问责任制',
    },
    {
      key: 'service.efficiency',
      name: '服务效率与推诿',
      nameEn: 'Delay and passing the buck',
      parent: 'service',
      definition: '未在承诺或规定时限内答复、处理，推诿、拖延、无人跟进',
      definitionEn: 'No answer or action within the promised or required time; passing the buck, delay, no follow-up',
      keywords: ['推诿', '拖延', '没人管', '无人处理', '没有回复', '不回复', '一直没', '迟迟', '没人理', '踢皮球', '多次反映'],
      source: '002 首问责任制（回避、拒绝、推诿、无故拖延）; 001 第三篇（24 小时内回应并跟进）',
    },
    {
      key: 'service.information',
      name: '信息与答复错误',
      nameEn: 'Wrong information or answers',
      parent: 'service',
      definition: '向客户提供错误信息、答复口径不一致、政策传达不准确',
      definitionEn: 'Wrong information given, inconsistent answers, policies passed on inaccurately',
      keywords: ['信息错误', '说法不一', '答复不一致', '告知错误', '通知错误', '说错'],
      source: '004 篇2 服务管理规范 第一条; 002 统一答复口径',
    },
    {
      key: 'engineering',
      name: '工程维修与设施设备',
      nameEn: 'Repairs, facilities and equipment',
      definition: '物业管理范围内的维修服务和共用设施设备的运行、维护',
      definitionEn: 'Repair service and the operation and upkeep of shared facilities within the managed property',
      source: '002 信息管理（产品集中交付期的维修）; 004 物业管理日常工作基础知识',
    },
    {
      key: 'engineering.repair',
      name: '维修服务',
      nameEn: 'Repair service',
      parent: 'engineering',
      definition: '报修后维修不及时、修不好、反复返修、维修人员上门服务不规范',
      definitionEn: 'Repairs late, not fixed, repeated rework, poor conduct of the repair visit',
      keywords: ['报修', '维修', '修不好', '没修好', '返修', '修理', '师傅没来', '上门维修'],
      source: '002 信息管理（维修信息管理）; 000 上门服务流程',
    },
    {
      key: 'engineering.facilities',
      name: '共用设施设备',
      nameEn: 'Shared facilities and equipment',
      parent: 'engineering',
      definition: '电梯、供水泵房、供配电、门禁、消防、照明等共用设施设备故障或运行不良',
      definitionEn: 'Faults or poor running of lifts, water pumps, power supply, access control, fire systems, lighting',
      keywords: ['电梯', '困梯', '停水', '水压', '停电', '跳闸', '门禁', '路灯', '照明', '水泵', '消防', '对讲', '监控'],
      source: '004 物业管理日常工作基础知识; 000 管线走向、公共设施',
    },
    {
      key: 'product',
      name: '房屋质量',
      nameEn: 'Building quality',
      definition: '开发建设形成的房屋及配套的质量问题（交付、保修期内）',
      definitionEn: 'Quality defects of the building and its fittings from construction (at handover, under warranty)',
      source: '002 信息管理（产品验收、产品质量信息管理）',
    },
    {
      key: 'product.leakage',
      name: '渗漏',
      nameEn: 'Leaks and seepage',
      parent: 'product',
      definition: '屋面、外墙、门窗、卫生间、管道等防水或施工缺陷造成的渗漏',
      definitionEn: 'Leaks from defects in roofs, outer walls, windows, bathrooms or pipes',
      keywords: ['漏水', '渗水', '渗漏', '返潮', '滴水', '水渍', '发霉'],
      source: '002 信息管理（产品质量信息管理）',
    },
    {
      key: 'product.structure',
      name: '结构与装修质量',
      nameEn: 'Structure and finishing quality',
      parent: 'product',
      definition: '墙体开裂、空鼓、地面起砂、门窗变形等房屋本体及交付装修的质量问题',
      definitionEn: 'Cracks, hollow plaster, sanding floors, warped windows and other defects of the building or its delivered finish',
      keywords: ['裂缝', '开裂', '空鼓', '起砂', '脱落', '变形', '交房', '质量问题'],
      source: '002 信息管理（产品验收、产品质量信息管理）',
    },
    {
      key: 'security',
      name: '安全与秩序',
      nameEn: 'Security and order',
      definition: '门岗、巡逻、出入管理、治安事件及车辆秩序',
      definitionEn: 'Gatekeeping, patrols, access control, public-order incidents and traffic order',
      keywords: ['保安', '门岗', '巡逻', '陌生人', '被盗', '盗窃', '丢失', '安全隐患'],
      source: '004 物业管理日常工作基础知识（安全保卫管理和服务）',
    },
    {
      key: 'security.parking',
      name: '车辆停放',
      nameEn: 'Parking',
      parent: 'security',
      definition: '车位、停车收费以外的停放秩序、占用消防通道、车辆被刮',
      definitionEn: 'Parking order (not parking fees), blocked fire lanes, damaged cars',
      keywords: ['停车', '车位', '占道', '乱停', '消防通道', '刮车'],
      source: '004 物业管理日常工作基础知识（安全保卫管理和服务）',
    },
    {
      key: 'cleaning',
      name: '清洁卫生',
      nameEn: 'Cleaning',
      definition: '公共区域保洁、垃圾清运、消杀',
      definitionEn: 'Cleaning of public areas, refuse collection, pest control',
      keywords: ['垃圾', '保洁', '卫生', '脏', '异味', '臭', '清扫', '老鼠', '蟑螂'],
      source: '004 物业管理日常工作基础知识（清洁管理和服务）',
    },
    {
      key: 'greening',
      name: '绿化',
      nameEn: 'Landscaping',
      definition: '绿地、树木的养护和修剪',
      definitionEn: 'Upkeep and pruning of green areas and trees',
      keywords: ['绿化', '草坪', '树木', '修剪', '枯死', '杂草'],
      source: '004 物业管理日常工作基础知识（绿化管理和服务）',
    },
    {
      key: 'renovation',
      name: '装修管理',
      nameEn: 'Renovation control',
      definition: '业主装修的审批、巡查和违规装修的制止（含装修噪音、装修垃圾）',
      definitionEn: "Approval and inspection of owners' renovation and stopping violations (including renovation noise and debris)",
      keywords: ['装修', '违规装修', '装修噪音', '装修垃圾', '砸墙', '电钻'],
      source: '004 管理处内部资料（《装修管理协议》）',
    },
    {
      key: 'fees',
      name: '收费',
      nameEn: 'Fees and charges',
      definition: '物业服务费、停车费及其他收费的标准、计算、催缴和票据',
      definitionEn: 'Standards, calculation, collection and receipts of service, parking and other fees',
      keywords: ['物业费', '收费', '乱收费', '多收', '费用', '价格', '停车费', '发票', '催缴', '滞纳金'],
      source: '004 篇2 服务管理规范 第四条（统一对外报价）; 000 收费标准',
    },
    {
      key: 'environment',
      name: '环境与相邻关系',
      nameEn: 'Environment and neighbours',
      definition: '噪音、气味、采光、相邻业主之间的影响。客户描述的噪音等常是表象：原因查明后归入装修管理、设施设备等',
      definitionEn: 'Noise, smells, light, nuisance between neighbours. A described noise is often a symptom: once the cause is found it belongs to renovation, equipment …',
      keywords: ['噪音', '噪声', '吵', '扰民', '楼上', '邻居', '宠物', '狗叫'],
      source: '002 客户投诉统计说明（按最终原因分类，避免按表象分类）',
    },
    {
      key: 'third-party',
      name: '第三方及相关单位',
      nameEn: 'Third parties and related units',
      definition: '供水、供电、燃气、通信等专业单位或第三方维修造成、需由其处理的问题',
      definitionEn: 'Problems caused by or for utilities, telecoms or third-party repairers',
      keywords: ['自来水公司', '供电局', '燃气公司', '电信', '宽带', '第三方'],
      source: '002 信息管理（第三方维修信息管理）',
    },
    {
      key: 'other',
      name: '其他',
      nameEn: 'Other',
      definition: '不属于以上各类的投诉',
      definitionEn: 'Complaints that fit no other category',
    },
  ],
});
