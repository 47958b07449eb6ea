import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

/** The GitHub Actions workflows can't run here: at least keep them valid and pointing at real scripts. */
const dir = new URL('../../.github/workflows/', import.meta.url);
const scripts = Object.keys((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts);

interface Workflow {
  name: string;
  on: unknown;
  jobs: Record<string, { 'runs-on': string; steps: { run?: string; uses?: string }[] }>;
}

describe('GitHub workflows', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('exist for pull requests and for deploying', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  for (const file of files) {
    it(`${file} is valid YAML with jobs that run real npm scripts`, () => {
      const doc = parseDocument(readFileSync(new URL(file, dir), 'utf8'));
      expect(doc.errors).toEqual([]);
      const workflow = doc.toJS() as Workflow;
      expect(workflow.name).toBeTruthy();
      expect(workflow.on).toBeTruthy();
      for (const job of Object.values(workflow.jobs)) {
        expect(job['runs-on']).toBe('ubuntu-latest');
        expect(job.steps.length).toBeGreaterThan(0);
        for (const step of job.steps) {
          expect(Boolean(step.run) !== Boolean(step.uses)).toBe(true);
          for (const [, script] of (step.run ?? '').matchAll(/npm run (?:-s )?([\w:-]+)/g)) expect(scripts).toContain(script);
        }
      }
    });
  }

  it('the pull-request workflow annotates with check --format github and writes the diff to the job summary', () => {
    const text = readFileSync(new URL('pull-request.yml', dir), 'utf8');
    expect(text).toContain('check --format github');
    expect(text).toMatch(/diff .*>> "\$GITHUB_STEP_SUMMARY"/);
  });

  it('the deploy workflow builds under the repository sub-path, unless the repository\u2019s variables say otherwise', () => {
    const text = readFileSync(new URL('deploy.yml', dir), 'utf8');
    expect(text).toContain("BASE_PATH: ${{ vars.BASE_PATH || format('/{0}/', github.event.repository.name) }}");
    expect(text).toContain("SITE_URL: ${{ vars.SITE_URL || format('https://{0}.github.io', github.repository_owner) }}");
  });

  it('the deploying page shows the deploy workflow as it is', () => {
    const page = readFileSync(new URL('../../content/deploying.mdx', import.meta.url), 'utf8');
    const block = /```yaml title="\.github\/workflows\/deploy\.yml"\n([\s\S]*?)^```$/m.exec(page)?.[1];
    expect(block).toBeDefined();
    // The page leaves out the file's leading comment, nothing else.
    const workflow = readFileSync(new URL('deploy.yml', dir), 'utf8').replace(/^#.*\n/, '');
    expect(block).toBe(workflow);
  });
});
