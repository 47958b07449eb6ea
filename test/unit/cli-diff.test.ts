import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIo, tempCopy } from '../support/helpers.ts';

/**
 * A fixture git repository made in the test: the valid fixture committed, then
 * a second commit that multiplies the `smb` segment's accounts by ten.
 */
let dir: string;
let cleanup: () => void;
const segment = 'playbooks/acme/segments/smb.mdx';

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  ({ dir, cleanup } = tempCopy('valid'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'first');
  const text = readFileSync(join(dir, segment), 'utf8');
  writeFileSync(join(dir, segment), text.replace('accounts: 100', 'accounts: 1000'));
  git('commit', '-qam', 'ten times the accounts');
});
afterAll(() => cleanup());

describe('diff command', () => {
  it('reports the changed fields and the metric moves, biggest first', async () => {
    const io = captureIo(dir);
    expect(await run(['diff', 'HEAD~1'], io)).toBe(0);
    expect(io.out).toContain('## Playbook changes against `HEAD~1`');
    expect(io.out).toContain('| `segments/smb.mdx` | changed | `accounts` |');
    // rep: 500 opportunities × (1 h + 0.5 × 2 h) + 1000 accounts × 2 × 0.5 h = 2000 h > 1400 h, so κ = 0.7
    expect(io.out).toContain('### Acme sales model (`acme`)');
    expect(io.out).toContain('| Segment `smb` coverage | 100% | 70% | −30 pts |');
    // expected wins: 50 × 1 × 0.2 = 10 → 500 × 0.7 × 0.2 = 70
    expect(io.out).toContain('| Segment `smb` expected wins | 10 | 70 | +60 |');
    expect(io.out).toContain('| Role `rep` load | 14.3% | 142.9% | +128.6 pts |');
    // v1.2: the people the segment takes, rounded up to tenths as every page prints people needed.
    expect(io.out).toContain('| Segment `smb` people | 0.2 people | 1.5 people | +1.3 people |');
    const rows = io.out.split('\n').filter((l) => l.startsWith('| Segment') || l.startsWith('| Role') || l.startsWith('| Playbook'));
    // relative size: load +900% (0.14 → 1.43) outranks expected wins +600% and coverage −30%
    expect(rows[0]).toContain('Role `rep` load');
    expect(rows.at(-1)).toContain('coverage');
    expect(io.out).toContain('**new** warning `capacity-exceeded`');
  });

  it('compares the working tree, so an uncommitted edit shows', async () => {
    const text = readFileSync(join(dir, segment), 'utf8');
    writeFileSync(join(dir, segment), text.replace('dealSize: 1000', 'dealSize: 2000'));
    try {
      const io = captureIo(dir);
      await run(['diff', 'HEAD', '--format', 'json'], io);
      const report = JSON.parse(io.out) as {
        version: number;
        entities: { id: string; fields: string[] }[];
        metrics: { scope: string; id: string; metric: string; old: number; new: number; delta: number }[];
      };
      expect(report.version).toBe(1);
      expect(report.entities).toEqual([{ playbook: 'acme', kind: 'segments', id: 'smb', change: 'changed', fields: ['dealSize'] }]);
      const revenue = report.metrics.find((m) => m.scope === 'segment' && m.metric === 'expectedRevenue');
      expect(revenue).toMatchObject({ id: 'smb', old: 70_000, new: 140_000 });
      expect(revenue!.delta).toBeCloseTo(70_000, 6);
    } finally {
      writeFileSync(join(dir, segment), text);
    }
  });

  it('says nothing changed against the same commit', async () => {
    const io = captureIo(dir);
    await run(['diff', 'HEAD'], io);
    expect(io.out).toContain('No playbook content, number or diagnostic changed.');
  });

  it('exits 2 with a clear message for a ref that does not exist', async () => {
    const io = captureIo(dir);
    expect(await run(['diff', 'no-such-branch'], io)).toBe(2);
    expect(io.err).toContain('The git ref `no-such-branch` does not exist here');
  });

  it('exits 2 without a ref', async () => {
    expect(await run(['diff'], captureIo(dir))).toBe(2);
  });

  it('exits 1 with the diagnostics, and no report, when the working tree has errors', async () => {
    const text = readFileSync(join(dir, segment), 'utf8');
    writeFileSync(join(dir, segment), text.replace('process: quick', 'process: quik'));
    try {
      const io = captureIo(dir);
      expect(await run(['diff', 'HEAD~1'], io)).toBe(1);
      expect(io.out).toBe('');
      expect(io.err).toContain('playbooks/acme/segments/smb.mdx:13:10 error broken-reference');
      expect(io.err).toContain('No report: the working tree has 1 error, and the numbers of a broken model would mislead.');
    } finally {
      writeFileSync(join(dir, segment), text);
    }
  });

  it('prints its usage with --help and exits 0', async () => {
    const io = captureIo(dir);
    expect(await run(['diff', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: npm run playbook -- diff <git-ref> \[root\] \[--format markdown\|json\] \[--lang en\|zh-CN\]\n/);
  });
});

/**
 * Scenarios in the diff: test/fixtures/scenarios/basic committed, then its
 * `hire` scenario asks for two more representatives instead of one, and the
 * segment's deals double: both scenarios' numbers move.
 */
describe('diff command, scenarios', () => {
  let repo: string;
  let done: () => void;
  const inRepo = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' });

  beforeAll(() => {
    ({ dir: repo, cleanup: done } = tempCopy('scenarios/basic'));
    inRepo('init', '-q', '-b', 'main');
    inRepo('add', '-A');
    inRepo('commit', '-qm', 'first');
    const hire = join(repo, 'playbooks/acme/scenarios/hire.mdx');
    writeFileSync(hire, readFileSync(hire, 'utf8').replace('add: 1', 'add: 2'));
    const smb = join(repo, 'playbooks/acme/segments/smb.mdx');
    writeFileSync(smb, readFileSync(smb, 'utf8').replace('dealSize: 1000', 'dealSize: 2000'));
    writeFileSync(join(repo, 'playbooks/acme/scenarios/quiet.mdx'), '---\ntitle: A quiet year\nsummary: Fewer touches.\nchanges:\n  - set: segments/smb.coverage.touchesPerYear\n    to: 1\n---\n');
  });
  afterAll(() => done());

  it('reports each scenario whose numbers moved, with its own moves, and the new ones', async () => {
    const io = captureIo(repo);
    expect(await run(['diff', 'HEAD'], io)).toBe(0);
    expect(io.out).toContain('| `scenarios/hire.mdx` | changed | `changes` |');
    expect(io.out).toContain('| `scenarios/quiet.mdx` | added |  |');
    expect(io.out).toContain('#### Scenarios');
    expect(io.out).toContain('Scenario `quiet` (A quiet year): new, evaluated only in this version.');
    // better-close: only the deal size moved under it ($7,500 → $15,000).
    expect(io.out).toContain('Scenario `better-close` (A better close): its numbers moved.');
    expect(io.out).toMatch(/Scenario `better-close`[^]*?\| Playbook expected revenue \| \$7,500 \| \$15,000 \| \+\$7,500 \|/);
    // hire: three representatives instead of two, and the deal size; rep's load 1 → 0.67.
    expect(io.out).toMatch(/Scenario `hire` \(One more representative\): its numbers moved\.\n\n\| Metric \| Old \| New \| Change \|\n\|---\|--:\|--:\|--:\|\n/);
    expect(io.out).toMatch(/Scenario `hire`[^]*?\| Role `rep` load \| 100% \| 66\.7% \| −33\.3 pts \|/);
    expect(io.out).toMatch(/Scenario `hire`[^]*?\| Playbook expected revenue \| \$10,000 \| \$20,000 \| \+\$10,000 \|/);
  });

  it('lists the scenarios in the JSON report', async () => {
    const io = captureIo(repo);
    expect(await run(['diff', 'HEAD', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out) as { scenarios: { playbook: string; id: string; title: string; change: string; metrics: { scope: string; id: string; metric: string; old: number; new: number }[] }[] };
    expect(report.scenarios.map((s) => [s.id, s.change])).toEqual([
      ['better-close', 'moved'],
      ['hire', 'moved'],
      ['quiet', 'added'],
    ]);
    const hire = report.scenarios[1]!;
    expect(hire).toMatchObject({ playbook: 'acme', title: 'One more representative' });
    expect(hire.metrics.find((m) => m.scope === 'role' && m.id === 'rep' && m.metric === 'load')).toMatchObject({ old: 1, new: 200 / 300 });
    expect(report.scenarios[2]!.metrics).toEqual([]);
  });
});

/**
 * The cost side and the playbook's language: test/fixtures/scenarios/chinese (a zh-CN playbook in CNY) committed,
 * then its half-time presales engineer made a whole one with a cost of ¥300,000 a year.
 */
describe('diff command, a Chinese playbook with costs', () => {
  let repo: string;
  let done: () => void;
  const inRepo = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' });

  beforeAll(() => {
    ({ dir: repo, cleanup: done } = tempCopy('scenarios/chinese'));
    inRepo('init', '-q', '-b', 'main');
    inRepo('add', '-A');
    inRepo('commit', '-qm', 'first');
    const role = join(repo, 'playbooks/huayuan/roles/presales-engineer.mdx');
    writeFileSync(role, readFileSync(role, 'utf8').replace('headcount: 0.5', 'headcount: 1\ncost: 300000'));
  });
  afterAll(() => done());

  it('writes the playbook’s section in Chinese, money in 万元, with what the change costs and adds', async () => {
    const io = captureIo(repo);
    expect(await run(['diff', 'HEAD'], io)).toBe(0);
    expect(io.out).toMatch(/^## 与 `HEAD` 相比的销售手册变更\n/);
    expect(io.out).toContain('| `roles/presales-engineer.mdx` | 修改 | `cost`, `headcount` |');
    expect(io.out).toContain('| 指标 | 原值 | 新值 | 变化 |');
    // 0.5 → 1 presales engineer: coverage 50% → 100%, five more wins of ¥100,000 (test/unit/model-next-hire.test.ts).
    expect(io.out).toContain('| 整体预计签约额 | 50 万元 | 100 万元 | +50 万元 |');
    expect(io.out).toContain('| 岗位 `presales-engineer` 的年成本 | — | 30 万元 | 新增 |');
    // 12 × 30 万 ÷ 50 万 = 7.2 months.
    expect(io.out).toContain('**成本与回报**：每年成本 +30 万元，每年新签约额 +50 万元，净增 +20 万元；7.2 个月回本。');
    expect(io.out).not.toMatch(/¥|Playbook|Metric/);
    // --lang en writes it in English, money in full.
    const en = captureIo(repo);
    expect(await run(['diff', 'HEAD', '--lang', 'en'], en)).toBe(0);
    expect(en.out).toContain('**Cost side:** +CN¥300K a year for +CN¥500K of new bookings a year, net +CN¥200K; pays back in 7.2 months.');
    const json = captureIo(repo);
    expect(await run(['diff', 'HEAD', '--format', 'json'], json)).toBe(0);
    expect((JSON.parse(json.out) as { money: Record<string, unknown> }).money).toEqual({ huayuan: { costPerYear: 300000, bookingsPerYear: 500000, net: 200000, paybackMonths: 7.2 } });
  });
});
