/**
 * Writes a synthetic, valid project tree (`playbooks/<id>/...`) for the
 * benchmark: deterministic from a seed, with no errors and no warnings from
 * `check` (every reference resolves, motives fit processes, every entity is
 * used, headcounts cover the required hours, win rates beat the goal).
 *
 * Size grows by adding playbooks of about `perPlaybook` entity files each (a
 * large but plausible sales model), not by making one playbook huge: the
 * site's navigation is per playbook, so this is the way real sites grow.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createRandom, type Random } from './random.ts';
import { writeBody, type Lang } from './text.ts';
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
}

const COMPANIES = ['northwind', 'contoso', 'fabrikam', 'tailspin', 'wingtip', 'litware', 'proseware', 'woodgrove', 'alpine', 'coho', 'lucerne', 'margie'];
const REGIONS = ['americas', 'emea', 'apac', 'dach', 'nordics', 'iberia', 'benelux', 'anz', 'latam', 'japan', 'india', 'gulf', 'china'];

/** Writes `<root>/playbooks/...` and returns what it wrote. `root` must exist or be creatable. */
export function generateTree(root: string, options: GenerateOptions): GeneratedTree {
  const perPlaybook = Math.max(8, options.perPlaybook ?? 65);
  const chineseEvery = options.chineseEvery ?? 4;
  const random = createRandom(options.seed ?? 7);
  const count = Math.max(1, Math.round(options.entityFiles / perPlaybook));
  const tree: GeneratedTree = { root, playbooks: [], entityFiles: 0, mdxFiles: 0, bytes: 0, entityPages: [] };
  for (let i = 0; i < count; i++) {
    // Spread the total evenly: the first playbooks take the remainder.
    const size = Math.floor(options.entityFiles / count) + (i < options.entityFiles % count ? 1 : 0);
    const id = `${COMPANIES[i % COMPANIES.length]}-${REGIONS[Math.floor(i / COMPANIES.length) % REGIONS.length]}${i >= COMPANIES.length * REGIONS.length ? `-${i}` : ''}`;
    const lang: Lang = chineseEvery > 0 && i % chineseEvery === chineseEvery - 1 ? 'zh-CN' : 'en';
    const model = composePlaybook(random, Math.max(8, size), lang);
    writePlaybook(tree, random, id, model);
  }
  return tree;
}

function writePlaybook(tree: GeneratedTree, random: Random, id: string, model: PlaybookModel): void {
  const dir = join(tree.root, 'playbooks', id);
  const write = (relative: string, data: Record<string, unknown>, body: string) => {
    const text = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
    mkdirSync(join(dir, relative, '..'), { recursive: true });
    writeFileSync(join(dir, relative), text);
    tree.mdxFiles++;
    tree.bytes += Buffer.byteLength(text);
  };
  const title = (kind: keyof PlaybookModel['titles'], entityId: string) => model.titles[kind].get(entityId)!;
  const link = (kind: keyof PlaybookModel['titles'], entityId: string, fromIndex = false) =>
    [title(kind, entityId), `${fromIndex ? '' : '../../'}${kind}/${entityId}/`] as const;

  const segmentRows = model.segments.map((s) => `| [${title('segments', s.id)}](segments/${s.id}/) | ${s.data.accounts} | ${s.data.motive} | [${title('processes', String(s.data.process))}](processes/${s.data.process}/) |`);
  write('index.mdx', model.index, `${writeBody(random, { lang: model.lang, subject: model.index.title, links: model.segments.slice(0, 5).map((s) => link('segments', s.id, true)) })}\n| Segment | Accounts | Motive | Process |\n|---|---:|---|---|\n${segmentRows.join('\n')}\n`);

  for (const kind of ['segments', 'offerings', 'processes', 'roles'] as const) {
    for (const entity of model[kind]) {
      const related = model.related(kind, entity.id).map(([k, relatedId]) => link(k, relatedId));
      const body = writeBody(random, { lang: model.lang, subject: String(entity.data.title), links: related.length > 0 ? related : [link(kind, entity.id)] });
      write(`${kind}/${entity.id}.mdx`, entity.data, body);
      tree.entityFiles++;
      tree.entityPages.push(`${id}/${kind}/${entity.id}/`);
    }
  }
  tree.playbooks.push(id);
}
