/**
 * The `placeholder` warning (format §3) and the skeletons it reads: one list of placeholder texts per kind and
 * language in the registry, used by both; zeros that `new` writes with a `# TODO` comment on their line. The
 * fixture with exact positions is test/fixtures/codes/placeholder (test/unit/lint-codes.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { placeholderTexts, REGISTRY, type KindDefinition, type Lang, type SkeletonContext } from '../../src/kinds/index.ts';
import { isTodoComment } from '../../src/kinds/skeleton-text.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { checkTree } from '../../src/docs/run-example.ts';

const KINDS: KindDefinition[] = [REGISTRY.playbook, ...REGISTRY.entities];

/** A context with one valid entity of each kind a skeleton may refer to. */
function context(lang: Lang): SkeletonContext {
  const entities: Record<string, { id: string; data: Record<string, unknown> }[]> = {
    roles: [{ id: 'rep', data: { function: 'sales' } }],
    processes: [{ id: 'quick', data: { type: 'solution' } }],
    offerings: [{ id: 'suite', data: { motives: ['value-realization'] } }],
    segments: [{ id: 'smb', data: { process: 'quick' } }],
  };
  return { lang, currency: 'USD', entities: (kind) => entities[kind] ?? [] };
}

function skeletonText(kind: KindDefinition, lang: Lang): string {
  const skeleton = kind.skeleton('fresh-one', context(lang));
  if (!skeleton.ok) throw new Error(`${kind.id}: ${skeleton.missing.join(', ')}`);
  return skeleton.text;
}

describe('the placeholder texts of the registry', () => {
  it('exist for every kind in both languages, with the same names (and a Chinese title, which no id gives)', () => {
    for (const kind of KINDS) {
      expect(kind.placeholders, kind.id).toBeDefined();
      // An English skeleton's title comes from its id (`mid-market` → `Mid market`); a Chinese one is a placeholder.
      const names = (lang: 'en' | 'zh-CN') => Object.keys(kind.placeholders![lang]).filter((n) => n !== 'title').sort();
      expect(names('en'), kind.id).toEqual(names('zh-CN'));
      // A snapshot's title is its month, which the skeleton knows: it has nothing to fill in but counts.
      if (!kind.fileId) expect(kind.placeholders!['zh-CN'].title, kind.id).toMatch(/^待填写：\p{Script=Han}/u);
    }
  });

  it('are each written by their kind\u2019s skeleton in its language, and by no skeleton of the other', () => {
    for (const kind of KINDS) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const text = skeletonText(kind, lang);
        for (const [name, placeholder] of Object.entries(kind.placeholders![lang])) expect(text, `${kind.id} ${lang} ${name}`).toContain(placeholder);
        const other = lang === 'en' ? 'zh-CN' : 'en';
        for (const placeholder of Object.values(kind.placeholders![other])) expect(text, `${kind.id} ${lang}`).not.toContain(placeholder);
      }
    }
  });

  it('are all in the set the warning recognises, and nothing else is', () => {
    const all = KINDS.flatMap((k) => Object.values(k.placeholders!).flatMap((byName) => Object.values(byName)));
    expect([...placeholderTexts()].sort()).toEqual([...new Set(all)].sort());
  });

  it('read as placeholders on a page, in the page\u2019s language', () => {
    for (const text of placeholderTexts()) expect(text).toMatch(/^(To be written: |待填写：)/);
  });

  it('never start a body with a level-1 heading: the page has its title already', () => {
    for (const kind of KINDS) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const body = skeletonText(kind, lang).split('\n---\n')[1]!;
        expect(body, `${kind.id} ${lang}`).not.toMatch(/^# /m);
      }
    }
  });
});

describe('the TODO mark', () => {
  it.each([
    ['TODO', true],
    ['TODO: the number of target accounts', true],
    ['TODO：目标客户数', true],
    ['  TODO ', true],
    ['todo: my own note', false],
    ['TODOS', false],
    ['see TODO', false],
    ['', false],
  ])('%j is a mark: %s', (comment, expected) => {
    expect(isTodoComment(comment)).toBe(expected);
  });

  it('is read from the comment that ends a line with a value, outside quotes', () => {
    const yaml = [
      'accounts: 0 # TODO: accounts',
      '# a comment line of its own',
      'title: "Buyers # 1" # TODO quoted',
      "summary: Buyer's guide # TODO apostrophe",
      "note: 'it''s # not a comment' # real",
      'url: https://example.com/#anchor',
      'hours: { rep: 0 } # TODO',
      '  list: [a, b] #no space after the hash is still a comment',
    ].join('\n');
    const comments = parseFrontmatter(yaml, 2).lineComments!();
    expect(Object.fromEntries(comments)).toEqual({
      2: 'TODO: accounts',
      4: 'TODO quoted',
      5: 'TODO apostrophe',
      6: 'real',
      8: 'TODO',
      9: 'no space after the hash is still a comment',
    });
  });
});

describe('the placeholder warning', () => {
  const playbook = (extra: string) => ({
    'playbooks/p/index.mdx': `---\ntitle: P\nsummary: A playbook.\n${extra}goals:\n  coverage: 0.5\n  winRate: 0.1\n---\n`,
  });

  it('does not report a real zero, a filled-in number with a stale mark, or a default the schema fills in', () => {
    const { diagnostics } = checkTree({
      ...playbook(''),
      'playbooks/p/roles/rep.mdx': '---\ntitle: Rep\nsummary: Sells.\nfunction: sales\nheadcount: 0\n---\n',
      'playbooks/p/roles/se.mdx': '---\ntitle: SE\nsummary: Demos.\nfunction: presales\nheadcount: 2 # TODO: check with HR\n---\n',
      // rampMonths defaults to 0 and is not in the file: the TODO on another line says nothing about it.
      'playbooks/p/roles/cs.mdx': '---\ntitle: CS\nsummary: Helps. # TODO\nfunction: service\nheadcount: 1\n---\n',
    });
    expect(diagnostics.filter((d) => d.code === 'placeholder')).toEqual([]);
  });

  it('reports a placeholder of any language in a field of any kind, at the value', () => {
    const zh = REGISTRY.entities.find((k) => k.id === 'segments')!.placeholders!['zh-CN'].summary;
    const { diagnostics } = checkTree({
      ...playbook(''),
      'playbooks/p/roles/rep.mdx': `---\ntitle: Rep\nsummary: ${zh}\nfunction: sales\nheadcount: 1\n---\n`,
    });
    expect(diagnostics.filter((d) => d.code === 'placeholder').map(({ file, line, column, message }) => ({ file, line, column, message }))).toEqual([
      {
        file: 'playbooks/p/roles/rep.mdx',
        line: 3,
        column: 10,
        message: '`summary` of this role still holds the placeholder that `new` wrote, so readers would see it as if it were true. Replace it with what is true for your sales model.',
      },
    ]);
  });
});
