/**
 * The checks of actuals (format v1.2 §10): a snapshot's stages and counts,
 * its month, the import mapping's references, and `<Metric of="actuals.…">`
 * in bodies — each at its exact line, one message per mistake.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/docs/run-example.ts';
import { fixture } from '../support/helpers.ts';

/** The actuals fixture as a tree of files, ready to change. */
function baseTree(): Record<string, string> {
  const root = fixture('actuals');
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

const SNAPSHOT = 'playbooks/northwind/actuals/2026-06.mdx';

function snapshot(segments: string, period = 'period:\n  from: 2025-07-01\n  to: 2026-06-30'): string {
  return `---\ntitle: Test\n${period}\nsegments:\n${segments}---\n`;
}

/** The diagnostics of the tree with these files replaced (or added), except the model's own warnings. */
function check(changes: Record<string, string>) {
  const tree = { ...baseTree(), ...changes };
  return checkTree(tree)
    .diagnostics.filter((d) => !['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal', 'actuals-stale', 'actuals-drift'].includes(d.code))
    .map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column, message: d.message }));
}

describe('snapshot counts', () => {
  it('the fixture itself has no error', () => {
    expect(check({}).filter((d) => d.code !== 'unused-entity')).toEqual([]);
  });

  it('won + lost above opportunities: at `opportunities`', () => {
    const found = check({ [SNAPSHOT]: snapshot('  smb:\n    opportunities: 10\n    won: 8\n    lost: 5\n    wonAmount: 100\n') });
    expect(found.map(({ code, line, column }) => [code, line, column])).toEqual([['actuals-inconsistent', 8, 5]]);
    expect(found[0]!.message).toContain('won (8) and lost (5) make 13 resolved opportunities, more than the 10 created');
  });

  it('reached that grows, exceeds won + lost, or falls below won at the last stage: one message each, at the stage\u2019s key', () => {
    const grows = check({ [SNAPSHOT]: snapshot('  mid-market:\n    opportunities: 50\n    won: 5\n    lost: 20\n    wonAmount: 100\n    reached: { discover: 20, prove: 22, close: 6 }\n') });
    expect(grows.map(({ code, line, column }) => [code, line, column])).toEqual([['actuals-inconsistent', 12, 30]]);
    expect(grows[0]!.message).toContain('`reached.prove` (22) is more than `reached.discover` (20)');
    const above = check({ [SNAPSHOT]: snapshot('  mid-market:\n    opportunities: 50\n    won: 5\n    lost: 20\n    wonAmount: 100\n    reached:\n      discover: 30\n      prove: 10\n      close: 4\n') });
    expect(above.map(({ code, line }) => [code, line])).toEqual([
      ['actuals-inconsistent', 13],
      ['actuals-inconsistent', 15],
    ]);
    expect(above[0]!.message).toContain('more than the 25 resolved opportunities');
    expect(above[1]!.message).toContain('`reached.close` (4) is less than the 5 won');
  });

  it('stages the segment\u2019s process does not have, and segments the playbook does not have: broken-reference', () => {
    const found = check({ [SNAPSHOT]: snapshot('  smb:\n    opportunities: 10\n    won: 1\n    lost: 1\n    wonAmount: 100\n    reached: { qualify: 2, discover: 1 }\n  nobody:\n    opportunities: 1\n    won: 0\n    lost: 0\n    wonAmount: 0\n') });
    expect(found.map(({ code, line, column }) => [code, line, column])).toEqual([
      ['broken-reference', 12, 28],
      ['broken-reference', 13, 3],
    ]);
    expect(found[0]!.message).toBe('Process `velocity` has no stage `discover`. Its stages are `qualify` and `close`. Use one of them.');
    expect(found[1]!.message).toContain('No segment `nobody` in playbook `northwind`');
  });

  it('a file not named after the month of `period.to`, and a name that is no month', () => {
    const found = check({ 'playbooks/northwind/actuals/2026-05.mdx': snapshot('  smb:\n    opportunities: 1\n    won: 0\n    lost: 0\n    wonAmount: 0\n'), 'playbooks/northwind/actuals/june.mdx': snapshot('  smb:\n    opportunities: 1\n    won: 0\n    lost: 0\n    wonAmount: 0\n') });
    expect(found.map(({ code, file, line }) => [code, file, line])).toEqual([
      ['invalid-field', 'playbooks/northwind/actuals/2026-05.mdx', 5],
      ['invalid-id', 'playbooks/northwind/actuals/june.mdx', 1],
    ]);
    expect(found[0]!.message).toContain('must be a day of 2026-05');
    expect(found[1]!.message).toContain('is not a month');
  });

  it('period and segments must make sense: `from` after `to`, no segment at all', () => {
    const found = check({ [SNAPSHOT]: '---\ntitle: Test\nperiod:\n  from: 2026-07-01\n  to: 2026-06-30\nsegments: {}\n---\n' });
    expect(found.map(({ code, line }) => [code, line])).toEqual([
      ['invalid-field', 4],
      ['invalid-field', 6],
    ]);
    expect(found[0]!.message).toContain('must not be after `to`');
    expect(found[1]!.message).toContain('needs at least one segment');
  });
});

describe('the import mapping of index.mdx', () => {
  const mapping = (body: string) => {
    const index = baseTree()['playbooks/northwind/index.mdx']!;
    return index.replace('goals:', `actuals:\n  import:\n${body}goals:`);
  };

  it('names segments and stages that exist (won and lost too); an `entered` key is a stage', () => {
    const found = check({
      'playbooks/northwind/index.mdx': mapping(
        '    columns: { id: Id, segment: Type, created: Created, stage: Stage }\n    stages: { New: qualify, Won: won, Lost: lost, Demo: demo }\n    segments: { SMB: smb, Big: enterprize }\n    entered: { prove: Proved, pitch: Pitched }\n',
      ),
    });
    expect(found.map(({ code, line, column }) => [code, line, column])).toEqual([
      ['broken-reference', 9, 57],
      ['broken-reference', 10, 32],
      ['broken-reference', 11, 31],
    ]);
    expect(found[0]!.message).toContain('No process of playbook `northwind` has a stage `demo`');
    expect(found[1]!.message).toContain('No segment `enterprize`');
  });
});

describe('bodies quote actuals', () => {
  const body = (text: string) => ({ 'playbooks/northwind/segments/smb.mdx': baseTree()['playbooks/northwind/segments/smb.mdx']!.trimEnd() + `\n\n${text}\n` });

  it('accepts paths of the latest snapshot, of a snapshot by month and of the model at measured rates', () => {
    expect(
      check(
        body(
          'Win rate <Metric of="actuals.segments.smb.winRate" />, <Metric of="actuals.processes.velocity.stages.close.conversion" />, in March <Metric of="actuals.segments.smb.winRate" month="2026-03" />; at measured rates <Metric of="actuals.measured.expectedRevenue" />.',
        ),
      ),
    ).toEqual([]);
  });

  it('reports a path the snapshot does not have, a month that is no snapshot, a measured path that is no metric', () => {
    const found = check(
      body('<Metric of="actuals.segments.enterprise.winRate" /> <Metric of="actuals.segments.smb.winRate" month="2026-04" /> <Metric of="actuals.measured.coverag" />'),
    );
    expect(found.map((d) => d.code)).toEqual(['unknown-metric', 'unknown-metric', 'unknown-metric']);
    expect(found[1]!.message).toContain('Did you mean `2026-03`?');
    expect(found[2]!.message).toContain('Did you mean `actuals.measured.coverage`?');
  });
});
