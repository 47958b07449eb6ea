/**
 * Simplified Chinese UI strings of the site's chrome and vocabulary: title, navigation, search and languages, the
 * names of the sections and kinds, and the enumerations (priority, buying motive, process type, offering kind, role
 * function, influence, RACI). One part of the dictionary that zh-cn.ts assembles, typed by the English part
 * (../en/site.ts) so that a missing or extra key fails the type check; the words keep to the glossary of zh-cn.ts.
 */
import { kindTitle } from '../../kinds/index.ts';
import type { siteStrings as en } from '../en/site.ts';

export const siteStrings: typeof en = {
  siteTitle: '销售作战手册',
  siteDescription: '以代码管理的销售模式：目标客群、产品/服务、销售流程、团队职能，以及由此测算的指标。',
  skipToContent: '跳到正文',
  menu: '菜单',
  closeMenu: '关闭菜单',
  mainNavigation: '站点',
  playbookNavigation: '手册目录',
  breadcrumbs: '当前位置',
  pagination: '上一页和下一页',
  previous: '上一页',
  next: '下一页',
  editPage: '编辑此页',
  lastUpdated: '最后更新',
  allPlaybooks: '全部手册',
  docs: '文档',
  search: '搜索',
  searchLabel: '搜索手册',
  searchPlaceholder: '搜索…',
  filterPlaybook: '手册',
  filterKind: '类型',
  searchNoScript: '搜索需要 JavaScript。所有页面也都可以从导航进入。',
  searchHint: '搜索索引由正式构建（npm run build）生成，开发服务器中无法搜索。',
  languageNames: { en: '英文', 'zh-CN': '简体中文' },
  language: '语言',
  notes: '说明',
  none: '无',

  overview: '销售模式总览',
  segments: kindTitle('segments', 'zh-CN', 'many'),
  segment: kindTitle('segments', 'zh-CN'),
  offerings: kindTitle('offerings', 'zh-CN', 'many'),
  offering: kindTitle('offerings', 'zh-CN'),
  processes: kindTitle('processes', 'zh-CN', 'many'),
  process: kindTitle('processes', 'zh-CN'),
  roles: kindTitle('roles', 'zh-CN', 'many'),
  role: kindTitle('roles', 'zh-CN'),
  matrix: '团队角色矩阵',
  metrics: '指标',
  stage: '阶段',
  stages: '阶段',
  playbook: '手册',

  priority: {
    strategic: '战略高地',
    core: '核心客群',
    opportunistic: '机会客群',
  },
  motive: {
    'price-performance': '性价比',
    'value-realization': '价值实现',
    partnership: '长期合作',
  },
  processType: {
    transactional: '交易型',
    solution: '解决方案型',
    'key-account': '要客型',
  },
  processTypeExplanation: {
    transactional: '单量多、金额小、成交快，客户清楚自己要什么，按价格和性能比较。',
    solution: '单量少、金额大，先诊断客户的问题，再证明定制方案的价值。',
    'key-account': '组织对组织的长期关系，我方高层对口客户高层，共同规划客户发展。',
  },
  offeringKind: { product: '产品', service: '服务', bundle: '组合方案' },
  roleFunction: {
    sales: '销售',
    telesales: '电话销售',
    presales: '售前',
    executive: '高管',
    service: '服务',
    other: '其他',
  },
  influence: { economic: '决策者', technical: '评估者', user: '使用者', coach: '内线（教练）' },
  raci: {
    R: '执行（R）：完成这一阶段的工作',
    A: '批准（A）：对阶段结果最终负责，签字确认',
    C: '咨询（C）：做决定前听取其意见',
    I: '知会（I）：及时告知进展',
    AR: '批准并执行（AR）：既完成工作，也对结果最终负责',
  },
};
