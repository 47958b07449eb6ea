import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { engineManifest } from '../../src/cli/new-site.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { captureIo } from '../support/helpers.ts';

let tmp = '';
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'new-site-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('new site', () => {
  it('writes a site whose starter playbook passes the check, in the language asked for', async () => {
    const io = captureIo(tmp);
    expect(await run(['new', 'site', 'acme', '--lang', 'zh-CN', '--playbook', 'acme-sales'], io)).toBe(0);
    expect(io.out).toContain('已在 acme/ 创建网站“销售作战手册”');
    const site = join(tmp, 'acme');
    const { diagnostics, playbooks } = checkProject(site);
    expect(playbooks.map((p) => p.id)).toEqual(['acme-sales']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['placeholder']));
    expect(readFileSync(join(site, 'playbooks/acme-sales/index.mdx'), 'utf8')).toContain('lang: zh-CN');
    expect(readFileSync(join(site, 'README.md'), 'utf8')).toContain('## 两条命令');
    const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const engine = engineManifest();
    expect(manifest.name).toBe('acme');
    expect(manifest.dependencies).toEqual({ [engine.name]: `^${engine.version}` });
    expect(manifest.devDependencies.node).toBe(engine.devDependencies!.node);
    // Nothing is left behind but the site.
    expect(readdirSync(tmp)).toEqual(['acme']);
  });

  it('writes into an empty folder, and refuses one with anything in it without writing (exit 2)', async () => {
    mkdirSync(join(tmp, 'empty'));
    expect(await run(['new', 'site', 'empty'], captureIo(tmp))).toBe(0);
    mkdirSync(join(tmp, 'taken'));
    writeFileSync(join(tmp, 'taken', 'notes.txt'), 'ours');
    const io = captureIo(tmp);
    expect(await run(['new', 'site', 'taken'], io)).toBe(2);
    expect(io.err).toMatch(/^new site: taken already exists and is not an empty folder; nothing was written/);
    expect(readdirSync(join(tmp, 'taken'))).toEqual(['notes.txt']);
    expect(readdirSync(tmp).sort()).toEqual(['empty', 'taken']);
  });

  it('refuses a playbook id that is not one, and an unknown option, with its usage', async () => {
    const io = captureIo(tmp);
    expect(await run(['new', 'site', 'x', '--playbook', 'Sales Model'], io)).toBe(2);
    expect(io.err).toContain('--playbook `Sales Model` is not a valid playbook id');
    expect(await run(['new', 'site', 'x', '--colour', 'red'], captureIo(tmp))).toBe(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('has its own help', async () => {
    const io = captureIo(tmp);
    expect(await run(['new', 'site', '--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: npm run playbook -- new site <dir>');
  });
});
