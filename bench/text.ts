/**
 * Synthetic MDX bodies that look like the example playbooks: headings, prose
 * with links to related pages, a GFM table, a talk track in a blockquote and a
 * task list, about 250 words of prose (English) or 500 characters (Chinese).
 * Some bodies also quote the model's numbers with `<Metric of="…" />`, have an
 * aside in `<Callout type="…">` (a warning callout where the file has a
 * warning on purpose), or a code block.
 *
 * The bodies are safe MDX as format §1 and §9 define it (v1.1): the only
 * JSX is `<Metric of="…" />` and `<Callout type="…">`…`</Callout>` with
 * string-literal props; no `{`, `}`, `import`, `export` or HTML comment
 * anywhere (code blocks included), and no other `<`.
 */
import type { PlantedWarning } from './model.ts';
import type { Random } from './random.ts';

export type Lang = 'en' | 'zh-CN';

/** What a page's numbers are about, for `<Metric of="…" />` paths (format §9). */
export type MetricScope = { kind: 'playbook' } | { kind: 'segments' | 'roles' | 'processes'; id: string };

export interface BodyContext {
  lang: Lang;
  /** What the page is about, used in sentences: "Mid-market distributors". */
  subject: string;
  /** Related pages as [label, href relative to the page]; at least one. */
  links: ReadonlyArray<readonly [string, string]>;
  /** Whose numbers the body may quote with `<Metric>`; none when absent. */
  metrics?: MetricScope;
  /** A warning the file has on purpose: the body may explain it in a warning callout. */
  warning?: PlantedWarning;
}

/** How often a body has each optional part (the rest are in every body). */
export const SHARE = { metric: 0.5, callout: 0.3, warningCallout: 0.7, code: 0.1 } as const;

/** Words of English text (a table cell or list item counts like prose). */
export const TARGET_WORDS = 250;
/** Chinese has no spaces: about two characters a word. */
const TARGET_CHARS_ZH = 500;

const KPIS_EN = ['on-time-in-full', 'inventory days', 'OEE', 'cost per order line', 'first-pass yield', 'energy cost per unit', 'days sales outstanding', 'net revenue retention'];
const KPIS_ZH = ['准时交付率', '库存周转天数', '设备综合效率', '单位能耗', '一次合格率', '回款周期', '续约率'];

const SENTENCES_EN = [
  '{subject} buy when they believe a number they are measured on will move, and move soon.',
  'Start every first meeting with their {kpi}, not with our product; the product appears when there is a problem on the table it can solve.',
  'We plan on about {n} conversations a year with each account, one hour each including preparation.',
  'Most losses happen early, where they are cheap: a deal lost in negotiation is a discovery mistake found late.',
  'Bring {link} into the second meeting, with the systems list already filled in.',
  'Forecast only what has passed the exit criteria of its stage; hope is not a stage.',
  'A proof of value is a small project with a contract of its own: two or three success criteria, a signature and thirty days.',
  'Trade, do not give: a discount buys a longer term, a faster signature or a reference.',
  'Requests above {pct}% discount go to the deal desk with the business case attached.',
  'The best representatives write a short note after every customer meeting, within a day.',
  'When a deal does not fit, move the account to the segment whose motive it actually has, and sell it the way that segment buys.',
  'Coverage means knowing the {kpi} they are measured on this year, not sending a newsletter.',
  'Ask who else has to agree before anything is signed, and write their names into the mutual plan.',
  'A smaller payback the customer believes beats a bigger one they discount in their heads.',
  'See {link} for the talk track and the objections we hear most often.',
  'The handover to customer success happens before the signature, not after it.',
  'If the economic buyer has not seen the proposal in a meeting, the proposal has not been made.',
  'We keep the cadence simple: a quarterly business review, a plant visit and an invitation to a customer round table.',
  'Roughly {pct}% of opportunities leave discovery; the rest were never real, and finding that out early is the point.',
  'Pricing is fixed for the first year, so that the conversation is about the result and not about the list price.',
  'Every account plan names one initiative, its owner on the customer side and the date they expect a result.',
  'Competitors will be cheaper on the licence; compare what the customer pays for the result instead.',
  'New leaders are the best signal: the first ninety days are when they buy.',
  'An acquisition that adds sites on a different ERP is worth a call the same week.',
  'Use {link} when the customer asks for references in their own industry.',
  'Keep the deck to five slides and spend the rest of the hour on their questions.',
  'The model counts {n} hours of effort per opportunity in this stage; if it takes much longer, say so in the forecast call.',
  'Write the business case with their numbers, and let their finance team change them.',
];

const SENTENCES_ZH = [
  '{subject}最看重的是可以量化的结果,而不是产品参数。',
  '第一次拜访先谈客户的{kpi},产品在问题摆上桌面之后再出场。',
  '我们计划每年与每家客户深度沟通约 {n} 次,每次含准备约一小时。',
  '大多数丢单发生在早期,代价很低;在谈判阶段丢单,往往是需求挖掘阶段的错误。',
  '第二次会议请{link}一起参加,并提前整理好客户的系统清单。',
  '只有通过了阶段出口标准的商机才能进入预测。',
  '方案验证是一个有自己合同的小项目:两三条成功标准、客户签字、三十天。',
  '不要白给:折扣要换来更长的合同期、更快的签约或一个可参观的案例。',
  '折扣超过 {pct}% 需要提交交易审批,并附上商业论证。',
  '优秀的销售会在每次客户会议后一天内写好会议纪要。',
  '覆盖的意思是知道客户今年被考核的{kpi},而不是群发一份简报。',
  '签约之前问清楚还有谁需要同意,并把他们的名字写进双方计划。',
  '客户相信的较短回收期,胜过他们心里打折扣的较长回收期。',
  '常见异议和话术见{link}。',
  '交接给客户成功团队要在签约之前完成,而不是之后。',
  '竞争对手的设备价格会更低;要比较的是客户为结果付出的总成本。',
  '新上任的负责人是最好的信号:上任头九十天是他们最愿意改变的时候。',
  '客户要求同行业案例时,请参考{link}。',
  '演示材料控制在五页以内,把剩下的时间留给客户的问题。',
  '模型按每个商机在本阶段约 {n} 小时工作量计算;如果明显更长,请在预测会上说明。',
  '用客户自己的数据做商业论证,并允许他们的财务团队修改。',
  '每个客户计划都要写明一个重点项目、客户方负责人和预期见效的时间。',
];

const HEADINGS_EN = ['Who they are', 'Why they buy', 'How we work with them', 'Talk track', 'What good looks like', 'Signals worth a call', 'Working with others', 'Objections', 'How to run it', 'Numbers we plan on'];
const HEADINGS_ZH = ['他们是谁', '为什么购买', '我们怎么做', '话术', '做得好的标准', '值得跟进的信号', '与其他角色协作', '常见异议', '执行要点', '计划数字'];

const TABLES_EN: ReadonlyArray<readonly [string[], string[][]]> = [
  [['They say', 'We answer'], [['"Your price is above our budget."', 'Reduce scope, not the program: start with the sites that matter most.'], ['"Competitor X is 30% cheaper."', 'Compare the cost of the result, not of the licence.'], ['"We need to see it work first."', 'That is what validation is for: success criteria agreed up front.'], ['"Our IT team is busy this year."', 'Connectors are ours to run; their team reviews security once.']]],
  [['Signal', 'What it means', 'Next step'], [['A new COO', 'Budget moves in ninety days', 'Executive briefing'], ['An acquisition', 'Sites on different systems', 'Integration workshop'], ['A missed quarter', 'Pressure on the KPI', 'Benchmark review'], ['A plant expansion', 'New budget, new standard', 'Site visit']]],
  [['Metric', 'Today', 'Target'], [['Opportunities a year', '{n}0', '{n}5'], ['Win rate', '{pct}%', '25%'], ['Cycle days', '{n}6', '{n}0'], ['Coverage', '85%', '95%']]],
  [['With', 'When', 'How'], [['Presales', 'Discovery', 'Bring the systems list'], ['Finance', 'Proposal', 'Send the business case first'], ['Customer success', 'Before signature', 'Joint handover meeting'], ['Executives', 'Key accounts', 'Pair them with their counterparts']]],
];
const TABLES_ZH: ReadonlyArray<readonly [string[], string[][]]> = [
  [['客户说', '我们回答'], [['"价格超出预算。"', '缩小范围,不砍服务:先做最关键的基地。'], ['"某品牌便宜三成。"', '比较结果的总成本,而不是设备价格。'], ['"先看到效果再说。"', '这正是方案验证阶段的目的。']]],
  [['信号', '含义', '下一步'], [['新任生产副总', '九十天内有预算调整', '高层拜访'], ['新建基地', '新预算、新标准', '现场勘查'], ['能耗考核加严', '节能压力', '能源审计']]],
  [['指标', '现状', '目标'], [['年商机数', '{n}0', '{n}5'], ['赢单率', '{pct}%', '25%'], ['覆盖率', '85%', '95%']]],
];

const TASKS_EN = ['Success criteria signed before data is connected.', 'A mutual plan with dates in every opportunity past discovery.', 'The economic buyer met in person before the proposal is sent.', 'Security questionnaire sent in week one, not week four.', 'Handover meeting with customer success booked.', 'Account plan reviewed this quarter.', 'References in the same industry lined up.', 'Discount approval attached to the proposal.'];
const TASKS_ZH = ['成功标准在接入数据前签字确认。', '商机进入方案阶段前有双方计划和日期。', '报价前与决策人当面沟通。', '第一周发出安全问卷。', '签约前完成客户成功交接会。', '本季度已复盘客户计划。'];

const TALK_EN = ['"Most of our customers did not fail at buying software; they failed at using it. Let us plan the using part first."', '"Which number does your COO ask about first on Monday morning?"', '"If this KPI moved by three points, what would it be worth, and who would notice?"'];
const TALK_ZH = ['"很多客户不是买错了设备,而是没有用好。我们先把用好这件事规划清楚。"', '"贵司领导每周一最先问的是哪个数字?"'];

/** Sentences with the model's numbers, by scope; `{m:key}` becomes `<Metric of="<scope>.key" />`. */
const METRIC_SENTENCES: Record<MetricScope['kind'], Record<Lang, string[]>> = {
  playbook: {
    en: [
      'Across the playbook we can cover {m:coverage} of the target accounts and expect {m:expectedWins} wins a year at a win rate of {m:winRate}, worth {m:expectedRevenue}.',
      'The team covers {m:coverage} of the target accounts today; the goal is on the overview page.',
    ],
    'zh-CN': ['本销售模式可覆盖 {m:coverage} 的目标客户,预计每年赢单 {m:expectedWins} 个,赢单率 {m:winRate},收入 {m:expectedRevenue}。', '目前团队覆盖 {m:coverage} 的目标客户。'],
  },
  segments: {
    en: [
      'The model expects {m:expectedWins} wins a year from this segment, at a win rate of {m:winRate}.',
      'With today’s team we cover {m:coverage} of these accounts, which makes {m:opportunities} opportunities a year.',
      'The segment is worth {m:expectedRevenue} a year, or {m:velocityPerDay} a day.',
    ],
    'zh-CN': ['模型预计该客群每年赢单 {m:expectedWins} 个,赢单率 {m:winRate}。', '以现有团队可覆盖 {m:coverage} 的客户,每年约 {m:opportunities} 个商机。', '该客群每年价值 {m:expectedRevenue},即每天 {m:velocityPerDay}。'],
  },
  roles: {
    en: ['This role runs at {m:load} of its capacity: {m:requiredHours} hours of work a year against {m:availableHours} available.', 'The work of this role adds up to {m:fteNeeded} full-time people.'],
    'zh-CN': ['该角色的负荷为 {m:load}:每年需要 {m:requiredHours} 小时,可用 {m:availableHours} 小时。', '该角色的工作量相当于 {m:fteNeeded} 个全职人员。'],
  },
  processes: {
    en: ['Opportunities that enter this process close at {m:winRate}, after about {m:cycleDays} days.', 'A won deal takes {m:cycleDays} days from the first stage to the signature.'],
    'zh-CN': ['进入该流程的商机赢单率为 {m:winRate},周期约 {m:cycleDays} 天。', '一个赢单从第一阶段到签约约需 {m:cycleDays} 天。'],
  },
};

type CalloutType = 'note' | 'tip' | 'warning';
const CALLOUTS: Record<Lang, ReadonlyArray<readonly [CalloutType, string]>> = {
  en: [
    ['note', 'The numbers on this page come from the model. To change them, change the frontmatter, not the prose.'],
    ['tip', 'Bring **one reference** from the same industry into the first meeting; see {link}.'],
    ['tip', 'Write the mutual plan with the customer in the meeting, not after it.\n\nA plan they typed themselves is a plan they keep.'],
    ['warning', 'Discounts above {pct}% need the deal desk **before** the proposal goes out.'],
    ['note', 'This page is reviewed every quarter with the sales leads; see {link} for what changed.'],
  ],
  'zh-CN': [
    ['note', '本页的数字来自模型:要修改数字,请修改文件头,而不是正文。'],
    ['tip', '第一次拜访带上**一个同行业案例**,参见{link}。'],
    ['warning', '折扣超过 {pct}% 须在发出方案**之前**提交交易审批。'],
  ],
};
const WARNING_CALLOUTS: Record<PlantedWarning, Record<Lang, string>> = {
  'motive-process-fit': {
    en: 'This segment runs on another process than its motive calls for, on purpose: its accounts are trying a new way of buying this year. We review the exception next quarter; see {link}.',
    'zh-CN': '该客群暂时使用与其购买动机不同的销售流程,这是有意为之,下季度复盘;参见{link}。',
  },
  'win-rate-below-goal': {
    en: 'The win rate here is **below the goal**. Until the last stage converts better, forecast these deals one stage later than usual.',
    'zh-CN': '这里的赢单率**低于目标**。在最后阶段转化改善之前,预测时请比平时晚一个阶段。',
  },
  'capacity-exceeded': {
    en: 'This role is **short of people** this year: hiring is planned. Until then, keep to the stages of {link} that close deals.',
    'zh-CN': '该角色今年**人手不足**,已计划招聘。在此之前,请优先完成{link}中能成交的阶段。',
  },
  'unused-entity': {
    en: 'No segment is offered this yet: it launches next quarter. Do not quote it before the price list is out.',
    'zh-CN': '目前还没有客群使用该产品:下季度上市。价格表发布前请勿报价。',
  },
};

/** Code blocks: a few bodies show a frontmatter snippet, a command or an email template. No `{`, `}` or `<`. */
const CODE_BLOCKS: Record<Lang, readonly string[]> = {
  en: [
    '```yaml\ncoverage:\n  touchesPerYear: {n}\n  hoursPerTouch: 1\n```',
    '```sh\nnpm run check -- --strict\n```',
    '```text\nSubject: Next steps on the {subject} proposal\n\nThank you for the time today. As agreed, the success criteria are attached;\nplease confirm them by Friday so that we can connect the data next week.\n```',
  ],
  'zh-CN': ['```yaml\ncoverage:\n  touchesPerYear: {n}\n  hoursPerTouch: 1\n```', '```text\n主题:{subject}方案的下一步\n\n感谢今天的时间。附件是双方确认的成功标准,请在周五前确认。\n```'],
};

/** An MDX body of about 250 words of prose with a GFM table, a blockquote and a task list, and sometimes a `<Metric>`, a `<Callout>` or a code block. */
export function writeBody(random: Random, ctx: BodyContext): string {
  const zh = ctx.lang === 'zh-CN';
  const sentences = zh ? SENTENCES_ZH : SENTENCES_EN;
  const kpis = zh ? KPIS_ZH : KPIS_EN;
  const fill = (template: string): string =>
    template
      .replaceAll('{subject}', ctx.subject)
      .replaceAll('{kpi}', random.pick(kpis))
      .replaceAll('{n}', String(random.int(2, 9)))
      .replaceAll('{pct}', String(random.int(12, 40)))
      .replaceAll('{link}', () => {
        const [label, href] = random.pick(ctx.links);
        return `[${label}](${href})`;
      })
      .replace(/\{m:(\w+)\}/g, (_, key: string) => `<Metric of="${metricPath(ctx.metrics!, key)}" />`);
  const paragraph = (count: number) => Array.from({ length: count }, () => fill(random.pick(sentences))).join(zh ? '' : ' ');
  const headings = random.sample(zh ? HEADINGS_ZH : HEADINGS_EN, 3);
  const [head, rows] = random.pick(zh ? TABLES_ZH : TABLES_EN);
  const table = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === head.length - 1 && head.length > 2 ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(fill).join(' | ')} |`),
  ].join('\n');
  const tasks = random
    .sample(zh ? TASKS_ZH : TASKS_EN, 4)
    .map((task, i) => `- [${i === 0 ? 'x' : ' '}] ${task}`)
    .join('\n');
  const [first, second, third] = headings as [string, string, string];
  const lang = zh ? 'zh-CN' : 'en';
  // Optional parts, drawn in a fixed order so that the same seed writes the same bytes.
  const metric = ctx.metrics && random.chance(SHARE.metric) ? fill(random.pick(METRIC_SENTENCES[ctx.metrics.kind][lang])) : null;
  const callout = ctx.warning && random.chance(SHARE.warningCallout) ? (['warning', WARNING_CALLOUTS[ctx.warning][lang]] as const) : random.chance(SHARE.callout) ? random.pick(CALLOUTS[lang]) : null;
  const calloutText = callout ? `<Callout type="${callout[0]}">\n${fill(callout[1])}\n</Callout>` : null;
  const code = random.chance(SHARE.code) ? fill(random.pick(CODE_BLOCKS[lang])) : null;
  const parts = [
    `## ${first}`,
    paragraph(3),
    table,
    ...(calloutText ? [calloutText] : []),
    `## ${second}`,
    paragraph(2),
    ...(metric ? [metric] : []),
    `> ${random.pick(zh ? TALK_ZH : TALK_EN)}`,
    tasks,
    ...(code ? [code] : []),
    `## ${third}`,
  ];
  // The last section grows until the body's prose reaches the target length.
  const last: string[] = [];
  // Every body links to a related page at least once.
  if (!parts.some((part) => part.includes(']('))) last.push(fill(random.pick(sentences.filter((sentence) => sentence.includes('{link}')))));
  const size = (text: string) => (zh ? prose(text).length : countWords(prose(text)));
  const target = zh ? TARGET_CHARS_ZH : TARGET_WORDS;
  while (size([...parts, last.join(zh ? '' : ' ')].join('\n\n')) < target) last.push(fill(random.pick(sentences)));
  parts.push(last.join(zh ? '' : ' '));
  return `${parts.join('\n\n')}\n`;
}

/** The path of a metric of the scope: `coverage`, `segments.smb.winRate` (format §9). */
export function metricPath(scope: MetricScope, key: string): string {
  return scope.kind === 'playbook' ? key : `${scope.kind}.${scope.id}.${key}`;
}

/** A body without its code blocks and component tags: the prose a reader reads. */
export function prose(body: string): string {
  return body.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/<\/?(?:Metric|Callout)\b[^>]*>/g, '');
}

/** Words of Markdown prose: runs of letters or digits, so table pipes and list markers do not count. */
export function countWords(markdown: string): number {
  return (markdown.replace(/\]\([^)]*\)/g, ']').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}
