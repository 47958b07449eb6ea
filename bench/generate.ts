/**
 * Writes a synthetic, valid project tree (`playbooks/<id>/...`) for the
 * benchmark: deterministic from a seed, with no errors from `check` (every
 * reference resolves) and, by default, warnings on about a quarter of the
 * files, as in real playbooks (bench/model.ts plants them: unused offerings,
 * motive/process mismatches, win rates and capacity below need). Bodies
 * (bench/text.ts) have GFM tables, task lists, links, some code blocks and,
 * by default, the v1.1 body components `<Metric>` and `<Callout>`.
 *
 * Size grows by adding playbooks of about `perPlaybook` entity files each (a
 * large but plausible sales model), not by making one playbook huge: the
 * site's navigation is per playbook, so this is the way real sites grow.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createRandom, type Random } from './random.ts';
import { plainBody } from './bodies.ts';
import { writeBody, type Lang, type MetricScope } from './text.ts';
import { composePlaybook, type PlaybookModel } from './model.ts';

export interface GenerateOptions {
  /** Entity files (segments, offerings, processes, roles) in total, not counting index.mdx files. */
  entityFiles: number;
  /** Seed of the pseudo-random generator; the same seed writes the same bytes. Default 7. */
  seed?: number;
  /** Entity files per playbook; default 65. At least 8. */
  perPlaybook?: number;
  /** Every n-th playbook is in Chinese (`lang: zh-CN`); default 4 (0: none). */
  chineseEvery?: number;
  /**
   * Bodies use the v1.1 body components `<Metric>` and `<Callout>` (format
   * §9); default true. False writes the same bodies without them (a plain
   * number, a blockquote: bench/bodies.ts), for a build that cannot render
   * them yet.
   */
  components?: boolean;
  /** Share of the entity files that get a warning on purpose; default 0.25 (0: a tree without any warning). */
  warningShare?: number;
}

/** How many bodies have each part (index.mdx files included). */
export interface BodyCounts {
  table: number;
  taskList: number;
  link: number;
  code: number;
  metric: number;
  callout: number;
}

export interface GeneratedTree {
  root: string;
  playbooks: string[];
  entityFiles: number;
  /** All MDX files written, index.mdx included. */
  mdxFiles: number;
  bytes: number;
  /** URL paths (no base) of the entity pages the site should build, e.g. `acme-emea/segments/smb-3/`. */
  entityPages: string[];
  bodies: BodyCounts;
  /** Entity files with a warning planted on purpose (`check` may add `coverage-below-goal` on index.mdx files). */
  plantedWarningFiles: number;
  components: boolean;
}

const COMPANIES = ['northwind', 'contoso', 'fabrikam', 'tailspin', 'wingtip', 'litware', 'proseware', 'woodgrove', 'alpine', 'coho', 'lucerne', 'margie'];
const REGIONS = ['americas', 'emea', 'apac', 'dach', 'nordics', 'iberia', 'benelux', 'anz', 'latam', 'japan', 'india', 'gulf', 'china'];

/** Writes `<root>/playbooks/...` and returns what it wrote. `root` must exist or be creatable. */
export function generateTree(root: string, options: GenerateOptions): GeneratedTree {
  const perPlaybook = Math.max(8, options.perPlaybook ?? 65);
  const chineseEvery = options.chineseEvery ?? 4;
  const random = createRandom(options.seed ?? 7);
  const count = Math.max(1, Math.round(options.entityFiles / perPlaybook));
  const components = options.components ?? true;
  const warningShare = options.warningShare ?? 0.25;
  const tree: GeneratedTree = {
    root,
    playbooks: [],
    entityFiles: 0,
    mdxFiles: 0,
    bytes: 0,
    entityPages: [],
    bodies: { table: 0, taskList: 0, link: 0, code: 0, metric: 0, callout: 0 },
    plantedWarningFiles: 0,
    components,
  };
  for (let i = 0; i < count; i++) {
    // Spread the total evenly: the first playbooks take the remainder.
    const size = Math.floor(options.entityFiles / count) + (i < options.entityFiles % count ? 1 : 0);
    const id = `${COMPANIES[i % COMPANIES.length]}-${REGIONS[Math.floor(i / COMPANIES.length) % REGIONS.length]}${i >= COMPANIES.length * REGIONS.length ? `-${i}` : ''}`;
    const lang: Lang = chineseEvery > 0 && i % chineseEvery === chineseEvery - 1 ? 'zh-CN' : 'en';
    const model = composePlaybook(random, Math.max(8, size), lang, warningShare);
    writePlaybook(tree, random, id, model);
    tree.plantedWarningFiles += model.warnings.size;
  }
  return tree;
}

function writePlaybook(tree: GeneratedTree, random: Random, id: string, model: PlaybookModel): void {
  const dir = join(tree.root, 'playbooks', id);
  const write = (relative: string, data: Record<string, unknown>, source: string) => {
    const body = tree.components ? source : plainBody(source, 'markdown');
    const text = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
    const counts = tree.bodies;
    if (/^\|.*\|\n\|[-:| ]+\|$/m.test(body)) counts.table++;
    if (/^- \[[ x]\] /m.test(body)) counts.taskList++;
    if (/\]\([^)]+\)/.test(body)) counts.link++;
    if (/^```/m.test(body)) counts.code++;
    if (source.includes('<Metric ')) counts.metric++;
    if (source.includes('<Callout ')) counts.callout++;
    mkdirSync(join(dir, relative, '..'), { recursive: true });
    writeFileSync(join(dir, relative), text);
    tree.mdxFiles++;
    tree.bytes += Buffer.byteLength(text);
  };
  const title = (kind: keyof PlaybookModel['titles'], entityId: string) => model.titles[kind].get(entityId)!;
  const link = (kind: keyof PlaybookModel['titles'], entityId: string, fromIndex = false) =>
    [title(kind, entityId), `${fromIndex ? '' : '../../'}${kind}/${entityId}/`] as const;

  const segmentRows = model.segments.map((s) => `| [${title('segments', s.id)}](segments/${s.id}/) | ${s.data.accounts} | ${s.data.motive} | [${title('processes', String(s.data.process))}](processes/${s.data.process}/) |`);
  const playbookMetrics: MetricScope = { kind: 'playbook' };
  write('index.mdx', model.index, `${writeBody(random, { lang: model.lang, subject: model.index.title, links: model.segments.slice(0, 5).map((s) => link('segments', s.id, true)), metrics: playbookMetrics })}\n| Segment | Accounts | Motive | Process |\n|---|---:|---|---|\n${segmentRows.join('\n')}\n`);

  for (const kind of ['segments', 'offerings', 'processes', 'roles'] as const) {
    for (const entity of model[kind]) {
      const related = model.related(kind, entity.id).map(([k, relatedId]) => link(k, relatedId));
      // Offerings have no numbers of their own: their bodies quote the playbook's.
      const metrics: MetricScope = kind === 'offerings' ? playbookMetrics : { kind, id: entity.id };
      const warning = model.warnings.get(`${kind}/${entity.id}`)?.[0];
      const body = writeBody(random, { lang: model.lang, subject: String(entity.data.title), links: related.length > 0 ? related : [link(kind, entity.id)], metrics, warning });
      write(`${kind}/${entity.id}.mdx`, entity.data, body);
      tree.entityFiles++;
      tree.entityPages.push(`${id}/${kind}/${entity.id}/`);
    }
  }
  tree.playbooks.push(id);
}
