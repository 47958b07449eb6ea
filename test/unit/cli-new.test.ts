import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/main.ts';
import { checkProject } from '../../src/lint/check-project.ts';

const MODEL = fileURLToPath(new URL('../fixtures/model', import.meta.url));

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, color: false };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(copyOf?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-new-'));
  temps.push(dir);
  if (copyOf) cpSync(copyOf, dir, { recursive: true });
  return dir;
}

/** Every file under a folder (hidden ones too), relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function newIn(root: string, ...args: string[]) {
  const c = capture(root);
  const code = await run(['new', ...args], c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** How many placeholder warnings each file has. */
function placeholderCounts(diagnostics: readonly { code: string; file: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) if (d.code === 'placeholder') counts[d.file] = (counts[d.file] ?? 0) + 1;
  return counts;
}

/** `check --format json` of a root: exit code and diagnostics. */
async function check(root: string) {
  const c = capture(root);
  const code = await run(['check', '--format', 'json'], c.io);
  return { code, diagnostics: JSON.parse(c.stdout()) as { code: string; severity: string; file: string }[] };
}

describe('new in an existing playbook', () => {
  it.each([
    ['segment', 'segments'],
    ['offering', 'offerings'],
    ['process', 'processes'],
    ['role', 'roles'],
  ])('writes a %s that passes check', async (kind, folder) => {
    const root = tempDir(MODEL);
    const result = await newIn(root, kind, 'northwind/fresh-one');
    expect(result.code).toBe(0);
    const file = `playbooks/northwind/${folder}/fresh-one.mdx`;
    expect(result.stdout).toContain(`Created ${file}`);
    expect(result.stdout).toContain('Next: edit that file');
    expect(readFileSync(join(root, file), 'utf8')).toMatch(/^---\ntitle: Fresh one\n/);
    const { code, diagnostics } = await check(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    // The file loads as a valid entity of its kind.
    const graph = checkProject(root).playbooks[0]!;
    expect((graph[folder as 'segments'] as { id: string }[]).map((e) => e.id)).toContain('fresh-one');
    // Nothing else was written: no temporary file left behind.
    expect(tree(root).filter((f) => !tree(MODEL).includes(f))).toEqual([file]);
  });

  it('points a new segment at existing entities that fit each other', async () => {
    const root = tempDir(MODEL);
    const result = await newIn(root, 'segment', 'northwind/retail');
    // First process (by id) is consultative (solution → value-realization); onboarding is the first offering with that motive;
    // ae is the first `sales` role.
    expect(result.stdout).toContain('referring to process `consultative`, offering `onboarding`, coverage owner `ae`');
    const text = readFileSync(join(root, 'playbooks/northwind/segments/retail.mdx'), 'utf8');
    expect(text).toContain('motive: value-realization');
    expect(text).toContain('process: consultative');
    expect(text).toContain('dealSize: 0 # TODO: average deal in EUR');
    // The skeleton raises no fit warning (motive-process-fit, offering-motive-gap); besides the placeholders left to
    // fill in, only the model's own judgement of its process remains: consultative wins 20%, below the goal of 25%.
    const { diagnostics } = await check(root);
    const retail = diagnostics.filter((d) => d.file.endsWith('retail.mdx'));
    expect(retail.filter((d) => d.code !== 'placeholder').map((d) => d.code)).toEqual(['win-rate-below-goal']);
    expect(retail.filter((d) => d.code === 'placeholder')).toHaveLength(8);
  });

  it('quotes ids that YAML would read as numbers or null', async () => {
    const root = tempDir(MODEL);
    expect((await newIn(root, 'role', 'northwind/2024')).code).toBe(0);
    expect((await newIn(root, 'role', 'northwind/null')).code).toBe(0);
    expect(readFileSync(join(root, 'playbooks/northwind/roles/2024.mdx'), 'utf8')).toContain('title: "2024"');
    const { code, diagnostics } = await check(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it.each([
    ['--root', (root: string) => ['--root', root]],
    ['a [root] argument', (root: string) => [root]],
  ])('accepts %s instead of the current folder', async (_, rootArgs) => {
    const root = tempDir(MODEL);
    const elsewhere = tempDir();
    const result = await newIn(elsewhere, 'offering', 'northwind/extra', ...rootArgs(root));
    expect(result.code).toBe(0);
    expect(existsSync(join(root, 'playbooks/northwind/offerings/extra.mdx'))).toBe(true);
    expect(tree(elsewhere)).toEqual([]);
  });

  it('writes the skeleton in the playbook\u2019s currency', async () => {
    const root = tempDir(MODEL);
    const index = join(root, 'playbooks/northwind/index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8').replace('currency: EUR', 'currency: CNY'));
    expect((await newIn(root, 'segment', 'northwind/retail')).code).toBe(0);
    expect(readFileSync(join(root, 'playbooks/northwind/segments/retail.mdx'), 'utf8')).toContain('dealSize: 0 # TODO: average deal in CNY');
  });
});

describe('new snapshot', () => {
  it('writes the twelve months to the end of the month, a zero marked TODO for every count of every segment; it passes check', async () => {
    const root = tempDir(MODEL);
    const result = await newIn(root, 'snapshot', 'northwind/2026-09');
    expect(result.code).toBe(0);
    const file = 'playbooks/northwind/actuals/2026-09.mdx';
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(/^---\ntitle: Actuals to September 2026\nperiod: # .*\n  from: 2025-10-01\n  to: 2026-09-30\n/);
    expect(text.match(/opportunities: 0 # TODO/g)).toHaveLength(3);
    const { diagnostics } = await check(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(placeholderCounts(diagnostics)[file]).toBe(12);
  });
});

describe('new never overwrites', () => {
  it.each([
    ['segment', 'northwind/smb', 'playbooks/northwind/segments/smb.mdx'],
    ['offering', 'northwind/basic', 'playbooks/northwind/offerings/basic.mdx'],
    ['process', 'northwind/velocity', 'playbooks/northwind/processes/velocity.mdx'],
    ['role', 'northwind/se', 'playbooks/northwind/roles/se.mdx'],
    ['playbook', 'northwind', 'playbooks/northwind/index.mdx'],
  ])('refuses %s %s with exit 1 and leaves the files as they were', async (kind, target, file) => {
    const root = tempDir(MODEL);
    const before = tree(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]);
    const result = await newIn(root, kind, target);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file} already exists; nothing was written.`);
    expect(tree(root).map((f) => [f, readFileSync(join(root, f), 'utf8')])).toEqual(before);
  });

  it('refuses the second of two identical calls', async () => {
    const root = tempDir(MODEL);
    expect((await newIn(root, 'role', 'northwind/csm')).code).toBe(0);
    const first = readFileSync(join(root, 'playbooks/northwind/roles/csm.mdx'), 'utf8');
    expect((await newIn(root, 'role', 'northwind/csm')).code).toBe(1);
    expect(readFileSync(join(root, 'playbooks/northwind/roles/csm.mdx'), 'utf8')).toBe(first);
  });
});

describe('new with bad arguments exits 2 and writes nothing', () => {
  it.each([
    [['segment', 'northwind/Mid_Market'], 'is not a valid id'],
    [['segment', 'North-wind/mid'], 'is not a valid id'],
    [['role', 'northwind/-x'], 'is not a valid id'],
    [['playbook', 'Acme'], 'is not a valid id'],
    [['segment', 'northwind'], 'the target must be `<playbook>/<id>`'],
    [['segment', 'northwind/a/b'], 'the target must be `<playbook>/<id>`'],
    [['playbook', 'acme/x'], 'the target must be a playbook id'],
    [['customer', 'northwind/x'], 'new: the kind must be one of playbook, segment, offering, process, role, scenario, snapshot, not `customer`.'],
    [['segment'], 'new: missing <target>'],
    [[], 'new: missing <kind>'],
    [['role', 'northwind/x', '.', 'extra'], 'new: unexpected argument `extra`.'],
    [['role', 'northwind/x', 'no-such-root'], 'The project root no-such-root does not exist'],
    [['playbook', 'docs'], '`docs` is the address of one of the site\'s own pages (/docs/)'],
    [['role', 'northwind/x', '--force'], 'new: unknown option `--force`.'],
    [['role', 'nowhere/x'], 'There is no playbook `nowhere`'],
    [['role', 'northwind/x', '--lang', 'zh-CN'], 'new: --lang is for `new playbook`; a new role is written in the language of its playbook'],
    [['playbook', 'acme', '--lang', 'fr'], 'new: --lang must be one of en, zh-CN, not `fr`.'],
    [['snapshot', 'northwind/2026-13'], 'new: a snapshot is named after the month its period ends in, `<playbook>/YYYY-MM`'],
    [['snapshot', 'northwind/september'], 'new: a snapshot is named after the month its period ends in'],
    // An id longer than an id may be: said so, not "check that the folder is writable".
    [['segment', `northwind/${'a'.repeat(300)}`], 'is 300 characters long, and an id may have at most 64'],
    [['playbook', 'b'.repeat(65)], 'is 65 characters long, and an id may have at most 64'],
    // A device name of Windows: a repository with such a file cannot be checked out there.
    [['segment', 'northwind/con'], 'new: `con` is a name Windows reserves for a device'],
    [['playbook', 'nul'], 'new: `nul` is a name Windows reserves for a device'],
    [['role', 'northwind/lpt9'], 'new: `lpt9` is a name Windows reserves for a device'],
  ])('new %j', async (args, message) => {
    const root = tempDir(MODEL);
    const before = tree(root);
    const result = await newIn(root, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(tree(root)).toEqual(before);
  });

  it('says an id is too long, or a Windows device name, in the playbook\u2019s language too', async () => {
    const root = tempDir(MODEL);
    const long = await newIn(root, 'playbook', 'a'.repeat(300), '--lang', 'zh-CN');
    expect(long.stderr).toContain('长 300 个字符，而 id 最多 64 个字符');
    expect(long.stderr).not.toMatch(/writable|可写/);
    expect((await newIn(root, 'playbook', 'aux', '--lang', 'zh-CN')).stderr).toContain('`aux` 是 Windows 保留的设备名');
    // A longer id that starts with one is fine.
    expect((await newIn(root, 'playbook', 'con-team')).code).toBe(0);
    expect((await newIn(root, 'playbook', 'c'.repeat(64))).code).toBe(0);
  });

  it('reports a root that does not exist', async () => {
    const root = tempDir();
    const result = await newIn(root, 'playbook', 'acme', '--root', 'missing');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not exist');
    expect(tree(root)).toEqual([]);
  });
});

describe('new --help', () => {
  it('prints the usage on stdout and exits 0, writing nothing', async () => {
    const root = tempDir();
    const result = await newIn(root, '--help');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: npm run playbook -- new <kind> <target> \[root\] \[--root <dir>\] \[--lang en\|zh-CN\] \[--type transactional\|solution\|key-account\]\n/);
    expect(result.stdout).toContain('What to create: playbook, segment, offering, process, role, scenario, snapshot.');
    expect(tree(root)).toEqual([]);
  });
});

describe('a playbook from scratch', () => {
  it('new playbook creates index.mdx and the folders in an empty project, and says what to edit next', async () => {
    const root = tempDir();
    const result = await newIn(root, 'playbook', 'acme');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created playbooks/acme/index.mdx and the empty folders segments/, offerings/, processes/, roles/, scenarios/, actuals/.');
    expect(result.stdout).toContain('Next: edit that file - the title, summary and goals.');
    // Each kind refers only to the ones before it: roles, processes, offerings, segments.
    expect(result.stdout.match(/new \w+ acme\/<id>/g)).toEqual(['new offering acme/<id>', 'new role acme/<id>', 'new process acme/<id>', 'new segment acme/<id>', 'new scenario acme/<id>']);
    // A snapshot is named after a month, not an id.
    expect(result.stdout).toContain('new snapshot acme/<YYYY-MM>');
    expect(tree(root)).toEqual(['playbooks/acme/index.mdx']);
    for (const folder of ['segments', 'offerings', 'processes', 'roles']) expect(existsSync(join(root, 'playbooks/acme', folder))).toBe(true);
    // Only its summary is left to write: the title comes from the id, the goals and defaults are sensible.
    const { code, diagnostics } = await check(root);
    expect(code).toBe(0);
    expect(diagnostics).toMatchObject([{ code: 'placeholder', file: 'playbooks/acme/index.mdx', line: 3 }]);
    const text = readFileSync(join(root, 'playbooks/acme/index.mdx'), 'utf8');
    expect(text).toMatch(/^---\ntitle: Acme\nsummary: "To be written: /);
    expect(text).toContain('lang: en');
    expect(text).toContain('currency: USD');
    // The page has its title already: a body that starts with a level-1 heading would show it twice.
    expect(text.split('\n---\n')[1]!.trim()).toMatch(/^## /);
  });

  it('fills a folder that has entities but no index.mdx (the fix for missing-playbook)', async () => {
    const root = tempDir(MODEL);
    rmSync(join(root, 'playbooks/northwind/index.mdx'));
    expect((await check(root)).diagnostics.map((d) => d.code)).toContain('missing-playbook');
    expect((await newIn(root, 'playbook', 'northwind')).code).toBe(0);
    const { code, diagnostics } = await check(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('refuses a segment or process before what it refers to exists, writing nothing', async () => {
    const root = tempDir();
    expect((await newIn(root, 'playbook', 'acme')).code).toBe(0);
    const segment = await newIn(root, 'segment', 'acme/smb');
    expect(segment.code).toBe(1);
    expect(segment.stderr).toContain('Nothing was written: a new segment refers to other files of its playbook, and playbook `acme` has no valid offering, process or role yet. Create them first:');
    expect(segment.stderr).toContain('npm run playbook -- new offering acme/<id>');
    expect(segment.stderr).toContain('then run `npm run playbook -- new segment acme/smb` again.');
    const process = await newIn(root, 'process', 'acme/quick');
    expect(process.code).toBe(1);
    expect(process.stderr).toContain('has no valid role yet');
    expect(tree(root)).toEqual(['playbooks/acme/index.mdx']);
  });

  it('builds a whole playbook in the advised order, each step passing check', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'playbooks'));
    const steps = [
      ['playbook', 'acme'],
      ['role', 'acme/rep'],
      ['process', 'acme/quick'],
      ['offering', 'acme/starter'],
      ['segment', 'acme/smb'],
    ];
    for (const step of steps) {
      const result = await newIn(root, ...step);
      expect(result.code, `new ${step.join(' ')}: ${result.stderr}`).toBe(0);
      const { code, diagnostics } = await check(root);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(code).toBe(0);
    }
    // The offering answers the motive of the process (a solution process: value-realization), the segment has it:
    // nothing but the placeholders left to fill in, one per field `new` could not know.
    const { diagnostics } = await check(root);
    expect(diagnostics.filter((d) => d.code !== 'placeholder')).toEqual([]);
    expect(placeholderCounts(diagnostics)).toEqual({
      'playbooks/acme/index.mdx': 1,
      'playbooks/acme/offerings/starter.mdx': 1,
      'playbooks/acme/processes/quick.mdx': 9,
      'playbooks/acme/roles/rep.mdx': 2,
      'playbooks/acme/segments/smb.mdx': 8,
    });
    expect(tree(root)).toEqual([
      'playbooks/acme/index.mdx',
      'playbooks/acme/offerings/starter.mdx',
      'playbooks/acme/processes/quick.mdx',
      'playbooks/acme/roles/rep.mdx',
      'playbooks/acme/segments/smb.mdx',
    ]);
    // And the result exports.
    const c = capture(root);
    expect(await run(['export'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout()).playbooks[0].segments[0]).toMatchObject({ id: 'smb', process: 'quick', offerings: ['starter'], coverage: { owner: 'rep' } });
  });
});

describe('skeletons that fit each other, in either order', () => {
  it('in the order `new playbook` advises (offering first), the set checks clean but for its placeholders', async () => {
    const root = tempDir();
    const result = await newIn(root, 'playbook', 'acme');
    const advised = [...result.stdout.matchAll(/npm run playbook -- new (\w+) acme\/<id>/g)].map((m) => m[1]!);
    expect(advised.slice(0, 4)).toEqual(['offering', 'role', 'process', 'segment']);
    for (const [kind, id] of [['offering', 'suite'], ['role', 'ae'], ['process', 'solution-sale'], ['segment', 'mid-market'], ['scenario', 'one-more-ae']] as const) {
      const step = await newIn(root, kind, `acme/${id}`);
      expect(step.code, step.stderr).toBe(0);
      expect(step.stdout).toContain('it lists every placeholder of the file that is left to fill in');
    }
    const { code, diagnostics } = await check(root);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.code !== 'placeholder')).toEqual([]);
    const segment = readFileSync(join(root, 'playbooks/acme/segments/mid-market.mdx'), 'utf8');
    expect(segment).toContain('title: Mid market\n');
    expect(segment).toContain('motive: value-realization');
    expect(readFileSync(join(root, 'playbooks/acme/offerings/suite.mdx'), 'utf8')).toContain('motives: [value-realization]');
    expect(readFileSync(join(root, 'playbooks/acme/processes/solution-sale.mdx'), 'utf8')).toContain('type: solution');
  });

  it('a new offering answers the motive of a process that no offering answers yet', async () => {
    const root = tempDir(MODEL);
    // test/fixtures/model has a transactional process `velocity`; make it the only one without a fitting offering.
    for (const file of readdirSync(join(root, 'playbooks/northwind/offerings'))) {
      const path = join(root, 'playbooks/northwind/offerings', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/price-performance,?\s*/g, ''));
    }
    expect((await newIn(root, 'offering', 'northwind/basic-plan')).code).toBe(0);
    expect(readFileSync(join(root, 'playbooks/northwind/offerings/basic-plan.mdx'), 'utf8')).toContain('motives: [price-performance]');
  });

  it('a new process serves a motive the offerings answer and no process serves, consulting an executive on a key account', async () => {
    const root = tempDir();
    expect((await newIn(root, 'playbook', 'acme')).code).toBe(0);
    expect((await newIn(root, 'role', 'acme/kam')).code).toBe(0);
    expect((await newIn(root, 'role', 'acme/ceo')).code).toBe(0);
    const ceo = join(root, 'playbooks/acme/roles/ceo.mdx');
    writeFileSync(ceo, readFileSync(ceo, 'utf8').replace('function: sales', 'function: executive'));
    expect((await newIn(root, 'offering', 'acme/partnership')).code).toBe(0);
    const offering = join(root, 'playbooks/acme/offerings/partnership.mdx');
    writeFileSync(offering, readFileSync(offering, 'utf8').replace('motives: [value-realization]', 'motives: [partnership]'));
    const process = await newIn(root, 'process', 'acme/key-account');
    expect(process.stdout).toContain('referring to role `kam`, role `ceo`');
    const text = readFileSync(join(root, 'playbooks/acme/processes/key-account.mdx'), 'utf8');
    expect(text).toContain('type: key-account');
    expect(text).toContain('      ceo: C\n');
    expect((await newIn(root, 'segment', 'acme/groups')).code).toBe(0);
    const { diagnostics } = await check(root);
    expect(diagnostics.filter((d) => d.code !== 'placeholder')).toEqual([]);
  });
});

describe('a playbook in Chinese', () => {
  it('new playbook --lang zh-CN writes a Chinese playbook, and the entities follow its lang', async () => {
    const root = tempDir();
    expect((await newIn(root, 'playbook', 'huayuan', '--lang', 'zh-CN')).code).toBe(0);
    for (const step of ['offering huayuan/standard', 'role huayuan/telesales', 'process huayuan/quick-quote', 'segment huayuan/sme-factories', 'scenario huayuan/more-telesales']) {
      const result = await newIn(root, ...step.split(' '));
      expect(result.code, result.stderr).toBe(0);
    }
    const files = tree(root);
    const index = readFileSync(join(root, 'playbooks/huayuan/index.mdx'), 'utf8');
    expect(index).toContain('lang: zh-CN');
    expect(index).toContain('currency: CNY');
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      // Every placeholder and every comment in Chinese; no English skeleton text left.
      expect(text, file).toMatch(/待填写：/);
      expect(text, file).not.toMatch(/To be written|Replace with/);
      expect(text.split('\n---\n')[1]!.trim(), file).toMatch(/^## \p{Script=Han}/u);
    }
    expect(readFileSync(join(root, 'playbooks/huayuan/segments/sme-factories.mdx'), 'utf8')).toContain('dealSize: 0 # TODO：平均每单金额（CNY）');
    expect(readFileSync(join(root, 'playbooks/huayuan/processes/quick-quote.mdx'), 'utf8')).toContain('    title: 资格确认\n');
    const c = capture(root);
    expect(await run(['check'], c.io)).toBe(0);
    // The warnings are the placeholders only, in Chinese.
    expect(c.stderr()).toMatch(/^共 0 个错误、\d+ 个警告。$/m);
    expect(c.stderr()).toContain('这个目标客群的 `accounts` 仍是 `new` 写下的 0');
    expect([...c.stderr().matchAll(/ warning (\S+)/g)].every((m) => m[1] === 'placeholder')).toBe(true);
  });
});
