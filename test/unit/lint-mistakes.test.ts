/**
 * The mistakes authors who are not engineers really make (a full-width colon, `60%`, `150万`, a Chinese name where
 * an id is expected, a conversion of 1.5 that the bodies quote, a missing `A`…), each made in a copy of
 * test/fixtures/model (valid, warnings only): each must give one primary diagnostic, at the column of the mistake,
 * in the playbook's language, and `check --fix` must repair the safe ones and touch nothing else.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { CODES } from '../../src/diagnostics/codes.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { captureIo, FIXTURES, tempCopy } from '../support/helpers.ts';

const PB = 'playbooks/northwind';

const copies: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of copies.splice(0)) cleanup();
});

/** A copy of the model fixture with some files changed: `[file, from, to]` replacements (each must match). */
function project(changes: readonly [string, string | RegExp, string][], lang?: 'zh-CN'): string {
  const { dir, cleanup } = tempCopy('model');
  copies.push(cleanup);
  const all: [string, string | RegExp, string][] = lang ? [['index.mdx', 'currency: EUR', 'currency: EUR\nlang: zh-CN'], ...changes] : [...changes];
  for (const [file, from, to] of all) {
    const path = join(dir, PB, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${file}: ${String(from)} is not in the fixture`);
    writeFileSync(path, changed);
  }
  return dir;
}

/** Every file's text under a root, by relative path. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

const errorsOf = (root: string) => checkProject(root).diagnostics.filter((d) => d.severity === 'error');

async function fix(root: string) {
  const io = captureIo(root);
  const code = await run(['check', '--fix'], io);
  return { code, err: io.err };
}

interface Mistake {
  name: string;
  changes: [string, string | RegExp, string][];
  /** The one diagnostic: code, file (in the playbook), line and column. */
  expected: { code: string; file: string; line: number; column: number };
  /** Words the message must have, in English and (the playbook in Chinese) in Chinese. */
  says: [string, string];
  /** After `check --fix`: the changed line (none when the mistake has no safe fix). */
  fixed?: string;
}

const MISTAKES: Mistake[] = [
  {
    name: 'a full-width colon after a field',
    changes: [['roles/ae.mdx', 'headcount: 2', 'headcount：2']],
    expected: { code: 'yaml-syntax', file: 'roles/ae.mdx', line: 5, column: 10 },
    says: ['Write `headcount: 2`.', '请写成 `headcount: 2`。'],
    fixed: 'headcount: 2',
  },
  {
    name: 'a full-width colon and a space, in a nested map',
    changes: [['index.mdx', '  winRate: 0.25', '  winRate： 0.25']],
    expected: { code: 'yaml-syntax', file: 'index.mdx', line: 8, column: 10 },
    says: ['is a full-width colon', '是全角冒号'],
    fixed: '  winRate: 0.25',
  },
  {
    name: 'a tab in the indentation',
    changes: [['index.mdx', '  coverage: 0.95\n  winRate: 0.25', '\tcoverage: 0.95\n\twinRate: 0.25']],
    expected: { code: 'yaml-syntax', file: 'index.mdx', line: 7, column: 1 },
    says: ['This line is indented with a tab (so is 1 more line), and YAML indents only with spaces. Indent it with 2 spaces instead.', '这一行用制表符缩进（另有 1 行也是这样），而 YAML 只能用空格缩进。请改用 2 个空格缩进。'],
    fixed: '  coverage: 0.95',
  },
  {
    name: 'full-width brackets and commas around a list',
    changes: [['segments/smb.mdx', 'buyingCriteria: [price, ease of use]', 'buyingCriteria: 【price，ease of use】']],
    expected: { code: 'yaml-syntax', file: 'segments/smb.mdx', line: 8, column: 17 },
    says: ['Write `buyingCriteria: [price, ease of use]`.', '是全角方括号'],
    fixed: 'buyingCriteria: [price, ease of use]',
  },
  {
    name: '60% where a share is expected',
    changes: [['processes/consultative.mdx', /conversion: 0\.5/, 'conversion: 60%']],
    expected: { code: 'invalid-field', file: 'processes/consultative.mdx', line: 11, column: 17 },
    says: ['`conversion` of stage `discover` (Discover) must be a number, not "60%"', '阶段 `discover`（Discover）的 `conversion` 必须是数字，现在是“60%”'],
    fixed: '    conversion: 0.6',
  },
  {
    name: '150万 where a number is expected',
    changes: [['segments/smb.mdx', /dealSize: \d+/, 'dealSize: 150万']],
    expected: { code: 'invalid-field', file: 'segments/smb.mdx', line: 11, column: 11 },
    says: ['Write `1500000`.', '请写成 `1500000`。'],
    fixed: 'dealSize: 1500000',
  },
  {
    name: '1.5亿 where a number is expected',
    changes: [['segments/enterprise.mdx', 'dealSize: 200000', 'dealSize: 1.5亿']],
    expected: { code: 'invalid-field', file: 'segments/enterprise.mdx', line: 11, column: 11 },
    says: ['Write `150000000`.', '现在是“1.5亿”'],
    fixed: 'dealSize: 150000000',
  },
  {
    name: '$1.2M where a number is expected',
    changes: [['segments/enterprise.mdx', 'dealSize: 200000', 'dealSize: $1.2M']],
    expected: { code: 'invalid-field', file: 'segments/enterprise.mdx', line: 11, column: 11 },
    says: ['a number in YAML has no currency sign or unit', '不能带货币符号或单位'],
    fixed: 'dealSize: 1200000',
  },
  {
    name: '120k where a number is expected',
    changes: [['segments/enterprise.mdx', 'dealSize: 200000', 'dealSize: 120k']],
    expected: { code: 'invalid-field', file: 'segments/enterprise.mdx', line: 11, column: 11 },
    says: ['Write `120000`.', '请写成 `120000`。'],
    fixed: 'dealSize: 120000',
  },
  {
    name: 'a role named by its Chinese title as a RACI key',
    changes: [
      ['roles/exec.mdx', 'title: Executive sponsor', 'title: 高管发起人'],
      ['processes/strategic.mdx', 'raci: { ae: R, exec: A }', 'raci: { ae: R, 高管发起人: A }'],
    ],
    expected: { code: 'invalid-field', file: 'processes/strategic.mdx', line: 12, column: 20 },
    says: ['Write `exec` (the role titled “高管发起人”).', '请写成 `exec`（标题为“高管发起人”的岗位）。'],
    fixed: '    raci: { ae: R, exec: A }',
  },
  {
    name: 'a process named by its title where its id is expected',
    changes: [['segments/smb.mdx', 'process: velocity', 'process: Velocity sale']],
    expected: { code: 'invalid-field', file: 'segments/smb.mdx', line: 13, column: 10 },
    says: ['Write `velocity` (the process titled “Velocity sale”).', '请写成 `velocity`'],
    fixed: 'process: velocity',
  },
  {
    name: 'a stage without an accountable role',
    changes: [['processes/consultative.mdx', 'raci: { ae: A, se: R }', 'raci: { ae: R, se: R }']],
    expected: { code: 'raci-accountable', file: 'processes/consultative.mdx', line: 20, column: 5 },
    says: ['Stage `prove` (Prove) of process `consultative` has no accountable role', '销售流程 `consultative` 的阶段 `prove`（Prove）没有批准人（A）'],
  },
  {
    // YAML reads a number this large as text (or as infinity): it is a number, too big for §2's bound of 10^12.
    name: 'a number larger than any number (1e400)',
    changes: [['segments/smb.mdx', 'accounts: 400', 'accounts: 1e400']],
    expected: { code: 'invalid-field', file: 'segments/smb.mdx', line: 9, column: 11 },
    says: ['`accounts` must be at most 1,000,000,000,000, not 1e400.', '`accounts` 不能大于 1,000,000,000,000，现在是 1e400。'],
  },
  {
    name: 'a number above the bound of 10^12, shown with separators',
    changes: [['segments/smb.mdx', 'accounts: 400', 'accounts: 1800000000003']],
    expected: { code: 'invalid-field', file: 'segments/smb.mdx', line: 9, column: 11 },
    says: ['`accounts` must be at most 1,000,000,000,000, not 1,800,000,000,003.', '`accounts` 不能大于 1,000,000,000,000，现在是 1,800,000,000,003。'],
  },
  {
    name: 'a negative number larger than any number (-1e400)',
    changes: [['segments/smb.mdx', 'accounts: 400', 'accounts: -1e400']],
    expected: { code: 'invalid-field', file: 'segments/smb.mdx', line: 9, column: 11 },
    says: ['`accounts` must be at least 0, not -1e400.', '`accounts` 不能小于 0，现在是-1e400。'],
  },
];

describe('one mistake, one message, at its column', () => {
  it.each(MISTAKES)('$name', ({ changes, expected, says }) => {
    const errors = errorsOf(project(changes));
    expect(errors.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([`${expected.code} ${PB}/${expected.file}:${expected.line}:${expected.column}`]);
    expect(errors[0]!.message).toContain(says[0]);
  });

  it.each(MISTAKES)('$name, in a Chinese playbook', ({ changes, expected, says }) => {
    // The line numbers of index.mdx move by the `lang` line added after `currency`.
    const shift = expected.file === 'index.mdx' ? 1 : 0;
    const errors = errorsOf(project(changes, 'zh-CN'));
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([`${expected.code} ${expected.line + shift}:${expected.column}`]);
    expect(errors[0]!.message).toContain(says[1]);
    expect(errors[0]!.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/); // no English sentence
  });
});

describe('check --fix', () => {
  it.each(MISTAKES.filter((m) => m.fixed))('repairs $name and nothing else', async ({ changes, expected, fixed }) => {
    const root = project(changes);
    const before = snapshot(root);
    const { code, err } = await fix(root);
    expect(code, err).toBe(0);
    expect(err).toMatch(/^ {2}playbooks\/northwind\/\S+:\d+:\d+ {2}`.+` → `.+`$/m);
    expect(err).toMatch(/Fixed \d problems? in 1 file; nothing else was changed\./);
    const after = snapshot(root);
    const file = `${PB}/${expected.file}`;
    // Only that file changed, and in it only the lines of the mistake.
    for (const [path, text] of before) if (path !== file) expect(after.get(path), path).toBe(text);
    const old = before.get(file)!.split('\n');
    const now = after.get(file)!.split('\n');
    expect(now).toHaveLength(old.length);
    const changed = now.filter((line, i) => line !== old[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed[0]).toBe(fixed);
    expect(errorsOf(root)).toEqual([]);
    // The fixed project is the fixture again, but for the changes that were not mistakes (a title).
    expect(after.get(file)).toBe(readFileSync(join(root, file), 'utf8'));
  });

  it('lists its changes in the playbook\u2019s language and fixes several mistakes of one file at once', async () => {
    const root = project([['segments/smb.mdx', /dealSize: \d+/, 'dealSize：150万']], 'zh-CN');
    expect(errorsOf(root).map((d) => d.code)).toEqual(['yaml-syntax', 'invalid-field']);
    const { code, err } = await fix(root);
    expect(code, err).toBe(0);
    expect(err).toContain('`：` → `: `');
    expect(err).toContain('`150万` → `1500000`');
    expect(err).toContain('已在 1 个文件中改正 2 处，其他内容没有改动。');
    expect(readFileSync(join(root, PB, 'segments/smb.mdx'), 'utf8')).toContain('\ndealSize: 1500000\n');
  });

  it('leaves what has no safe fix, says so, and exits with the errors left', async () => {
    const root = project([['processes/consultative.mdx', /conversion: 0\.5/, 'conversion: 1.5']]);
    const before = snapshot(root);
    const { code, err } = await fix(root);
    expect(code).toBe(1);
    expect(err).toContain('Nothing to fix safely: no file was changed.');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('knock-ons are held back and counted', () => {
  /** Bodies that quote the consultative process: its stages in its own body, its win rate in a segment's. */
  const bodies: [string, string | RegExp, string][] = [
    ['processes/consultative.mdx', /---\n$/, '---\n\n<Stage id="discover">\n\nAsk.\n\n</Stage>\n\n<Stage id="prove">\n\nShow.\n\n</Stage>\n'],
    ['segments/mid-market.mdx', /---\n?$/, '---\n\nWins <Metric of="processes.consultative.winRate" /> of <Metric of="segments.mid-market.opportunities" /> opportunities.\n'],
  ];

  it('a conversion of 1.5 gives one error, not unknown stages and metrics in the bodies that quote the process', () => {
    const root = project([...bodies, ['processes/consultative.mdx', /conversion: 0\.5/, 'conversion: 1.5']]);
    const { diagnostics } = checkProject(root);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([`invalid-field ${PB}/processes/consultative.mdx:11:17`]);
    expect(errors[0]!.followers).toBe(3);
    expect(errors[0]!.message).toMatch(/`conversion` of stage `discover` \(Discover\) must be at most 1, not 1\.5\..* 3 more problems follow from this one and will be checked once it is fixed\.$/);
    expect(diagnostics.some((d) => d.code === 'unknown-metric')).toBe(false);
  });

  it('says it in Chinese for a Chinese playbook', () => {
    const root = project([...bodies, ['processes/consultative.mdx', /conversion: 0\.5/, 'conversion: 1.5']], 'zh-CN');
    const [error] = checkProject(root).diagnostics.filter((d) => d.severity === 'error');
    expect(error!.message).toMatch(/阶段 `discover`（Discover）的 `conversion` 不能大于 1，现在是 1\.5。.*由此还引出另外 3 个问题，改正之后会一并检查。$/);
  });

  it('once the error is fixed, what followed from it is checked: a stage that does not exist is reported then', () => {
    const root = project([
      ['processes/consultative.mdx', /---\n$/, '---\n\n<Stage id="discovr">\n\nAsk.\n\n</Stage>\n'],
      ['processes/consultative.mdx', /conversion: 0\.5/, 'conversion: 1.5'],
    ]);
    expect(errorsOf(root).map((d) => d.code)).toEqual(['invalid-field']);
    writeFileSync(join(root, PB, 'processes/consultative.mdx'), readFileSync(join(root, PB, 'processes/consultative.mdx'), 'utf8').replace('conversion: 1.5', 'conversion: 0.5'));
    const [error, ...rest] = errorsOf(root);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: 'unknown-metric', params: { value: 'discovr', suggestion: 'discover' } });
  });

  it('a role file with an error raises no mirror gap and no missing executive for the processes it is in', () => {
    const root = project([['roles/exec.mdx', 'headcount: 0.5', 'headcount: half']]);
    const { diagnostics } = checkProject(root);
    expect(diagnostics.map((d) => d.code)).not.toContain('mirror-gap');
    expect(diagnostics.map((d) => d.code)).not.toContain('key-account-executive');
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.file}`)).toEqual([`invalid-field ${PB}/roles/exec.mdx`]);
    expect(errors[0]!.followers).toBeGreaterThanOrEqual(1);
  });

  it('suggests a figure of the same entity, never another role\u2019s', () => {
    const root = project([['segments/mid-market.mdx', /---\n?$/, '---\n\n<Metric of="roles.se.requiredHourz" /> and <Metric of="roles.sx.requiredHours" />\n']]);
    const metrics = checkProject(root).diagnostics.filter((d) => d.code === 'unknown-metric');
    expect(metrics.map((d) => (d.params as { suggestion?: string }).suggestion)).toEqual(['roles.se.requiredHours', 'roles.se.requiredHours']);
    // The path of a role whose file has an error is held back: no suggestion of another role's figures for it.
    const broken = project([
      ['roles/se.mdx', /headcount: .*/, 'headcount: many'],
      ['segments/mid-market.mdx', /---\n?$/, '---\n\n<Metric of="roles.se.requiredHours" />\n'],
    ]);
    const all = checkProject(broken).diagnostics;
    expect(all.filter((d) => d.code === 'unknown-metric')).toEqual([]);
    // Held back: that figure, and the mirror gap of the enterprise buyers' CTO, whom the presales role mirrors.
    expect(all.find((d) => d.file.endsWith('roles/se.mdx'))!.followers).toBe(2);
    expect(all.map((d) => d.code)).not.toContain('mirror-gap');
  });

  it('holds back a figure of an entity with errors wherever the path names it: its measured figures too', () => {
    // A full-width colon breaks the segment's frontmatter; its own body quotes its measured and its assumed figures.
    const root = project(
      [
        ['segments/mid-market.mdx', /---\n?$/, '---\n\n<Metric of="actuals.measured.segments.mid-market.dealSize" /> against <Metric of="segments.mid-market.dealSize" />\n'],
        ['segments/mid-market.mdx', /^priority: /m, 'priority\uff1a'],
      ],
      'zh-CN',
    );
    const errors = errorsOf(root);
    expect(errors.map((d) => `${d.code} ${d.file}`)).toEqual([`yaml-syntax ${PB}/segments/mid-market.mdx`]);
    expect(errors[0]!.followers).toBeGreaterThanOrEqual(2);
  });
});

describe('a misspelt field', () => {
  it('is one unknown field that names the field meant, by the stage\u2019s id, not also a missing one', () => {
    const errors = errorsOf(project([['processes/consultative.mdx', /days: 30/, 'dayz: 30']]));
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['unknown-field 18:5']);
    expect(errors[0]!.message).toContain('Unknown field `dayz` of stage `prove` (Prove) in this process.');
    expect(errors[0]!.message).toContain('Did you mean `days`?');
    expect(errors[0]!.message).not.toContain('stages[');
  });
});

describe('the messages of a check', () => {
  it('are rendered once, in the playbook\u2019s language: never first in English', () => {
    const root = project([['processes/consultative.mdx', 'raci: { ae: A, se: R }', 'raci: { ae: R, se: R }']], 'zh-CN');
    const spec = CODES['raci-accountable'].message;
    const en = vi.spyOn(spec, 'en');
    const zh = vi.spyOn(spec, 'zh-CN');
    try {
      expect(errorsOf(root).map((d) => d.code)).toEqual(['raci-accountable']);
      expect(en).not.toHaveBeenCalled();
      expect(zh).toHaveBeenCalledTimes(1);
    } finally {
      en.mockRestore();
      zh.mockRestore();
    }
  });
});

describe('a keyboard left in Chinese', () => {
  it('gives one message for all the full-width colons of a file, and --fix repairs them all', async () => {
    const root = project([['roles/ae.mdx', /^(title|summary|function|headcount): /gm, '$1：']]);
    const errors = errorsOf(root);
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['yaml-syntax 2:6']);
    expect(errors[0]!.message).toContain('The file has 3 more like it.');
    const { code } = await fix(root);
    expect(code).toBe(0);
    expect(readFileSync(join(root, PB, 'roles/ae.mdx'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'model', PB, 'roles/ae.mdx'), 'utf8'));
  });
});
