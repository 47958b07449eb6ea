import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTICS_ENDPOINT } from '../../src/integration/playbook-check.ts';
import { fixtureProject } from '../support/helpers.ts';
import { launchChromium } from '../support/chromium.ts';
import { withoutTestRunner } from '../support/build-site.ts';

/**
 * Starts `astro dev` on a copy of the valid fixture, breaks a playbook file,
 * sees the diagnostic in the terminal, from the server and in the browser's
 * error overlay, fixes the file and sees it clear — without restarting the
 * server.
 */
let project: { dir: string; cleanup: () => void };
let server: ChildProcess;
let output = '';
let base = '';
/** What the test waits for, said when it fails. */
let waitingFor = '';

afterEach(({ task }) => {
  if (task.result?.state === 'fail') console.error(`${task.name}: last waited for ${waitingFor}. The dev server's output:\n${output}`);
});

/**
 * The first value of `probe` that is not undefined, asked again every tenth of a second for as long as it takes: a
 * condition, not a clock (the project's test timeout ends a test that hangs, with `what` and the server's output).
 */
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  waitingFor = what;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function diagnostics(): Promise<{ code: string; file: string; line: number }[]> {
  const response = await fetch(`${base}${DIAGNOSTICS_ENDPOINT}`);
  return ((await response.json()) as { diagnostics: { code: string; file: string; line: number }[] }).diagnostics;
}

beforeAll(async () => {
  project = fixtureProject('valid');
  server = spawn(join(project.dir, 'node_modules/.bin/astro'), ['dev', '--port', '4410', '--host', '127.0.0.1'], {
    cwd: project.dir,
    // As an author starts it: under Vitest's variables (VITEST…, NODE_ENV=test) Astro's dev server serves no pages.
    env: { ...withoutTestRunner(), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  base = await until('the dev server', () => /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[0]?.replace(/\/$/, ''));
});

afterAll(() => {
  server?.kill();
  project?.cleanup();
});

describe('astro dev: live feedback while writing', () => {
  it('reports a broken save in the terminal and from the server, and clears it once fixed', async () => {
    expect(await diagnostics()).toEqual([]);
    const file = join(project.dir, 'playbooks/acme/segments/smb.mdx');
    const good = readFileSync(file, 'utf8');
    const started = output.length;

    writeFileSync(file, good.replace('process: quick', 'process: quik'));
    const broken = await until('the diagnostic', async () => {
      const found = (await diagnostics()).find((d) => d.code === 'broken-reference');
      return found;
    });
    expect(broken).toMatchObject({ file: 'playbooks/acme/segments/smb.mdx', line: 13 });
    await until('the terminal report', () => (output.slice(started).includes('playbooks/acme/segments/smb.mdx:13:10 error broken-reference') ? true : undefined));

    writeFileSync(file, good);
    await until('the diagnostics to clear', async () => ((await diagnostics()).length === 0 ? true : undefined));
    await until('the all-clear in the terminal', () => (output.slice(started).includes('Playbooks checked: no problems.') ? true : undefined));
  });

  it('shows an edit of the frontmatter and of the body on the page without a restart', async () => {
    const file = join(project.dir, 'playbooks/acme/segments/smb.mdx');
    const good = readFileSync(file, 'utf8');
    const page = async () => (await fetch(`${base}/acme/segments/smb/`, { headers: { accept: 'text/html' } })).text();
    expect(await page()).not.toContain('Renamed small businesses');
    try {
      writeFileSync(file, `${good.replace(/^title: .*$/m, 'title: Renamed small businesses')}\nA sentence added while the server runs.\n`);
      const html = await until('the edited page', async () => {
        const text = await page();
        return text.includes('A sentence added while the server runs.') && text.includes('Renamed small businesses') ? text : undefined;
      });
      expect(html).toContain('<h1');
    } finally {
      writeFileSync(file, good);
      await until('the page as it was', async () => ((await page()).includes('Renamed small businesses') ? undefined : true));
    }
  });

  it('shows the problem in the error overlay of a page opened while the file is broken, and reloads it clean once fixed', async () => {
    const file = join(project.dir, 'playbooks/acme/segments/smb.mdx');
    const good = readFileSync(file, 'utf8');
    const browser = await launchChromium();
    try {
      writeFileSync(file, good.replace('process: quick', 'process: quik'));
      await until('the diagnostic', async () => ((await diagnostics()).some((d) => d.code === 'broken-reference') ? true : undefined));

      const page = await browser.newPage();
      page.setDefaultTimeout(0);
      await page.goto(`${base}/docs/`);
      // Astro's overlay: Vite's <vite-error-overlay> element with Astro's own content in its (open) shadow root.
      const overlay = page.locator('vite-error-overlay');
      // The element itself has no box (its content is in its shadow root): wait for it to be there, then for its text.
      await overlay.waitFor({ state: 'attached', timeout: 0 });
      // Read it once it is stable (Vite may reload the page once while it optimizes dependencies).
      const message = await until('the overlay text', () => overlay.locator('#message-content').innerText().catch(() => undefined));
      expect(await overlay.locator('#message-content').isVisible()).toBe(true);
      expect(message).toContain('The playbooks have 1 error');
      expect(message).toContain('playbooks/acme/segments/smb.mdx:13:10 broken-reference');
      expect(message).toContain('quik');
      const location = overlay.locator('#code header h2');
      expect(await location.innerText()).toBe('segments/smb.mdx:13:10');
      expect(await location.getAttribute('title')).toBe(`${file}:13:10`);

      // The fix makes the integration send a full reload; the page comes back without the overlay.
      const reloaded = page.waitForEvent('load', { timeout: 0 });
      writeFileSync(file, good);
      await reloaded;
      await until('the overlay to go', async () => ((await overlay.count()) === 0 ? true : undefined));
      // The page may still be rendering after the reload (the dev server renders on request, and Vite may reload it
      // once more while it optimizes dependencies): wait for its heading.
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 0 });
      expect(await diagnostics()).toEqual([]);
    } finally {
      writeFileSync(file, good);
      await browser.close();
    }
  });
  it('shows values, field names and file names from a file as text in the overlay: a script in them never runs', async () => {
    const offering = join(project.dir, 'playbooks/acme/offerings/starter.mdx');
    const good = readFileSync(offering, 'utf8');
    const payload = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
    const hostileName = join(project.dir, 'playbooks/acme/segments/<img src=x onerror=window.__pwned=1>.mdx');
    const browser = await launchChromium();
    try {
      // A value, a field name and a file name, each carrying markup with a handler.
      writeFileSync(offering, good.replace('kind: product', `kind: '${payload}'\n'${payload}': 1`));
      writeFileSync(hostileName, readFileSync(join(project.dir, 'playbooks/acme/segments/smb.mdx'), 'utf8'));
      await until('the diagnostics', async () => {
        const found = await diagnostics();
        return found.some((d) => d.file.endsWith('starter.mdx')) && found.some((d) => d.file.includes('<img')) ? true : undefined;
      });
      const page = await browser.newPage();
      page.setDefaultTimeout(0);
      await page.goto(`${base}/docs/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 0 });
      const stack = await until('the overlay’s list', () => overlay.locator('#stack-content').innerText().catch(() => undefined));
      // Every error is listed as text, the markup included, and no element came of it.
      expect(stack).toContain('<img src=x onerror=window.__pwned=1>.mdx');
      expect(stack).toContain('onerror="window.__pwned');
      expect(await overlay.locator('img').count()).toBe(0);
      // Asked again if Vite reloads the page meanwhile (the evaluation then fails with the page it ran in).
      const pwned = await until('the page to answer', () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null).catch(() => undefined));
      expect(pwned).toBeNull();
    } finally {
      writeFileSync(offering, good);
      rmSync(hostileName, { force: true });
      await browser.close();
    }
    await until('the diagnostics to clear', async () => ((await diagnostics()).length === 0 ? true : undefined));
  });
});
