/**
 * The body cache of the content loader, without a build: every input a body's
 * HTML depends on (the engine's code, the body, the language, the currency,
 * the figures it quotes) renders it again when it changes, an unchanged one is
 * served from the store, and the store after any sequence of changes holds
 * exactly what a cold store would.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { sync, type SyncContext } from '../../src/integration/playbook-loader.ts';
import { computePipelineDigest, pipelineDigest } from '../../src/integration/pipeline-digest.ts';
import { tempCopy } from '../support/helpers.ts';

interface Entry {
  id: string;
  digest?: string | number;
  rendered?: { html: string };
}

/** An in-memory stand-in for Astro's loader contexts: one scoped store per collection, as Astro gives each loader. */
function fakeContext() {
  const entries = new Map<string, Entry>();
  const noop = () => {};
  const forKind = (kind: string): SyncContext => {
    const key = (id: string) => `${kind}\0${id}`;
    const store = {
      get: (id: string) => entries.get(key(id)),
      set: (entry: Entry) => (entries.set(key(entry.id), entry), true),
      keys: () => [...entries.keys()].filter((k) => k.startsWith(`${kind}\0`)).map((k) => k.slice(kind.length + 1)),
      delete: (id: string) => void entries.delete(key(id)),
    };
    return {
      store: store as unknown as SyncContext['store'],
      generateDigest: (data: Record<string, unknown> | string) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
      logger: { info: noop, warn: noop, error: noop, debug: noop } as unknown as SyncContext['logger'],
    };
  };
  return { entries, forKind };
}

const KINDS = ['playbook', 'segments', 'offerings', 'processes', 'roles'];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function project() {
  const copy = tempCopy('site');
  cleanup = copy.cleanup;
  const index = join(copy.dir, 'playbooks/demo/index.mdx');
  // A body of another file that quotes money: its HTML depends on the playbook's currency, not on its own data.
  appendFileSync(join(copy.dir, 'playbooks/demo/segments/enterprise.mdx'), '\nBookings: <Metric of="expectedRevenue" />.\n');
  return { dir: copy.dir, index };
}

async function syncAll(context: ReturnType<typeof fakeContext>, dir: string, pipeline?: string) {
  const check = checkProject(dir);
  let rendered = 0;
  for (const kind of KINDS) rendered += (await sync(context.forKind(kind), kind, check, pipeline)).rendered;
  return rendered;
}

/** What a cold store holds for the project as it is now. */
async function coldHtml(dir: string, pipeline?: string): Promise<Map<string, string>> {
  const cold = fakeContext();
  await syncAll(cold, dir, pipeline);
  return new Map([...cold.entries].map(([id, e]) => [id, e.rendered?.html ?? '']));
}

const htmlOf = (context: ReturnType<typeof fakeContext>) => new Map([...context.entries].map(([id, e]) => [id, e.rendered?.html ?? '']));

describe('the body cache', () => {
  it('serves an unchanged body from the store, and renders again each body whose input changed', async () => {
    const { dir, index } = project();
    const warm = fakeContext();
    const total = await syncAll(warm, dir);
    expect(total).toBeGreaterThan(5);
    expect(await syncAll(warm, dir)).toBe(0);

    // The currency: only the bodies that quote money are rendered again, and now show the new one.
    writeFileSync(index, readFileSync(index, 'utf8').replace('sellingHours: 1000', 'sellingHours: 1000\ncurrency: EUR'));
    expect(await syncAll(warm, dir)).toBeGreaterThanOrEqual(1);
    expect(warm.entries.get('segments\0demo/segments/enterprise')!.rendered!.html).toContain('€');
    expect(htmlOf(warm)).toEqual(await coldHtml(dir));

    // The language.
    writeFileSync(index, readFileSync(index, 'utf8').replace('currency: EUR', 'currency: EUR\nlang: zh-CN'));
    expect(await syncAll(warm, dir)).toBeGreaterThanOrEqual(1);
    expect(htmlOf(warm)).toEqual(await coldHtml(dir));

    // One body.
    appendFileSync(join(dir, 'playbooks/demo/segments/smb.mdx'), '\nA sentence added in an edit.\n');
    expect(await syncAll(warm, dir)).toBe(1);
    expect(warm.entries.get('segments\0demo/segments/smb')!.rendered!.html).toContain('A sentence added in an edit.');
    expect(htmlOf(warm)).toEqual(await coldHtml(dir));
  });

  it('renders every body again when the engine’s code or a library of its pipeline changes', async () => {
    const { dir } = project();
    const warm = fakeContext();
    const total = await syncAll(warm, dir, 'engine-1');
    expect(await syncAll(warm, dir, 'engine-1')).toBe(0);
    expect(await syncAll(warm, dir, 'engine-2')).toBe(total);
  });
});

describe('the pipeline digest', () => {
  it('changes with any source file of the engine and with a library’s version', () => {
    const src = mkdtempSync(join(tmpdir(), 'engine-'));
    try {
      mkdirSync(join(src, 'body'));
      writeFileSync(join(src, 'body/render.ts'), 'export const a = 1;\n');
      const before = computePipelineDigest(src, []);
      expect(computePipelineDigest(src, [])).toBe(before);
      appendFileSync(join(src, 'body/render.ts'), 'export const b = 2;\n');
      expect(computePipelineDigest(src, [])).not.toBe(before);
      // The real one names the installed version of each library.
      expect(computePipelineDigest(src, ['rehype-sanitize'])).not.toBe(computePipelineDigest(src, []));
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
    expect(pipelineDigest()).toMatch(/^[0-9a-f]{32}$/);
  });
});
