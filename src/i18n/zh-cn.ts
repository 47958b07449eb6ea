import type { Dictionary } from './en.ts';
import { bookStrings } from './zh-cn/book.ts';
import { changeStrings } from './zh-cn/changes.ts';
import { exampleStrings } from './zh-cn/examples.ts';
import { figureStrings } from './zh-cn/figures.ts';
import { leaderStrings } from './zh-cn/leader.ts';
import { localeStrings } from './zh-cn/locale.ts';
import { moneyStrings } from './zh-cn/money.ts';
import { overTimeStrings } from './zh-cn/over-time.ts';
import { scenarioStrings } from './zh-cn/scenarios.ts';
import { siteStrings } from './zh-cn/site.ts';

/*
 * 术语表：一个概念只用一个词，取自中文文档（content/zh-cn/）和销售模式原文的用语。
 * 改动或新增文字时请对照这张表。
 *
 *   playbook            销售手册（上下文清楚时简称“手册”）
 *   sales model         销售模式：目标客群、产品/服务、销售流程、团队职能四个要素
 *   segment             目标客群（简称“客群”）；priority strategic 战略高地
 *   offering            产品/服务（半角斜杠，括注一律用全角括号）
 *   process / stage     销售流程 / 阶段；交易型、解决方案型、要客型
 *   exitCriteria        阶段完成标准
 *   conversion          转化率（某阶段推进到下一阶段的比例）
 *   win rate            赢单率（不用“成交率”）
 *   coverage            覆盖率：团队有工时去跟进的目标客户所占比例。客群和整本手册都叫“覆盖率”，
 *                       只在说明计算方法时用“整体覆盖率”指整本手册
 *   role / function     岗位 / 职能类型
 *   kinds of file       各类文件的名称只取自注册表（src/kinds/）：目标客群、产品/服务、销售流程、岗位、情景、实际数据
 *   metrics             各项指标的名称取自指标目录（src/model/metric-catalogue.ts）
 *   headcount           编制人数；FTE 折合全职
 *   load / capacity     负荷率 / 产能；capacity factor 产能满足率
 *   expected wins       预计年赢单数；expected revenue 预计年签约额；velocity 日均签约额
 *   open pipeline       在途商机
 *   RACI                R 执行、A 批准、C 咨询、I 知会、AR 批准并执行。
 *                       “负责”只用于 A：批准人对阶段结果最终负责；R 的人“执行”，不说“负责执行”
 *   plan                人力计划；hires 招聘（“入职 N 人”）；rampMonths 上手期；
 *                       attrition 人员流失（年流失率）；backfillMonths 岗位空缺几个月后补员
 *   next hire           多招一人（不说“下一个招聘”）
 *   scenario / baseline 情景 / 基准
 *   repository          Git 仓库（只对写手册的人说，并写明“Git”；面向读者的页面不提仓库）
 *
 * 标点：全角，（）“”：；一句话里最多一个冒号。数字、英文与汉字之间留一个空格，汉字与汉字之间不留。
 */

/**
 * Simplified Chinese UI strings, put together from the parts in zh-cn/ in the English order: each part is typed by
 * its English twin (en/), the whole by `Dictionary`.
 */
export const zhCN: Dictionary = {
  ...siteStrings,
  ...figureStrings,
  ...localeStrings,
  ...scenarioStrings,
  ...bookStrings,
  ...leaderStrings,
  ...exampleStrings,
  // A new feature's strings: a part of their own in en/ and zh-cn/, spread in the same place in both.
  ...overTimeStrings,
  ...moneyStrings,
  ...changeStrings,
};
