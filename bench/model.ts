/**
 * The frontmatter of one synthetic playbook: a consistent sales model (motives
 * fit process types, every entity is used, headcounts carry the hours) so
 * that `check` reports no errors and the site renders every kind of page.
 *
 * With a `warningShare` above 0, about that share of the entity files get a
 * warning, as in a real playbook under work (never an error): offerings that
 * no segment uses (`unused-entity`), segments on a process of another type
 * than their motive calls for (`motive-process-fit`), processes with a weak
 * last stage, whose segments win less than the goal (`win-rate-below-goal`
 * on each of them), and roles with too few people for their hours
 * (`capacity-exceeded`, which may also put `coverage-below-goal` on the
 * playbook's index.mdx).
 */
import type { Random } from './random.ts';
import type { Lang } from './text.ts';

type Kind = 'segments' | 'offerings' | 'processes' | 'roles';
type Motive = 'price-performance' | 'value-realization' | 'partnership';
type ProcessType = 'transactional' | 'solution' | 'key-account';
type Data = Record<string, unknown> & { title: string };

export interface Item {
  id: string;
  data: Data;
}

interface Stage {
  id: string;
  title: string;
  goal: string;
  exitCriteria: string[];
  days: number;
  conversion: number;
  raci: Record<string, string>;
  hours: Record<string, number>;
}

/** The warnings the generator plants on purpose (format §3). */
export type PlantedWarning = 'unused-entity' | 'motive-process-fit' | 'win-rate-below-goal' | 'capacity-exceeded';

export interface PlaybookModel {
  lang: Lang;
  index: Data;
  segments: Item[];
  offerings: Item[];
  processes: Item[];
  roles: Item[];
  titles: Record<Kind, Map<string, string>>;
  /** Pages a page links to in its body: [kind, id]. */
  related(kind: Kind, id: string): Array<[Kind, string]>;
  /** The warnings planted on purpose, by `<kind>/<id>` (e.g. `roles/inside-sales`). */
  warnings: Map<string, PlantedWarning[]>;
}

const MOTIVES: readonly Motive[] = ['price-performance', 'value-realization', 'partnership'];
const TYPE_FOR: Record<Motive, ProcessType> = { 'price-performance': 'transactional', 'value-realization': 'solution', partnership: 'key-account' };
const TYPES: readonly ProcessType[] = ['transactional', 'solution', 'key-account'];

const STAGES: Record<ProcessType, ReadonlyArray<readonly [string, string, string]>> = {
  transactional: [['qualify', 'Qualify', '确认需求'], ['quote', 'Demo and quote', '演示与报价'], ['close', 'Close', '成交']],
  solution: [['discover', 'Discovery', '需求挖掘'], ['validate', 'Solution validation', '方案验证'], ['propose', 'Business case and proposal', '商业论证与方案'], ['negotiate', 'Negotiate and close', '谈判与签约']],
  'key-account': [['align', 'Map and align', '高层对齐'], ['co-design', 'Joint discovery and co-design', '联合调研与方案共创'], ['business-case', 'Joint business case', '联合商业论证'], ['commit', 'Executive commitment', '高层承诺'], ['govern', 'Partnership governance', '合作治理']],
};
const PROCESS_NAMES: Record<ProcessType, ReadonlyArray<readonly [string, string]>> = {
  transactional: [['Velocity sale', '快速成交'], ['Quick quote', '快速报价'], ['Renewal sale', '续约销售']],
  solution: [['Solution sale', '解决方案销售'], ['Value sale', '价值销售'], ['Proof-of-value sale', '验证式销售']],
  'key-account': [['Key-account sale', '要客销售'], ['Strategic partnership', '战略合作'], ['Executive alliance', '高层联盟']],
};
const SEGMENT_SIZES = [['Growing', '成长型'], ['Mid-market', '中型'], ['Multi-site', '多基地'], ['Enterprise', '大型'], ['Strategic', '战略']] as const;
const INDUSTRIES = [['manufacturers', '制造企业', 'discrete manufacturing'], ['distributors', '分销企业', 'wholesale distribution'], ['food producers', '食品企业', 'food and beverage'], ['logistics providers', '物流企业', 'third-party logistics'], ['battery makers', '电池企业', 'batteries'], ['chemical plants', '化工企业', 'chemicals'], ['device makers', '器械企业', 'medical devices']] as const;
const REGIONS = ['United States', 'Canada', 'Germany', 'France', 'United Kingdom', 'Nordics', 'Japan', 'Australia', 'Brazil', '华东', '华南'];
const OFFERING_NAMES = [['Essentials', '标准版'], ['Enterprise', '企业版'], ['Connect', '连接器'], ['Quickstart', '快速上线'], ['Value Program', '价值实现计划'], ['Premier Success', '尊享服务'], ['Partnership Agreement', '战略合作协议'], ['Energy Audit', '能源审计'], ['Managed Operations', '托管运维'], ['Training Academy', '培训学院']] as const;
const ROLE_NAMES: Record<string, ReadonlyArray<readonly [string, string, string]>> = {
  executive: [['ceo', 'Chief executive officer', '总经理'], ['cfo', 'Chief financial officer', '财务总监'], ['cto', 'Head of engineering', '技术总监']],
  sales: [['account-executive', 'Account executive', '区域销售'], ['strategic-account-director', 'Strategic account director', '大客户经理']],
  telesales: [['inside-sales', 'Inside sales representative', '电话销售']],
  presales: [['solutions-engineer', 'Solutions engineer', '售前工程师']],
  service: [['customer-success-manager', 'Customer success manager', '服务工程师']],
  other: [['deal-desk', 'Deal desk analyst', '商务专员'], ['partner-manager', 'Partner manager', '渠道经理']],
};
const NON_EXECUTIVE = ['sales', 'telesales', 'presales', 'service', 'sales', 'other'] as const;
const COUNTERPARTS: Record<string, string[]> = { ceo: ['CEO', 'COO'], cfo: ['CFO'], cto: ['CIO', 'CTO'] };
const SUMMARY_EN = 'Who it is for, what it promises and how it fits the rest of the model: the short version that appears in lists and previews across the site, written so a new rep understands it on the first read.';
const SUMMARY_ZH = '适用对象、核心承诺以及与整个销售模式的关系:这是在网站列表和预览中显示的简短说明,新销售第一次读就能理解。';

/**
 * Composes one playbook of `size` entity files (at least 12), with warnings on
 * about `warningShare` of them (0: none at all).
 */
export function composePlaybook(random: Random, size: number, lang: Lang, warningShare = 0): PlaybookModel {
  const zh = lang === 'zh-CN';
  const n = Math.max(12, size);
  const processCount = Math.max(3, Math.round(n * 0.12));
  const segmentCount = Math.max(3, Math.round(n * 0.23));
  const offeringCount = Math.max(3, Math.round(n * 0.28));
  const roleCount = n - processCount - segmentCount - offeringCount;
  const used = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    return id;
  };
  const name = (pair: readonly [string, string], suffix: number) => (zh ? pair[1] : pair[0]) + (suffix > 0 ? ` ${suffix + 1}` : '');
  const summary = (title: string) => `${title} — ${zh ? SUMMARY_ZH : SUMMARY_EN}`;

  // Roles: one or two executives, then the selling and supporting functions in turn.
  const roles: Item[] = [];
  const executives: string[] = [];
  const nonExecutive: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < roleCount; i++) {
    const fn = i === 0 || (i === 1 && roleCount >= 6) ? 'executive' : NON_EXECUTIVE[i % NON_EXECUTIVE.length]!;
    const pool = ROLE_NAMES[fn]!;
    const nth = seen.get(fn) ?? 0;
    seen.set(fn, nth + 1);
    const [base, en, cn] = pool[nth % pool.length]!;
    const id = uniqueId(base);
    const title = name([en, cn], Math.floor(nth / pool.length));
    const data: Data = { title, summary: summary(title), function: fn, headcount: 1 };
    if (fn === 'executive') data.counterparts = COUNTERPARTS[base];
    roles.push({ id, data });
    (fn === 'executive' ? executives : nonExecutive).push(id);
  }

  // Processes and their stages; RACI cycles through every non-executive role so that each one is used.
  let cursor = 0;
  const nextRole = (taken: Set<string>) => {
    for (;;) {
      const id = nonExecutive[cursor++ % nonExecutive.length]!;
      if (!taken.has(id) || taken.size >= nonExecutive.length) return id;
    }
  };
  const processes: Item[] = [];
  for (let i = 0; i < processCount; i++) {
    const type = TYPES[i % 3]!;
    const names = PROCESS_NAMES[type];
    const pair = names[Math.floor(i / 3) % names.length]!;
    const title = name(pair, Math.floor(i / 9));
    const stages: Stage[] = STAGES[type].map(([id, en, cn], k) => {
      const raci: Record<string, string> = {};
      const hours: Record<string, number> = {};
      const taken = new Set<string>();
      const lead = nextRole(taken);
      taken.add(lead);
      const split = nonExecutive.length >= 2 && random.chance(0.5);
      raci[lead] = split ? 'A' : 'AR';
      hours[lead] = random.int(2, 12);
      if (split) {
        const doer = nextRole(taken);
        taken.add(doer);
        raci[doer] = 'R';
        hours[doer] = random.int(2, 20);
      }
      const consulted = nextRole(taken);
      if (!taken.has(consulted)) {
        raci[consulted] = 'C';
        hours[consulted] = random.float(0.5, 4, 1);
      }
      if (type === 'key-account' && (k === 0 || random.chance(0.4))) {
        for (const exec of executives) {
          raci[exec] = 'C';
          hours[exec] = random.int(1, 4);
        }
      }
      return {
        id,
        title: zh ? cn : en,
        goal: zh ? `${cn}:明确下一步并取得客户书面确认。` : `${en}: agree the next step with the customer and get it confirmed in writing.`,
        exitCriteria: zh ? ['客户确认需求和预算。', '双方计划已更新。'] : ['The customer has confirmed the need and the budget.', 'The mutual plan is updated with dates.'],
        days: random.int(5, 45),
        conversion: random.float(0.6, 0.9),
        raci,
        hours,
      };
    });
    processes.push({ id: uniqueId(slug(pair[0])), data: { title, summary: summary(title), type, stages } });
  }

  // Offerings: each answers one motive (sometimes two); later ones may bundle earlier products and services.
  const offerings: Item[] = [];
  for (let k = 0; k < offeringCount; k++) {
    const pair = OFFERING_NAMES[k % OFFERING_NAMES.length]!;
    const title = name(pair, Math.floor(k / OFFERING_NAMES.length));
    const motive = MOTIVES[k % 3]!;
    const kind = k < 3 ? 'product' : random.pick(['product', 'service', 'service', 'bundle'] as const);
    const data: Data = { title, summary: summary(title), kind, motives: random.chance(0.2) ? [motive, MOTIVES[(k + 1) % 3]!] : [motive] };
    if (kind === 'bundle') {
      const parts = offerings.filter((o) => o.data.kind !== 'bundle');
      if (parts.length > 0) data.includes = random.sample(parts, random.int(1, 2)).map((o) => o.id);
    }
    offerings.push({ id: uniqueId(slug(pair[0])), data });
  }

  // Segments: motive in turn, the process of the matching type, the offerings of that motive.
  const segments: Item[] = [];
  const processesOf = (type: ProcessType) => processes.filter((p) => p.data.type === type);
  for (let m = 0; m < segmentCount; m++) {
    const motive = MOTIVES[m % 3]!;
    const type = TYPE_FOR[motive];
    const size = SEGMENT_SIZES[Math.min(SEGMENT_SIZES.length - 1, m % 3 === 2 ? 3 + (m % 2) : m % 3 === 1 ? 1 + (m % 2) : 0)]!;
    const industry = INDUSTRIES[Math.floor(m / 3) % INDUSTRIES.length]!;
    const title = zh ? `${size[1]}${industry[1]}` + (m >= 21 ? ` ${Math.floor(m / 21) + 1}` : '') : `${size[0]} ${industry[0]}` + (m >= 21 ? ` ${Math.floor(m / 21) + 1}` : '');
    const candidates = processesOf(type);
    const accounts = type === 'transactional' ? random.int(200, 3000) : type === 'solution' ? random.int(50, 900) : random.int(10, 60);
    const data: Data = {
      title,
      summary: summary(title),
      priority: type === 'key-account' ? 'strategic' : random.pick(['core', 'core', 'opportunistic'] as const),
      motive,
      criteria: { industries: [industry[2]], regions: random.sample(REGIONS, random.int(1, 2)), employees: type === 'transactional' ? { min: 50, max: 499 } : { min: 500 } },
      buyingCriteria: zh ? ['可量化的结果', '全生命周期成本', '服务响应速度'] : ['A measurable result within two quarters', 'Total cost of the result', 'Proof on their own data'],
      accounts,
      opportunityRate: random.float(0.1, 0.5),
      dealSize: type === 'transactional' ? random.int(5, 40) * 1000 : type === 'solution' ? random.int(50, 200) * 1000 : random.int(5, 40) * 100000,
      offerings: [] as string[],
      process: candidates[Math.floor(m / 3) % candidates.length]!.id,
      coverage: { owner: nonExecutive[m % nonExecutive.length]!, touchesPerYear: random.int(2, 12), hoursPerTouch: random.float(0.25, 2, 2) },
    };
    if (type === 'key-account') data.buyingCenter = executives.flatMap((e) => COUNTERPARTS[e] ?? []).map((fn, i) => ({ influence: i === 0 ? 'economic' : 'technical', function: fn }));
    segments.push({ id: uniqueId(slug(`${size[0]}-${industry[0]}`)), data });
  }
  // Warnings planted on purpose: a budget of files, spent on four kinds of problem.
  const warnings = new Map<string, PlantedWarning[]>();
  const plant = (kind: Kind, id: string, code: PlantedWarning) => warnings.set(`${kind}/${id}`, [...(warnings.get(`${kind}/${id}`) ?? []), code]);
  const budget = Math.round(Math.max(0, Math.min(1, warningShare)) * n);
  const quota = { unused: Math.round(budget * 0.2), fit: Math.round(budget * 0.2), winRate: Math.round(budget * 0.25) };

  // Unused offerings: never one of the first three (each segment's fallback) nor one a bundle includes.
  const included = new Set(offerings.flatMap((o) => (o.data.includes as string[] | undefined) ?? []));
  const unusedOfferings = new Set(
    random
      .sample(offerings.slice(3).filter((o) => !included.has(o.id)), quota.unused)
      .map((o) => o.id),
  );
  for (const id of unusedOfferings) plant('offerings', id, 'unused-entity');

  const segmentsOf = (motive: Motive) => segments.filter((s) => s.data.motive === motive);
  offerings.forEach((o, k) => {
    if (unusedOfferings.has(o.id)) return;
    const candidates = segmentsOf(MOTIVES[k % 3]!);
    (candidates[Math.floor(k / 3) % candidates.length]!.data.offerings as string[]).push(o.id);
  });
  for (const s of segments) {
    const list = s.data.offerings as string[];
    if (list.length === 0) list.push(offerings[MOTIVES.indexOf(s.data.motive as Motive)]!.id);
  }

  // Segments on a process of another type than their motive calls for (only from processes that keep another segment).
  const usersOf = (processId: string) => segments.filter((s) => s.data.process === processId).length;
  for (const s of random.sample(segments, segments.length)) {
    if (quota.fit <= 0) break;
    if (usersOf(s.data.process as string) < 2) continue;
    const motive = s.data.motive as Motive;
    const other = processesOf(TYPE_FOR[MOTIVES[(MOTIVES.indexOf(motive) + 1) % 3]!]);
    s.data.process = random.pick(other).id;
    plant('segments', s.id, 'motive-process-fit');
    quota.fit--;
  }

  // Processes whose last stage converts so little that every segment on them wins less than the goal (5%).
  let winRateFiles = quota.winRate;
  for (const p of random.sample(processes, processes.length)) {
    const users = segments.filter((s) => s.data.process === p.id);
    const fresh = users.filter((s) => !warnings.has(`segments/${s.id}`)).length;
    if (users.length === 0 || fresh === 0 || fresh > winRateFiles) continue;
    const stages = p.data.stages as Stage[];
    stages[stages.length - 1]!.conversion = random.float(0.01, 0.04);
    for (const s of users) plant('segments', s.id, 'win-rate-below-goal');
    winRateFiles -= fresh;
    if (winRateFiles <= 0) break;
  }

  // Headcounts that carry the required hours with a 20% margin, so nobody is over capacity (but the planted ones).
  const sellingHours = random.int(13, 15) * 100;
  const required = new Map<string, number>();
  const add = (role: string, hours: number) => required.set(role, (required.get(role) ?? 0) + hours);
  for (const s of segments) {
    const opportunities = (s.data.accounts as number) * (s.data.opportunityRate as number);
    const stages = processes.find((p) => p.id === s.data.process)!.data.stages as Stage[];
    let reach = 1;
    for (const stage of stages) {
      for (const [role, hours] of Object.entries(stage.hours)) add(role, opportunities * reach * hours);
      reach *= stage.conversion;
    }
    const coverage = s.data.coverage as { owner: string; touchesPerYear: number; hoursPerTouch: number };
    add(coverage.owner, (s.data.accounts as number) * coverage.touchesPerYear * coverage.hoursPerTouch);
  }
  for (const r of roles) r.data.headcount = Math.max(1, Math.ceil(((required.get(r.id) ?? 0) / sellingHours / 0.8) * 2) / 2);
  // The rest of the budget: roles with too few people, about 60% of the headcount they need (at least half a person).
  let capacityFiles = budget - warnings.size;
  for (const r of random.sample(roles, roles.length)) {
    if (capacityFiles <= 0) break;
    const hours = required.get(r.id) ?? 0;
    const headcount = Math.max(0.5, Math.floor((hours / sellingHours) * random.float(0.5, 0.75) * 2) / 2);
    if (headcount * sellingHours >= hours * 0.95) continue;
    r.data.headcount = headcount;
    plant('roles', r.id, 'capacity-exceeded');
    capacityFiles--;
  }

  const index: Data = {
    title: zh ? `销售模式 ${random.int(1, 99)}` : `Sales model ${random.int(1, 99)}`,
    summary: zh ? `本销售模式覆盖 ${segmentCount} 个客群、${offeringCount} 个产品与服务、${processCount} 个销售流程和 ${roleCount} 个团队角色。` : `How this business unit sells: ${segmentCount} segments, ${offeringCount} offerings, ${processCount} processes and ${roleCount} team roles, each built around why its customers buy.`,
    lang,
    currency: zh ? 'CNY' : random.pick(['USD', 'EUR', 'GBP']),
    owner: zh ? '销售运营部' : 'Sales operations',
    updated: `2026-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    sellingHours,
    goals: { coverage: 0.9, winRate: 0.05 },
  };

  const titles = {} as Record<Kind, Map<string, string>>;
  const all = { segments, offerings, processes, roles };
  for (const kind of Object.keys(all) as Kind[]) titles[kind] = new Map(all[kind].map((e) => [e.id, e.data.title]));
  const related = (kind: Kind, id: string): Array<[Kind, string]> => {
    const out: Array<[Kind, string]> = [];
    if (kind === 'segments') {
      const s = segments.find((e) => e.id === id)!.data;
      out.push(...(s.offerings as string[]).map((o): [Kind, string] => ['offerings', o]), ['processes', s.process as string], ['roles', (s.coverage as { owner: string }).owner]);
    } else if (kind === 'offerings') {
      out.push(...segments.filter((s) => (s.data.offerings as string[]).includes(id)).map((s): [Kind, string] => ['segments', s.id]));
    } else if (kind === 'processes') {
      const stages = processes.find((e) => e.id === id)!.data.stages as Stage[];
      out.push(...[...new Set(stages.flatMap((st) => Object.keys(st.raci)))].map((r): [Kind, string] => ['roles', r]));
    } else {
      out.push(...processes.filter((p) => (p.data.stages as Stage[]).some((st) => id in st.raci)).map((p): [Kind, string] => ['processes', p.id]));
    }
    return out.slice(0, 5);
  };
  return { lang, index, segments, offerings, processes, roles, titles, related, warnings };
}

/** `Mid-market food producers` → `mid-market-food-producers`. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
