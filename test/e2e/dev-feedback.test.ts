import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTICS_ENDPOINT } from '../../src/integration/playbook-check.ts';
import { fixtureProject } from '../support/helpers.ts';
import { launchChromium } from '../support/chromium.ts';

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

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}. Server output:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
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
    env: { ...withoutTestRunner(process.env), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  base = await until('the dev server', () => /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[0]?.replace(/\/$/, ''), 60_000);
}, 90_000);

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
  }, 60_000);

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
  }, 60_000);

  it('shows the problem in the error overlay of a page opened while the file is broken, and reloads it clean once fixed', async () => {
    const file = join(project.dir, 'playbooks/acme/segments/smb.mdx');
    const good = readFileSync(file, 'utf8');
    const browser = await launchChromium();
    try {
      writeFileSync(file, good.replace('process: quick', 'process: quik'));
      await until('the diagnostic', async () => ((await diagnostics()).some((d) => d.code === 'broken-reference') ? true : undefined));

      const page = await browser.newPage();
      await page.goto(`${base}/docs/`);
      // Astro's overlay: Vite's <vite-error-overlay> element with Astro's own content in its (open) shadow root.
      const overlay = page.locator('vite-error-overlay');
      // The element itself has no box (its content is in its shadow root): wait for it to be there, then for its text.
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      // Read it once it is stable (Vite may reload the page once while it optimizes dependencies).
      const message = await until('the overlay text', () => overlay.locator('#message-content').innerText({ timeout: 1000 }).catch(() => undefined));
      expect(await overlay.locator('#message-content').isVisible()).toBe(true);
      expect(message).toContain('The playbooks have 1 error');
      expect(message).toContain('playbooks/acme/segments/smb.mdx:13:10 broken-reference');
      expect(message).toContain('quik');
      const location = overlay.locator('#code header h2');
      expect(await location.innerText()).toBe('segments/smb.mdx:13:10');
      expect(await location.getAttribute('title')).toBe(`${file}:13:10`);

      // The fix makes the integration send a full reload; the page comes back without the overlay.
      const reloaded = page.waitForEvent('load', { timeout: 20_000 });
      writeFileSync(file, good);
      await reloaded;
      await until('the overlay to go', async () => ((await overlay.count()) === 0 ? true : undefined));
      // The page may still be rendering after the reload (the dev server renders on request): wait for its heading.
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 20_000 });
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      expect(await diagnostics()).toEqual([]);
    } finally {
      writeFileSync(file, good);
      await browser.close();
    }
  }, 60_000);
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
      await page.goto(`${base}/docs/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      const stack = await until('the overlay’s list', () => overlay.locator('#stack-content').innerText({ timeout: 1000 }).catch(() => undefined));
      // Every error is listed as text, the markup included, and no element came of it.
      expect(stack).toContain('<img src=x onerror=window.__pwned=1>.mdx');
      expect(stack).toContain('onerror="window.__pwned');
      expect(await overlay.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      writeFileSync(offering, good);
      rmSync(hostileName, { force: true });
      await browser.close();
    }
    await until('the diagnostics to clear', async () => ((await diagnostics()).length === 0 ? true : undefined));
  }, 60_000);
});
