import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite, getSite } from '../../src/site/index.ts';
import { fixtureSite, SITE_ROOT } from '../support/site-fixture.ts';

const ROOT = SITE_ROOT;
const site = fixtureSite();

describe('createSite / getSite', () => {
  it('keeps the complete playbooks in id order with their language and diagnostics', () => {
    expect(site.playbooks.map((pb) => pb.id)).toEqual(['demo', 'zh-demo']);
    expect(site.playbooks.map((pb) => pb.lang)).toEqual(['en', 'zh-CN']);
    const demo = site.playbooks[0]!;
    expect(demo.diagnostics.map((d) => d.code).sort()).toEqual(['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal']);
    expect(demo.segments.map((s) => s.id)).toEqual(['enterprise', 'smb']);
  });

  it('lists every source file of a playbook, index first, then each kind of the registry in order', () => {
    expect(site.playbooks[0]!.files).toEqual([
      'playbooks/demo/index.mdx',
      'playbooks/demo/segments/enterprise.mdx',
      'playbooks/demo/segments/smb.mdx',
      'playbooks/demo/offerings/onboarding.mdx',
      'playbooks/demo/offerings/platform.mdx',
      'playbooks/demo/offerings/starter.mdx',
      'playbooks/demo/processes/quick.mdx',
      'playbooks/demo/processes/solution.mdx',
      'playbooks/demo/roles/ae.mdx',
      'playbooks/demo/roles/exec.mdx',
      'playbooks/demo/roles/se.mdx',
      'playbooks/demo/scenarios/second-ae.mdx',
    ]);
  });

  it('reuses the numbers the check computed', () => {
    const check = checkProject(ROOT);
    const reused = createSite(check);
    expect(reused.playbooks[0]!.metrics).toBe(check.metrics.get('demo'));
  });

  it('checks and computes once per root and options', () => {
    const a = getSite({ root: ROOT, base: '/x/' });
    expect(getSite({ root: `${ROOT}/`, base: '/x/' })).toBe(a);
    expect(getSite({ root: ROOT, base: '/y/' })).not.toBe(a);
    expect(getSite({ root: ROOT, base: '/x/', cache: false })).not.toBe(a);
  });

  it('leaves reserved playbook ids to the check (`reserved-id`), and does not throw on one', () => {
    const check = checkProject(ROOT);
    const renamed = { ...check, playbooks: check.playbooks.map((pb) => (pb.id === 'demo' ? { ...pb, id: 'docs', dir: 'playbooks/docs' } : pb)) };
    expect(createSite(renamed).playbooks.map((pb) => pb.id)).toEqual(['docs', 'zh-demo']);
  });
});
