import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { metricValue, plainBody } from '../../bench/bodies.ts';
import { generateTree, type GenerateOptions } from '../../bench/generate.ts';
import { starlightPage, writeStarlightDocs } from '../../bench/starlight.ts';
import { countWords, prose } from '../../bench/text.ts';
import { checkProject } from '../../src/lint/check-project.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-generate-'));
  dirs.push(dir);
  return dir;
}
function generate(entityFiles: number, seed = 7, perPlaybook?: number, more: Partial<GenerateOptions> = {}) {
  return generateTree(tempDir(), { entityFiles, seed, perPlaybook, ...more });
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const bodyOf = (root: string, file: string) => readFileSync(join(root, file), 'utf8').split(/^---$/m).slice(2).join('---');
const mdxFiles = (root: string) =>
  (readdirSync(join(root, 'playbooks'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => `playbooks/${f.split('\\').join('/')}`);

interface Node {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name: string; value: unknown }>;
  children?: Node[];
}
function nodes(tree: Node): Node[] {
  return [tree, ...(tree.children ?? []).flatMap(nodes)];
}
const parseMdx = (body: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Node;

describe('the benchmark generator', () => {
  it('without planted warnings, writes a tree that check finds valid, without warnings either', () => {
    const tree = generate(20, 7, undefined, { warningShare: 0 });
    expect(tree.entityFiles).toBe(20);
    expect(tree.plantedWarningFiles).toBe(0);
    const { diagnostics, playbooks } = checkProject(tree.root);
    expect(diagnostics).toEqual([]);
    expect(playbooks.map((p) => p.id)).toEqual(tree.playbooks);
  });

  it('stays valid across several playbooks, in English and Chinese', () => {
    const tree = generate(130, 11, 30);
    expect(tree.playbooks.length).toBeGreaterThanOrEqual(4);
    const { diagnostics, playbooks } = checkProject(tree.root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(playbooks.map((p) => p.index?.data.lang))).toEqual(new Set(['en', 'zh-CN']));
    expect(playbooks.reduce((n, p) => n + p.segments.length + p.offerings.length + p.processes.length + p.roles.length, 0)).toBe(130);
  });

  it('puts warnings on 20–30% of the files and no error, as the CLI reports them', () => {
    const tree = generate(260);
    const out = execFileSync(process.execPath, [join(PROJECT, 'src', 'cli', 'bin.ts'), 'check', tree.root, '--format', 'json'], { encoding: 'utf8' });
    const diagnostics = JSON.parse(out) as Array<{ file: string; severity: string; code: string }>;
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = new Set(diagnostics.map((d) => d.file));
    expect(files.size / tree.mdxFiles).toBeGreaterThanOrEqual(0.2);
    expect(files.size / tree.mdxFiles).toBeLessThanOrEqual(0.3);
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const code of ['capacity-exceeded', 'win-rate-below-goal', 'motive-process-fit', 'unused-entity']) expect(codes, code).toContain(code);
    // Every planted file has its warning (check may add coverage-below-goal on index.mdx files).
    expect(files.size).toBeGreaterThanOrEqual(tree.plantedWarningFiles);
  });

  it('writes bodies with a GFM table, a task list and a link, of about 250 words of prose', () => {
    const tree = generate(20);
    expect(tree.entityPages).toHaveLength(20);
    for (const page of tree.entityPages) {
      const body = bodyOf(tree.root, `playbooks/${page.replace(/\/$/, '')}.mdx`);
      expect(body, page).toMatch(/^\|.+\|\n\|(?: *:?-+:? *\|)+\n\|.+\|$/m);
      expect(body, page).toMatch(/^- \[[ x]\] \S/m);
      expect(body, page).toMatch(/\]\((?:\.\.\/\.\.\/)?[a-z]+\/[a-z0-9-]+\/\)/);
      expect(countWords(prose(body)), page).toBeGreaterThanOrEqual(250);
      expect(countWords(body), page).toBeLessThan(400);
    }
  });

  it('puts a code block in a few bodies, <Metric> and <Callout> in some', () => {
    const tree = generate(260);
    const { bodies, mdxFiles: files } = tree;
    expect(bodies.table).toBe(files);
    expect(bodies.taskList).toBe(files);
    expect(bodies.link).toBe(files);
    expect(bodies.code / files).toBeGreaterThan(0.03);
    expect(bodies.code / files).toBeLessThan(0.2);
    expect(bodies.metric / files).toBeGreaterThan(0.3);
    expect(bodies.metric / files).toBeLessThan(0.8);
    expect(bodies.callout / files).toBeGreaterThan(0.2);
    expect(bodies.callout / files).toBeLessThan(0.7);
    const all = mdxFiles(tree.root).map((f) => bodyOf(tree.root, f));
    expect(all.filter((b) => b.includes('<Callout type="warning">')).length).toBeGreaterThan(0);
    expect(all.filter((b) => /^```(yaml|sh|text)$/m.test(b)).length).toBe(bodies.code);
  });

  it('writes safe MDX for the v1.1 pipeline: only <Metric> and <Callout>, string props, no expressions, imports or comments', () => {
    const tree = generate(130, 11, 30);
    const { metrics } = checkProject(tree.root);
    let metricCount = 0;
    for (const file of mdxFiles(tree.root)) {
      const body = bodyOf(tree.root, file);
      expect(body, file).not.toMatch(/[{}]|<!--|^(?:import|export)\b/m);
      // Every `<` opens or closes one of the two components.
      expect(body.replace(/<Metric of="[a-zA-Z0-9.-]+" \/>|<Callout type="(?:note|tip|warning)">|<\/Callout>/g, ''), file).not.toContain('<');
      for (const node of nodes(parseMdx(body))) {
        expect(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'], file).not.toContain(node.type);
        if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
        expect(['Metric', 'Callout'], file).toContain(node.name);
        for (const attribute of node.attributes ?? []) {
          expect(attribute.type, file).toBe('mdxJsxAttribute');
          expect(typeof attribute.value, file).toBe('string');
        }
        const [attribute] = node.attributes ?? [];
        if (node.name === 'Callout') {
          expect(node.attributes).toHaveLength(1);
          expect(attribute!.name).toBe('type');
          continue;
        }
        // A <Metric> names a finite number of its playbook's model (format §9).
        metricCount++;
        expect(node.attributes).toHaveLength(1);
        expect(attribute!.name).toBe('of');
        const playbook = metrics.get(file.split('/')[1]!);
        expect(playbook, file).toBeDefined();
        const value = String(attribute!.value)
          .split('.')
          .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], playbook);
        expect(typeof value === 'number' && Number.isFinite(value), `${file}: ${String(attribute!.value)}`).toBe(true);
      }
    }
    expect(metricCount).toBeGreaterThan(20);
  });

  it('writes the same bodies without components when asked (for a build that cannot render them)', () => {
    const tree = generate(130, 11, 30, { components: false });
    expect(tree.components).toBe(false);
    for (const file of mdxFiles(tree.root)) expect(bodyOf(tree.root, file), file).not.toMatch(/<Metric|<Callout/);
    const all = mdxFiles(tree.root).map((f) => bodyOf(tree.root, f)).join('\n');
    expect(all).toMatch(/^> \*\*(?:Note|Tip|Warning):\*\* \S/m);
    expect(tree.bodies.metric).toBeGreaterThan(0);
    expect(tree.bodies.callout).toBeGreaterThan(0);
  });

  it('turns the bodies into Starlight pages: title and description, asides, plain numbers, one page per file', () => {
    const tree = generate(130, 11, 30);
    const docs = join(tempDir(), 'docs');
    expect(writeStarlightDocs(join(tree.root, 'playbooks'), docs)).toBe(tree.mdxFiles);
    const pages = (readdirSync(docs, { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
    expect(pages).toHaveLength(tree.mdxFiles);
    let asides = 0;
    for (const page of pages) {
      const text = readFileSync(join(docs, page), 'utf8');
      expect(text, page).not.toContain('<Metric');
      expect(text, page).not.toContain('<Callout');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
      expect(front.split('\n').map((line) => line.split(':')[0]), page).toEqual(['title', 'description']);
      asides += (text.match(/^:::(?:note|tip|caution)$/gm) ?? []).length;
      expect((text.match(/^:::(?:note|tip|caution)$/gm) ?? []).length, page).toBe((text.match(/^:::$/gm) ?? []).length);
    }
    expect(asides).toBe(tree.bodies.callout);

    const source = '---\ntitle: T\nsummary: S\nprocess: x\n---\n\nWe cover <Metric of="coverage" /> of them.\n\n<Callout type="warning">\nMind **this**.\n</Callout>\n';
    expect(starlightPage(source)).toBe(`---\ntitle: T\ndescription: S\n---\n\nWe cover ${metricValue('coverage')} of them.\n\n:::caution\nMind **this**.\n:::\n`);
    expect(plainBody('<Callout type="tip">\nOne.\n\nTwo.\n</Callout>', 'markdown')).toBe('> **Tip:** One.\n>\n> Two.');
    expect(metricValue('segments.smb.winRate')).toMatch(/^\d+\.\d%$/);
  });

  it('is deterministic: the same seed writes the same bytes', () => {
    const a = generate(20, 3);
    const b = generate(20, 3);
    for (const page of a.entityPages) {
      const file = `playbooks/${page.replace(/\/$/, '')}.mdx`;
      expect(readFileSync(join(b.root, file), 'utf8')).toBe(readFileSync(join(a.root, file), 'utf8'));
    }
    expect(generate(20, 4).bytes).not.toBe(a.bytes);
  });
});
