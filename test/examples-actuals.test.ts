/**
 * The examples' actuals (issue 22): their snapshots are what `actuals import`
 * writes from the committed synthetic exports, run again here; and the
 * drifts `check` reports are the ones their prose discusses. An examples
 * test: `npm run examples:drop` removes it with the examples.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.ts';
import { checkProject } from '../src/lint/check.ts';
import { captureIo } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const frontmatter = (text: string) => text.split('\n---\n')[0]!;

const tmp = mkdtempSync(join(tmpdir(), 'playbook-examples-actuals-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const IMPORTS = [
  ['northwind-software', 'opportunities.csv', ['--history', 'playbooks/_exports/northwind-software/opportunity-history.csv']],
  ['huayuan-equipment', 'deals.csv', []],
] as const;

describe('the examples\u2019 snapshots', () => {
  it.each(IMPORTS)('%s: importing its export again writes the same counts, a quarter apart', async (pb, file, extra) => {
    const root = join(tmp, pb);
    cpSync(join(ROOT, 'playbooks'), join(root, 'playbooks'), { recursive: true });
    for (const [from, to, month] of [
      ['2025-09-01', '2026-08-31', '2026-08'],
      ['2025-12-01', '2026-11-30', '2026-11'],
    ] as const) {
      const io = captureIo(root);
      expect(await run(['actuals', 'import', pb, `playbooks/_exports/${pb}/${file}`, ...extra, '--from', from, '--to', to, '--force', '--root', root], io), io.err).toBe(0);
      const path = `playbooks/${pb}/actuals/${month}.mdx`;
      expect(frontmatter(readFileSync(join(root, path), 'utf8'))).toBe(frontmatter(readFileSync(join(ROOT, path), 'utf8')));
    }
  });

  it('drift where the prose says, and nowhere else', () => {
    const drift = checkProject(ROOT, { today: '2026-12-07' })
      .diagnostics.filter((d) => d.code === 'actuals-drift')
      .map((d) => `${d.file}:${d.line}`);
    expect(drift).toEqual(['playbooks/huayuan-equipment/segments/sme-factories.mdx:26', 'playbooks/northwind-software/processes/velocity-sale.mdx:27']);
    // Each is discussed in the body of its file, through the measured figure.
    expect(readFileSync(join(ROOT, 'playbooks/northwind-software/processes/velocity-sale.mdx'), 'utf8')).toContain('<Metric of="actuals.processes.velocity-sale.stages.prove.conversion" />');
    expect(readFileSync(join(ROOT, 'playbooks/huayuan-equipment/segments/sme-factories.mdx'), 'utf8')).toContain('<Metric of="actuals.segments.sme-factories.dealSize" />');
  });
});
