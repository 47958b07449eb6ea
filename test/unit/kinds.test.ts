import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/docs/reference.ts';
import { creationOrder,
  defineKind,
  ENTITY_KIND_IDS,
  findKind,
  kindBySingular,
  kindName,
  referencesOf,
  referrersOf,
  REGISTRY,
  titleFromId,
  type Registry,
  type SkeletonContext,
} from '../../src/kinds/index.ts';
import { frontmatterJsonSchemas } from '../../src/kinds/json-schema.ts';
import { checkProject } from '../../src/lint/check.ts';
import { entitiesOf } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/load.ts';
import { idSchema, text } from '../../src/schema/common.ts';
import { createSite } from '../../src/site/site.ts';
import { entityPage } from '../../src/site/views/entity.ts';
import { entityPaths } from '../../src/site/views/pages.ts';
import { overviewView } from '../../src/site/views/overview.ts';
import { tempCopy } from '../support/helpers.ts';

describe('the registry', () => {
  it('holds the playbook and the six entity kinds of format.md v1.2 §1, in the order of the navigation', () => {
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

  it('orders the kinds for `new` so that each comes after what its skeleton refers to', () => {
    const order = creationOrder().map((k) => k.id);
    for (const kind of REGISTRY.entities) for (const required of kind.requires) expect(order.indexOf(required), `${kind.id} after ${required}`).toBeLessThan(order.indexOf(kind.id));
  });
});

/**
 * A throwaway kind in a copy of the registry: `widgets/<id>.mdx`, each owned
 * by a role. Nothing else is edited, and it is loaded, checked, scaffolded
 * and listed everywhere the registry reaches.
 */
const widgetSchema = z
  .object({
    title: text().describe('Name of the widget.'),
    summary: text().describe('One paragraph: what the widget is for.'),
    owner: idSchema.describe('The role (id under roles/) that looks after the widget.'),
  })
  .strict();

const widgetKind = defineKind({
  id: 'widgets',
  singular: 'widget',
  names: { en: { one: 'widget', many: 'widgets' }, 'zh-CN': { one: '小部件', many: '小部件' } },
  schema: widgetSchema,
  requires: ['roles'],
  references: [{ path: ['owner'], to: 'roles' }],
  mustBeUsed: false,
  inNav: true,
  next: 'edit that file.',
  skeleton: (id, context) => {
    const role = context.entities('roles')[0];
    if (!role) return { ok: false, missing: ['role'] };
    return { ok: true, refers: [`role \`${role.id}\``], text: `---\ntitle: ${titleFromId(id)}\nsummary: What the widget is for.\nowner: ${role.id}\n---\n` };
  },
});

const registry: Registry = { ...REGISTRY, entities: [...REGISTRY.entities, widgetKind] };

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
    writeFileSync(join(root, acme, 'widgets/w.mdx'), '---\ntitle: The widget\nsummary: A widget kept by the keeper.\nowner: keeper\n---\n\nHow to use it.\n');
    writeFileSync(join(root, acme, 'widgets/broken.mdx'), '---\ntitle: Broken widget\nsummary: Owned by nobody who exists.\nowner: ghost\n---\n');
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
    ]);
  });

  it('is listed on the site: a navigation group, the playbook’s files and dates, entity pages with the plain view', () => {
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
});
