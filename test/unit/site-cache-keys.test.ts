import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { bookKey, entityPageKey, playbookPageKey } from '../../src/site/cache-keys.ts';
import { createSite } from '../../src/site/site.ts';
import { docsPaths } from '../../src/site/views/docs.ts';
import { entityPaths, playbookPaths } from '../../src/site/views/pages.ts';
import { tempCopy } from '../support/helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Every cache key of the site of a project, by page. */
function keys(dir: string, options: Parameters<typeof createSite>[1] = {}) {
  const site = createSite(checkProject(dir), options);
  const out = new Map<string, string>();
  for (const path of playbookPaths(site)) out.set(`${path.params.pb}/`, path.cacheKey);
  for (const path of entityPaths(site)) out.set(`${path.params.pb}/${path.params.kind}/${path.params.id}/`, path.cacheKey);
  for (const pb of site.playbooks) out.set(`${pb.id}/book/`, bookKey(site, pb));
  const docs = docsPaths([{ id: 'guide', slug: 'guide', lang: 'en', title: 'Guide', description: 'd', order: 1, digest: 'x' }], 'en', site);
  out.set('docs/guide/', docs[0]!.cacheKey!);
  return out;
}

/** The pages whose key differs between two runs. */
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((page) => a.get(page) !== b.get(page)).sort();

describe('the cache keys of the incremental build', () => {
  it('change for the pages an edit shows on, and for no other', () => {
    const copy = tempCopy('site');
    cleanup = copy.cleanup;
    const before = keys(copy.dir);
    expect(keys(copy.dir)).toEqual(before);

    // A body: its entity's page (and twin) and the book; nothing of the other playbook, nothing else of this one.
    const segment = join(copy.dir, 'playbooks/demo/segments/smb.mdx');
    appendFileSync(segment, '\nA sentence added in an edit.\n');
    const afterBody = keys(copy.dir);
    expect(changed(before, afterBody)).toEqual(['demo/book/', 'demo/segments/smb/']);

    // A figure of the model: every page of that playbook, and the docs that may quote it; the other playbook's pages stay.
    writeFileSync(segment, readFileSync(segment, 'utf8').replace(/accounts: (\d+)/, (_, n: string) => `accounts: ${Number(n) + 1}`));
    const afterFigure = keys(copy.dir);
    const moved = changed(afterBody, afterFigure);
    expect(moved.filter((page) => page.startsWith('demo/')).length).toBe([...afterBody.keys()].filter((page) => page.startsWith('demo/')).length);
    expect(moved).toContain('docs/guide/');
    expect(moved.filter((page) => page.startsWith('zh-demo/'))).toEqual([]);

    // The site's options: every page.
    expect(changed(afterFigure, keys(copy.dir, { base: '/sub/' })).length).toBe(afterFigure.size);
    expect(changed(afterFigure, keys(copy.dir, { titles: { en: 'Another name' } })).length).toBe(afterFigure.size);
  });

  it('are the same for the same inputs whatever builds them', () => {
    const copy = tempCopy('site');
    cleanup = copy.cleanup;
    const site = createSite(checkProject(copy.dir));
    const again = createSite(checkProject(copy.dir));
    for (const [a, b] of site.playbooks.map((pb, i) => [pb, again.playbooks[i]!] as const)) {
      expect(playbookPageKey(site, a)).toBe(playbookPageKey(again, b));
      expect(entityPageKey(site, a, a.graph.index)).toBe(entityPageKey(again, b, b.graph.index));
    }
  });
});
