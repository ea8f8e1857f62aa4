import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTICES_DIR, readNoticeFile } from '../tools/notice-files';

/** Year `y`'s notice as the packaged data is generated from it (src/calendar/notices/YYYY.txt), without the `#` provenance lines. */
export function noticeText(y: number): string {
  return readNoticeFile(readFileSync(join(NOTICES_DIR, `${y}.txt`), 'utf8'), y).text;
}

export const NOTICE_YEARS: readonly number[] = Array.from({ length: 23 }, (_, i) => 2004 + i);

/**
 * An ILLUSTRATIVE 2027 notice, written for the tests under the 2024 rules
 * (from 2025: 元旦 1, 春节 除夕–初三 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆节 3 = 13 days),
 * in the 2026 notice's style. It is NOT the State Council's notice for 2027.
 */
export const ILLUSTRATIVE_2027 = `国务院办公厅关于2027年部分节假日安排的通知（测试用示例，非官方）
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。5月8日（周六）上班。
五、端午节：6月9日（周三）放假，共1天。
六、中秋节：9月15日（周三）放假，共1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。`;
