import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { RootContent } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffProjects } from '../../src/diff/compare.ts';
import { formatDiffMarkdown } from '../../src/diff/report.ts';
import { metricReference } from '../../src/docs/metric-reference.ts';
import { fieldReference } from '../../src/docs/reference.ts';
import { formatKind } from '../../src/format/numbers.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';
import { creationOrder,
  defineKind,
  ENTITY_KIND_IDS,
  findKind,
  kindBySingular,
  kindName,
  kindTitle,
  referencesOf,
  referrersOf,
  REGISTRY,
  titleFromId,
  type SkeletonContext,
} from '../../src/kinds/index.ts';
import { frontmatterJsonSchemas } from '../../src/kinds/json-schema.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { SCENARIO_RULES } from '../../src/lint/scenarios.ts';
import { byId, entitiesOf, type CompletePlaybook, type Entity } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/load.ts';
import { kindOfPath, metricValue } from '../../src/model/metric-paths.ts';
import { computeMetrics } from '../../src/model/metrics.ts';
import { runScenario } from '../../src/model/scenario-evaluate.ts';
import { idSchema, text } from '../../src/schema/common.ts';
import { definePage, pageOf, SITE_REGISTRY, type EntityView, type SiteRegistry } from '../../src/site/kind-pages.ts';
import type { TwinContext } from '../../src/site/markdown/twin-context.ts';
import { twinMarkdown } from '../../src/site/markdown/twins.ts';
import { entityLink, type EntityLink } from '../../src/site/relations.ts';
import { createSite, findPlaybook, type Site } from '../../src/site/site.ts';
import { entityComponent, entityPage } from '../../src/site/views/entity.ts';
import { entityPaths } from '../../src/site/views/pages.ts';
import { overviewView } from '../../src/site/views/overview.ts';
import { entityHeader, fileWarnings } from '../../src/site/views/shared.ts';
import { tempCopy } from '../support/helpers.ts';

describe('the registry', () => {
  it('holds the playbook and the six entity kinds of format v1.2 §1, in the order of the navigation', () => {
    expect(REGISTRY.playbook.id).toBe('playbook');
    expect(ENTITY_KIND_IDS).toEqual(['segments', 'offerings', 'processes', 'roles', 'scenarios', 'actuals']);
    expect(REGISTRY.entities.map((k) => k.singular)).toEqual(['segment', 'offering', 'process', 'role', 'scenario', 'snapshot']);
    expect(REGISTRY.entities.filter((k) => k.mustBeUsed).map((k) => k.id)).toEqual(['offerings', 'processes', 'roles']);
  });

  it('finds kinds by id and by singular, and names them in both languages', () => {
    expect(findKind('processes')?.singular).toBe('process');
    expect(findKind('playbook')).toBe(REGISTRY.playbook);
    expect(findKind('process')).toBeUndefined();
    expect(kindBySingular('role')?.id).toBe('roles');
    expect(kindBySingular('roles')).toBeUndefined();
    expect(kindName('segments', 'en')).toBe('segment');
    expect(kindName('segments', 'en', 'many')).toBe('segments');
    expect(kindName('segments', 'zh-CN')).toBe('目标客群');
    expect(kindName('nothing', 'en')).toBe('nothing');
    expect(titleFromId('mid-market')).toBe('Mid market');
    // Ids become page titles: acronyms read as acronyms.
    expect(titleFromId('smb')).toBe('SMB');
    expect(titleFromId('emea-key-accounts')).toBe('EMEA key accounts');
    expect(titleFromId('inside-sales')).toBe('Inside sales');
  });

  it('finds every reference in a file’s data, in document order, keys of maps included', () => {
    const process = findKind('processes')!;
    const data = { stages: [{ raci: { ae: 'AR', se: 'C' }, hours: { ae: 2, ghost: 1 } }, { raci: { exec: 'A' } }] };
    expect(referencesOf(process, data).map((r) => `${r.path.join('.')} ${r.id} ${r.at}`)).toEqual([
      'stages.0.raci.ae ae key',
      'stages.0.raci.se se key',
      'stages.1.raci.exec exec key',
      // `ghost` has hours but no raci part: hours-without-raci, not a reference to judge.
      'stages.0.hours.ae ae key',
    ]);
    expect(referencesOf(process, data, { all: true }).map((r) => r.id)).toEqual(['ae', 'se', 'exec', 'ae', 'ghost']);
    const segment = findKind('segments')!;
    expect(referencesOf(segment, { offerings: ['a', 'b'], process: 'p', coverage: { owner: 'o' } }).map((r) => [r.to, r.id, r.at])).toEqual([
      ['offerings', 'a', 'value'],
      ['offerings', 'b', 'value'],
      ['processes', 'p', 'value'],
      ['roles', 'o', 'value'],
    ]);
    // Data of the wrong shape has no references (the schema reports it).
    expect(referencesOf(segment, { offerings: 'a', process: 3, coverage: null })).toEqual([]);
  });

  it('says which fields refer to a kind, the conditional ones (hours need a raci part) only when asked', () => {
    expect(referrersOf('roles')).toEqual([
      { from: 'segments', field: 'coverage.owner' },
      { from: 'processes', field: 'stages.raci' },
    ]);
    expect(referrersOf('roles', REGISTRY, { all: true })).toContainEqual({ from: 'processes', field: 'stages.hours' });
    expect(referrersOf('segments')).toEqual([{ from: 'actuals', field: 'segments' }]);
  });

  it('names each kind once in each language: the dictionaries and the format reference say what the registry says', () => {
    for (const [dict, lang] of [[en, 'en'], [zhCN, 'zh-CN']] as const) {
      const keys = [['segments', 'segment'], ['offerings', 'offering'], ['processes', 'process'], ['roles', 'role']] as const;
      for (const [kind, one] of keys) expect([dict[kind], dict[one]], `${lang} ${kind}`).toEqual([kindTitle(kind, lang, 'many'), kindTitle(kind, lang)]);
    }
    // The glossary's words (src/i18n/zh-cn.ts): a role is 岗位, never 团队职能 or 销售团队职能.
    expect(kindName('roles', 'zh-CN', 'many')).toBe('岗位');
    // The format reference's list of files names each kind as the registry does in Chinese.
    const files = readFileSync(new URL('../../content/format-reference.mdx', import.meta.url), 'utf8');
    for (const kind of REGISTRY.entities) {
      const line = files.split('\n').find((l) => l.trimStart().startsWith(`${kind.id}/`));
      expect(line, kind.id).toMatch(new RegExp(`\\(${kind.names['zh-CN'].many}\\)$`));
    }
  });

  it('gives the site a page for each kind with one, whose component is a file of src/components/', () => {
    expect(SITE_REGISTRY.entities.map((k) => k.id)).toEqual(ENTITY_KIND_IDS);
    for (const kind of SITE_REGISTRY.entities) {
      const { component } = pageOf(SITE_REGISTRY, kind.id);
      expect(existsSync(new URL(`../../src/components/${component}.astro`, import.meta.url)), `${kind.id}: ${component}`).toBe(true);
    }
    expect(SITE_REGISTRY.entities.filter((k) => !k.page).map((k) => k.id)).toEqual(['actuals']);
    expect(() => pageOf(SITE_REGISTRY, 'widgets')).toThrow('There is no kind of file `widgets`.');
  });

  it('orders the kinds for `new` so that each comes after what its skeleton refers to', () => {
    const order = creationOrder().map((k) => k.id);
    for (const kind of REGISTRY.entities) for (const required of kind.requires) expect(order.indexOf(required), `${kind.id} after ${required}`).toBeLessThan(order.indexOf(kind.id));
  });
});

/**
 * A throwaway kind in a copy of the registry: `widgets/<id>.mdx`, each owned
 * by a role, with the hours a year it saves — a number the model reads, as a
 * figure of each widget (`<Metric of="widgets.<id>.hoursSaved">`) — and a
 * page of its own. Nothing else is edited, and it is loaded, checked,
 * scaffolded, listed everywhere the registry reaches, shown with its own view
 * and twin, and its number is in the model (paths, scenarios, diff, docs).
 *
 * Added to the project, such a kind touches these files, and no other (the
 * test below holds the count to at most 7): everything else derives from the
 * registry and the metric catalogue.
 */
const FILES_OF_A_NEW_KIND = [
  'src/schema/widget.ts', // its schema (here: widgetSchema)
  'src/kinds/widget.ts', // its definition: names, references, skeleton, Chinese descriptions, units, figures (widgetKind)
  'src/kinds/index.ts', // its place in ENTITY_KINDS (here: the copy of the registry)
  'src/site/views/widget.ts', // its view model (widgetView)
  'src/site/markdown/twins-widget.ts', // its Markdown twin (widgetTwin)
  'src/components/WidgetContent.astro', // its component, found by name (EntityContent)
  'src/site/kind-pages.ts', // its page: view, component, twin (here: the copy of SITE_REGISTRY)
] as const;

const widgetSchema = z
  .object({
    title: text().describe('Name of the widget.'),
    summary: text().describe('One paragraph: what the widget is for.'),
    owner: idSchema.describe('The role (id under roles/) that looks after the widget.'),
    hoursSaved: z.number().min(0).describe('Hours a year the widget saves its owner.'),
  })
  .strict();

type Widget = z.output<typeof widgetSchema>;

const widgetKind = defineKind({
  id: 'widgets',
  singular: 'widget',
  names: { en: { one: 'widget', many: 'widgets' }, 'zh-CN': { one: '小部件', many: '小部件' } },
  schema: widgetSchema,
  descriptionsZh: { title: '小部件的名称。', summary: '用一段话说明小部件的用途。', owner: '负责维护小部件的岗位（roles/ 下的 id）。', hoursSaved: '小部件每年为负责岗位节省的工时。' },
  requires: ['roles'],
  references: [{ path: ['owner'], to: 'roles' }],
  mustBeUsed: false,
  inNav: true,
  inScenarios: true,
  fieldUnits: { hoursSaved: 'hours' },
  figures: {
    hoursSaved: {
      unit: 'hours',
      label: { en: 'Hours saved a year', 'zh-CN': '年节省工时' },
      term: { en: 'hours saved', 'zh-CN': '节省工时' },
      description: { en: 'The `hoursSaved` of the widget.', 'zh-CN': '小部件的 `hoursSaved`。' },
      read: (data) => (typeof data.hoursSaved === 'number' ? data.hoursSaved : null),
    },
  },
  next: 'edit that file.',
  skeleton: (id, context) => {
    const role = context.entities('roles')[0];
    if (!role) return { ok: false, missing: ['role'] };
    return { ok: true, refers: [`role \`${role.id}\``], text: `---\ntitle: ${titleFromId(id)}\nsummary: What the widget is for.\nowner: ${role.id}\nhoursSaved: 0\n---\n` };
  },
});

/** The widget's page: its owner and the hours it saves, beside the header every entity page has. */
interface WidgetView extends EntityView {
  owner: EntityLink;
  hoursSaved: string;
}

function widgetView(site: Site, playbookId: string | undefined, id: string | undefined): WidgetView {
  const pb = findPlaybook(site, playbookId);
  const widget = byId(entitiesOf(pb.graph, 'widgets') as Entity<Widget>[], id ?? '');
  if (!widget) throw new Error(`There is no widget \`${String(id)}\` in playbook \`${pb.id}\`.`);
  return {
    ...entityHeader(site, pb, 'widgets', widget),
    warnings: fileWarnings(pb, widget.file),
    owner: entityLink(site, pb, 'roles', widget.data.owner),
    hoursSaved: formatKind(pb.fmt, 'hours', widget.data.hoursSaved),
  };
}

/** The widget's twin: its fields, the model's figure of it, its body with `<Metric>` resolved. */
function widgetTwin(tw: TwinContext, widget: Entity<Widget>): RootContent[] {
  const saved = tw.pb.metrics.kindFigures?.widgets?.[widget.id]?.hoursSaved ?? null;
  return [
    ...tw.head(widget.data.title, widget.data.summary),
    ...tw.warnings(widget.file),
    ...tw.fields([
      ['owner', tw.ref('roles', widget.data.owner)],
      ['hoursSaved', tw.fmt.hoursExact(widget.data.hoursSaved)],
    ]),
    ...tw.figures([[widgetKind.figures!.hoursSaved!.label[tw.pb.lang], saved === null ? '—' : formatKind(tw.fmt, 'hours', saved)]]),
    ...tw.notes(tw.body('widgets', widget)),
  ];
}

const registry: SiteRegistry = { ...SITE_REGISTRY, entities: [...SITE_REGISTRY.entities, { ...widgetKind, page: definePage({ view: widgetView, component: 'WidgetContent', twin: widgetTwin }) }] };

/** The widget's body: the model's figure of it, quoted. */
const WIDGET_BODY = 'How to use it: it saves <Metric of="widgets.w.hoursSaved" /> a year.\n';

describe('a kind added to a copy of the registry', () => {
  let root: string;
  let cleanup: () => void;
  const acme = 'playbooks/acme';

  beforeAll(() => {
    ({ dir: root, cleanup } = tempCopy('valid'));
    mkdirSync(join(root, acme, 'widgets'));
    const role = (title: string) => `---\ntitle: ${title}\nsummary: Looks after things.\nfunction: service\nheadcount: 1\n---\n`;
    writeFileSync(join(root, acme, 'roles/keeper.mdx'), role('Keeper'));
    writeFileSync(join(root, acme, 'roles/idle.mdx'), role('Idle'));
    writeFileSync(join(root, acme, 'widgets/w.mdx'), `---\ntitle: The widget\nsummary: A widget kept by the keeper.\nowner: keeper\nhoursSaved: 120\n---\n\n${WIDGET_BODY}`);
    writeFileSync(join(root, acme, 'widgets/broken.mdx'), '---\ntitle: Broken widget\nsummary: Owned by nobody who exists.\nowner: ghost\nhoursSaved: 8\n---\n');
  });
  afterAll(() => cleanup());

  it('is loaded: its entities and ids are in the graph, and its folder is no unknown file', () => {
    const { playbooks, diagnostics } = loadProject(root, { registry });
    const graph = playbooks[0]!;
    expect(entitiesOf(graph, 'widgets').map((e) => [e.id, e.data.owner])).toEqual([
      ['broken', 'ghost'],
      ['w', 'keeper'],
    ]);
    expect([...graph.knownIds.widgets!].sort()).toEqual(['broken', 'w']);
    expect(diagnostics).toEqual([]);
    // The same tree with the registry of the project: the folder is unknown, and nothing in it is read.
    const plain = loadProject(root);
    expect(entitiesOf(plain.playbooks[0]!, 'widgets')).toEqual([]);
    expect(plain.diagnostics.map((d) => [d.code, d.file])).toEqual([['unknown-file', `${acme}/widgets`]]);
  });

  it('is checked: a broken reference in it, and a role it uses is no longer unused', () => {
    const { diagnostics } = checkProject(root, { registry });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['unused-entity', `${acme}/roles/idle.mdx`, 1, 1],
      ['broken-reference', `${acme}/widgets/broken.mdx`, 4, 8],
    ]);
    expect(diagnostics[1]!.message).toBe(
      'No role `ghost` in playbook `acme`: there is no playbooks/acme/roles/ghost.mdx. Existing roles: `idle`, `keeper`, and `rep`. Fix the id, or create the file with `npm run playbook -- new role acme/ghost`.',
    );
    // The unused role's message names the widget's field among those that could use it.
    expect(diagnostics[0]!.message).toContain('the `owner` of a widget');
    expect(referrersOf('roles', registry)).toContainEqual({ from: 'widgets', field: 'owner' });
    // Without the kind, the keeper is unused too.
    expect(checkProject(root).diagnostics.filter((d) => d.code === 'unused-entity').map((d) => d.file)).toEqual([`${acme}/roles/idle.mdx`, `${acme}/roles/keeper.mdx`]);
  });

  it('is scaffolded: its skeleton refers to what exists and passes the check', () => {
    const graph = loadProject(root, { registry }).playbooks[0]!;
    const context: SkeletonContext = { lang: 'en', currency: 'USD', entities: (kind) => entitiesOf(graph, kind) };
    const skeleton = widgetKind.skeleton('fresh-one', context);
    expect(skeleton).toMatchObject({ ok: true, refers: ['role `idle`'] });
    expect(widgetKind.skeleton('x', { ...context, entities: () => [] })).toEqual({ ok: false, missing: ['role'] });
    const file = `${acme}/widgets/fresh-one.mdx`;
    writeFileSync(join(root, file), skeleton.ok ? skeleton.text : '');
    try {
      const { playbooks, diagnostics } = checkProject(root, { registry });
      expect(diagnostics.filter((d) => d.file === file)).toEqual([]);
      expect(entitiesOf(playbooks[0]!, 'widgets').map((e) => e.id)).toContain('fresh-one');
      expect(readFileSync(join(root, file), 'utf8')).toMatch(/^---\ntitle: Fresh one\n/);
    } finally {
      rmSync(join(root, file));
    }
  });

  it('is listed in the JSON Schemas for editors and in the format reference', () => {
    const schemas = frontmatterJsonSchemas(registry);
    const widget = schemas.find((s) => s.kind === 'widgets');
    expect(widget?.file).toBe('widget.schema.json');
    expect(widget?.schema).toMatchObject({ title: 'Playbook widget frontmatter', properties: { owner: { description: 'The role (id under roles/) that looks after the widget.' } } });
    expect(frontmatterJsonSchemas().map((s) => s.kind)).not.toContain('widgets');

    const table = fieldReference(registry).find((t) => t.entity === 'widget');
    expect(table?.file).toBe('`playbooks/<playbook>/widgets/<id>.mdx`');
    expect(table?.rows.map((r) => [r.path, r.required, r.refersTo])).toEqual([
      ['title', true, undefined],
      ['summary', true, undefined],
      ['owner', true, 'roles'],
      ['hoursSaved', true, undefined],
    ]);
    // In Chinese, with the kind's own descriptions.
    expect(fieldReference(registry, 'zh-CN').find((t) => t.entity === 'widget')?.rows.map((r) => r.description)).toEqual(Object.values(widgetKind.descriptionsZh!));
  });

  it('is listed on the site: a navigation group, the playbook’s files and dates, entity pages with its own view', () => {
    const check = checkProject(root, { registry });
    const history = {
      changes: [],
      lastChanged: new Map([
        [`${acme}/index.mdx`, '2026-01-01'],
        [`${acme}/widgets/w.mdx`, '2026-06-01'],
      ]),
    };
    const site = createSite(check, { registry, history, base: '/' });
    const pb = site.playbooks[0]!;
    expect(pb.files.filter((f) => f.includes('/widgets/'))).toEqual([`${acme}/widgets/broken.mdx`, `${acme}/widgets/w.mdx`]);

    const overview = overviewView(site, 'acme');
    expect(overview.chrome.nav.map((g) => g.label)).toEqual([null, 'Segments', 'Offerings', 'Processes', 'Roles', 'Widgets']);
    expect(overview.chrome.nav.at(-1)!.items.map((i) => [i.label, i.href])).toEqual([
      ['Broken widget', '/acme/widgets/broken/'],
      ['The widget', '/acme/widgets/w/'],
    ]);
    // The overview draws on every file of the playbook: the widget's change is its last change.
    expect(overview.chrome.updated?.iso).toBe('2026-06-01');

    expect(entityPaths(site).filter((p) => p.params.kind === 'widgets').map((p) => p.params)).toEqual([
      { pb: 'acme', kind: 'widgets', id: 'broken' },
      { pb: 'acme', kind: 'widgets', id: 'w' },
    ]);
    const page = entityPage(site, 'acme', 'widgets', 'w');
    expect(page.kind).toBe('widgets');
    expect(page.view).toMatchObject({ title: 'The widget', summary: 'A widget kept by the keeper.', entryId: 'acme/widgets/w', hasBody: true, warnings: [] });
    expect(page.view.chrome).toMatchObject({ kind: 'widgets', updated: { iso: '2026-06-01' }, searchFilters: { Kind: 'Widget' } });
    expect(page.view.chrome.breadcrumbs.map((c) => c.label)).toEqual(['All playbooks', 'Acme sales model', 'Widgets', 'The widget']);
    expect(page.view.chrome.next).toBeNull();
    expect(page.view.chrome.prev).toEqual({ label: 'Broken widget', href: '/acme/widgets/broken/' });
    const broken = entityPage(site, 'acme', 'widgets', 'broken');
    expect((broken.view as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual(['broken-reference']);
    // The site of the project's own registry has no such pages.
    expect(() => entityPage(createSite(check), 'acme', 'widgets', 'w')).toThrow('There is no kind of file `widgets`.');
  });

  it('has a page of its own: its view, its component by name and its Markdown twin, with the model’s figure', () => {
    const site = createSite(checkProject(root, { registry }), { registry, base: '/' });
    const view = entityPage(site, 'acme', 'widgets', 'w').view as WidgetView;
    expect(view.owner).toEqual({ id: 'keeper', label: 'Keeper', href: '/acme/roles/keeper/' });
    expect(view.hoursSaved).toBe('120 hr');
    expect(entityComponent(site, 'widgets')).toBe('WidgetContent');
    // The project's own site has the same view for the plain kinds it has, and none for widgets.
    expect(pageOf(SITE_REGISTRY, 'actuals').component).toBe('PlainEntityContent');
    const twin = twinMarkdown(site, 'acme', { kind: 'widgets', id: 'w' });
    expect(twin).toContain('| `owner` | [Keeper](/acme/roles/keeper/index.md) |');
    expect(twin).toContain('| `hoursSaved` | 120 hr |');
    expect(twin).toContain('| Hours saved a year | 120 hr |');
    // The body's <Metric> quotes the model's figure.
    expect(twin).toContain('it saves 120 hr a year.');
  });

  it('feeds the model: its number is a figure of each widget, quoted by <Metric>, moved by scenarios, compared by diff, listed in the docs', () => {
    // The model's numbers are computed for a playbook without errors: the broken widget is set aside.
    const broken = join(root, acme, 'widgets/broken.mdx');
    const brokenText = readFileSync(broken, 'utf8');
    rmSync(broken);
    try {
      feedsTheModel();
    } finally {
      writeFileSync(broken, brokenText);
    }
  });

  function feedsTheModel() {
    const check = checkProject(root, { registry });
    const graph = check.playbooks[0] as CompletePlaybook;
    const metrics = check.metrics.get('acme')!;
    expect(metrics.kindFigures).toEqual({ widgets: { w: { hoursSaved: 120 } } });
    expect(metricValue(metrics, 'widgets.w.hoursSaved', registry)).toBe(120);
    expect(kindOfPath('widgets.w.hoursSaved', { widgets: ['w'] }, false, registry)).toBe('hours');
    // The project's registry has no such figure, and its metrics none of the kind's.
    expect(kindOfPath('widgets.w.hoursSaved', { widgets: ['w'] })).toBeUndefined();
    expect(computeMetrics(graph)).not.toHaveProperty('kindFigures');

    // A path that names nothing is `unknown-metric`, with the closest.
    const file = `${acme}/widgets/w.mdx`;
    const text = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), text.replace('widgets.w.hoursSaved', 'widgets.w.hoursSave'));
    try {
      const found = checkProject(root, { registry }).diagnostics.filter((d) => d.file === file);
      expect(found.map((d) => d.code)).toEqual(['unknown-metric']);
      expect(found[0]!.message).toContain('Did you mean `widgets.w.hoursSaved`?');
    } finally {
      writeFileSync(join(root, file), text);
    }

    // A scenario changes it (`widgets/w.hoursSaved`), and the changed copy's figure moves.
    const run = runScenario(graph, [{ set: 'widgets/w.hoursSaved', to: 200 }], { rules: SCENARIO_RULES, registry });
    expect(run.problems).toEqual([]);
    expect(run.evaluation!.metrics.kindFigures?.widgets?.w?.hoursSaved).toBe(200);
    expect(runScenario(graph, [{ set: 'widgets/w.hoursSaved', to: 200 }], { rules: SCENARIO_RULES }).problems.map((p) => p.diagnostic.code)).toEqual(['scenario-path']);

    // diff compares it between two versions, in the catalogue's unit, named as the kind names it.
    writeFileSync(join(root, file), text.replace('hoursSaved: 120', 'hoursSaved: 200'));
    try {
      const diff = diffProjects(check, checkProject(root, { registry }), registry);
      expect(diff.metrics).toEqual([{ playbook: 'acme', scope: 'widget', id: 'w', metric: 'hoursSaved', unit: 'hours', old: 120, new: 200, delta: 80 }]);
      expect(formatDiffMarkdown(diff, 'main', 'en', registry)).toContain('| Widget `w` hours saved | 120 hr | 200 hr | +80 hr |');
    } finally {
      writeFileSync(join(root, file), text);
    }

    // The docs' list of every figure has a table for it.
    const docs = metricReference('en', registry).find((t) => t.id === 'widgets');
    expect(docs).toMatchObject({ title: 'Each widget', paths: '`widgets.<id>.<key>`', rows: [{ key: 'hoursSaved', label: 'Hours saved a year', unit: 'hours' }] });
    expect(metricReference('en').some((t) => t.id === 'widgets')).toBe(false);
  }

  it(`takes at most 7 files in the project: ${FILES_OF_A_NEW_KIND.length}`, () => {
    expect(FILES_OF_A_NEW_KIND.length).toBeLessThanOrEqual(7);
    const root = new URL('../../', import.meta.url);
    // Two of them are the registries, which exist; the others are the kind's own, new.
    const existing = FILES_OF_A_NEW_KIND.filter((f) => existsSync(new URL(f, root)));
    expect(existing).toEqual(['src/kinds/index.ts', 'src/site/kind-pages.ts']);
    // The component is found by its name among src/components/*Content.astro: no table to add it to.
    expect(readFileSync(new URL('src/components/EntityContent.astro', root), 'utf8')).toContain("import.meta.glob<{ default: (props: { view: never }) => unknown }>('./*Content.astro')");
    expect(FILES_OF_A_NEW_KIND).toContain(`src/components/${pageOf(registry, 'widgets').component}.astro`);
  });
});
