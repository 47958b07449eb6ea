/**
 * The adversarial property of issue 13: whatever tree an author (or a
 * hostile pull request) puts under playbooks/ — random bytes, random YAML,
 * odd names, folders where files belong, symbolic links inside, outside and
 * dangling, deep nesting, huge numbers, bodies with code — `check` never
 * crashes and never prints a stack trace; every diagnostic is inside its
 * file; the exit code is 0, 1 or 2 as format §5 says; and nothing outside
 * the root is ever read into the output.
 */
import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { REGISTRY } from '../../src/kinds/index.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { SetupError } from '../../src/model/load.ts';
import { readSourceInside } from '../../src/model/encoding.ts';
import { captureIo } from '../support/helpers.ts';

const OUTSIDE = mkdtempSync(join(tmpdir(), 'playbook-outside-'));
const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
writeFileSync(join(OUTSIDE, 'secret.mdx'), `---\ntitle: ${SECRET}\nsummary: ${SECRET}\n---\n${SECRET}\n`);
afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));

const VALID_INDEX = '---\ntitle: T\nsummary: S\ngoals: { coverage: 0.8, winRate: 0.2 }\n---\n';

const name = fc.oneof(
  fc.constantFrom('index.mdx', 'smb.mdx', 'a-b.mdx', 'Smb.MDX', 'x.md', 'notes.txt', '_draft.mdx', '.hidden.mdx', 'grówth.mdx', 'constructor.mdx', '__proto__.mdx'),
  fc.stringMatching(/^[a-z0-9_.-]{1,12}$/),
);
const folder = fc.constantFrom('segments', 'offerings', 'processes', 'roles', 'scenarios', 'segmets', '_drafts', 'index.mdx', 'x.mdx');
const yamlValue = fc.oneof(
  fc.constantFrom('1e308', '-1e308', '1e15', '0', '-1', '.inf', '.nan', 'null', '~', '"\\e[2J"', '[[[[[[[[]]]]]]]]', '{a: {b: {c: {}}}}', '*x', '&a 1', '2026-02-30', '"<img src=x onerror=alert(1)>"'),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
);
const key = fc.constantFrom('title', 'summary', 'goals', 'accounts', 'headcount', 'raci', 'hours', '__proto__', 'stages', 'changes', 'plan', 'hires', 'attrition', 'lang', 'x');
const frontmatter = fc.array(fc.tuple(key, yamlValue), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));
const body = fc.oneof(
  fc.constant(''),
  fc.constantFrom('import fs from "node:fs"', 'export const x = 1', 'We <3 customers {x', '<Metric of="nope" />', '<Stage id="x">y</Stage>', '<script>alert(1)</script>', '<!-- comment -->', '| a |\n|---|\n| 1 |'),
  fc.string({ maxLength: 60 }),
);
const text = fc.oneof(
  fc.tuple(frontmatter, body).map(([fm, b]) => `---\n${fm}\n---\n${b}\n`),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 80 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from([0xff, 0xfe, 0x2d, 0x00])),
  fc.constant(`---\n${'- '.repeat(2000)}x\n---\n`),
  fc.constant(`---\ntitle: T\n...\n`),
);

type Entry =
  | { type: 'file'; path: string; content: string | Buffer }
  | { type: 'dir'; path: string }
  | { type: 'link'; path: string; target: 'outside' | 'outside-dir' | 'inside' | 'dangling' | 'loop' };

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ type: fc.constant('file' as const), path: fc.tuple(folder, name).map(([f, n]) => `${f}/${n}`), content: text }),
  fc.record({ type: fc.constant('file' as const), path: name, content: text }),
  fc.record({ type: fc.constant('dir' as const), path: fc.tuple(folder, name).map(([f, n]) => `${f}/${n}`) }),
  fc.record({ type: fc.constant('link' as const), path: fc.tuple(folder, name).map(([f, n]) => `${f}/${n}`), target: fc.constantFrom('outside', 'outside-dir', 'inside', 'dangling', 'loop') }),
);

function writeTree(root: string, playbook: string, entries: readonly Entry[]): void {
  const base = join(root, 'playbooks', playbook);
  mkdirSync(base, { recursive: true });
  writeFileSync(join(base, 'index.mdx'), VALID_INDEX);
  for (const e of entries) {
    const path = join(base, e.path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (e.type === 'file') writeFileSync(path, e.content);
      else if (e.type === 'dir') mkdirSync(path, { recursive: true });
      else {
        const target = { outside: join(OUTSIDE, 'secret.mdx'), 'outside-dir': OUTSIDE, inside: join(base, 'index.mdx'), dangling: join(base, 'nothing-here'), loop: path }[e.target];
        symlinkSync(target, path);
      }
    } catch {
      // A name the tree already has as a file or folder: leave it as it is.
    }
  }
}

/** Whether a path is a symbolic link whose folder is a real folder (not itself a link). */
function isLinkInRealFolder(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink() && lstatSync(dirname(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Every link to outside the root in a kind's folder is reported as `symlink-outside`, and nothing is loaded from it. */
function expectLinksOutsideUnread(root: string, playbook: string, entries: readonly Entry[]): void {
  let result;
  try {
    result = checkProject(root);
  } catch (error) {
    if (error instanceof SetupError) return; // an unexpected folder (exit 2): nothing was read
    throw error;
  }
  const kinds = new Set(REGISTRY.entities.map((k) => k.id));
  const loadedFiles = new Set(result.playbooks.flatMap((g) => [g.index?.file, ...g.bodies.map((b) => b.file)]));
  for (const e of entries) {
    if (e.type !== 'link' || (e.target !== 'outside' && e.target !== 'outside-dir')) continue;
    const [folder = '', linkName = ''] = e.path.split('/');
    const file = `playbooks/${playbook}/${e.path}`;
    // The link may not exist: shadowed by an earlier entry of the same name (then the path is that file or folder), or
    // not created because a folder on its way is itself a link (reported at that folder).
    if (!isLinkInRealFolder(join(root, file))) continue;
    expect(loadedFiles.has(file), file).toBe(false);
    if (!kinds.has(folder) || linkName.startsWith('_') || linkName.startsWith('.')) continue;
    expect(result.diagnostics.some((d) => d.code === 'symlink-outside' && d.file === file), `${file}: ${JSON.stringify(result.diagnostics.map((d) => [d.code, d.file]))}`).toBe(true);
  }
}

describe('check on random trees', () => {
  it('never crashes, never prints a stack trace, keeps every diagnostic inside its file and never reads outside the root', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('acme', 'docs', 'Bad_Name', 'zh'), fc.array(entry, { maxLength: 10 }), async (playbook, entries) => {
        const root = mkdtempSync(join(tmpdir(), 'playbook-tree-'));
        try {
          writeTree(root, playbook, entries);
          expectLinksOutsideUnread(root, playbook, entries);
          for (const format of ['json', 'pretty'] as const) {
            const io = captureIo(root);
            const code = await run(['check', '--format', format], io);
            const output = io.out + io.err;
            expect([0, 1, 2], output).toContain(code);
            expect(output).not.toContain('Internal error');
            expect(output).not.toMatch(/\n\s+at [^\n]+:\d+:\d+\)?\n/);
            expect(output).not.toContain(SECRET);
            if (format !== 'json' || code === 2) continue;
            const diagnostics = JSON.parse(io.out) as { file: string; line: number; column: number; message: string }[];
            for (const d of diagnostics) {
              expect(d.message.trim(), JSON.stringify(d)).not.toBe('');
              expect(d.line).toBeGreaterThanOrEqual(1);
              expect(d.column).toBeGreaterThanOrEqual(1);
              const source = readSourceInside(root, d.file);
              if (source === undefined) continue; // a folder, a link outside, a file that is not UTF-8
              const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
              expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(Math.max(1, lines.length));
              expect(d.column, JSON.stringify(d)).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
            }
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 120) },
    );
  }, 120_000);
});
