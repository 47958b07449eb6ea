import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import salesPlaybook from '../../src/integration/index.ts';
import { resolveOptions } from '../../src/integration/options.ts';
import { patternOf, siteRoutes } from '../../src/integration/routes.ts';

describe('the integration’s options', () => {
  it('have defaults, and take a title per language or one for all', () => {
    expect(resolveOptions(undefined)).toEqual({ ok: true, options: { titles: {}, lang: 'en', editLink: null, guides: true, customCss: [] } });
    const one = resolveOptions({ title: 'Acme', lang: 'zh-CN', guides: false });
    expect(one).toEqual({ ok: true, options: { titles: { en: 'Acme', 'zh-CN': 'Acme' }, lang: 'zh-CN', editLink: null, guides: false, customCss: [] } });
    expect(resolveOptions({ title: { 'zh-CN': '销售作战手册' } })).toMatchObject({ ok: true, options: { titles: { 'zh-CN': '销售作战手册' } } });
  });

  it('take the edit link from the deployment when the config has none', () => {
    expect(resolveOptions({}, { EDIT_URL_BASE: 'https://example.com/edit/' })).toMatchObject({ ok: true, options: { editLink: 'https://example.com/edit/' } });
    expect(resolveOptions({ editLink: 'https://x.test/{path}' }, { EDIT_URL_BASE: 'https://example.com/' })).toMatchObject({ options: { editLink: 'https://x.test/{path}' } });
  });

  it('name each option that is wrong and say what to write', () => {
    const result = resolveOptions({ lang: 'fr', title: '', editLink: 'javascript:alert(1)', guide: true });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.option).sort()).toEqual(['(options)', 'editLink', 'lang', 'title']);
    expect(problems.find((p) => p.option === 'lang')!.message).toBe('must be one of "en", "zh-CN"');
    expect(problems.find((p) => p.option === '(options)')!.message).toContain('unknown option `guide`');
    expect(problems.find((p) => p.option === 'editLink')!.message).toBe('must be an http(s) URL');
    // Told apart by the code, not its English text.
    expect(problems.find((p) => p.option === 'title')!.message).toBe('must not be empty');
    expect(resolveOptions({ title: { en: ' ' } })).toEqual({ ok: false, problems: [{ option: 'title.en', message: 'must not be empty' }] });
    expect(resolveOptions({ title: {} })).toEqual({ ok: false, problems: [{ option: 'title', message: 'must be at least one language' }] });
  });

  it('take the site\u2019s own stylesheets as paths from its folder', () => {
    expect(resolveOptions({ customCss: ['./src/styles/brand.css', '../shared/fonts.css'] })).toMatchObject({ ok: true, options: { customCss: ['./src/styles/brand.css', '../shared/fonts.css'] } });
    expect(resolveOptions({ customCss: ['./Our Styles/brand.css'] })).toMatchObject({ ok: true });
    // `.CSS` too: Vite reads only `.css` as a stylesheet.
    const wrong = resolveOptions({ customCss: ['brand.scss', 'https://cdn.example.com/x.css', './brand.CSS'] });
    expect(wrong.ok ? [] : wrong.problems).toEqual(
      ['customCss.0', 'customCss.1', 'customCss.2'].map((option) => ({ option, message: 'must be a path to a .css file from the site\u2019s folder, starting with ./' })),
    );
  });

  it('stop the build when a stylesheet of customCss is not there, naming it and what to write', () => {
    const hook = salesPlaybook({ customCss: ['./src/styles/missing-brand.css'] }).hooks['astro:config:setup']!;
    const call = () => (hook as (options: unknown) => void)({ config: { root: new URL('file:///tmp/'), integrations: [] }, command: 'build', logger: {}, updateConfig: () => {}, injectRoute: () => {} });
    expect(call).toThrow(/`customCss` .* names `\.\/src\/styles\/missing-brand\.css`, which is not a file \(paths are read from the site's folder/);
    // A folder named like a stylesheet is not one.
    const folder = mkdtempSync(join(tmpdir(), 'custom-css-'));
    mkdirSync(join(folder, 'x.css'));
    const hookOf = salesPlaybook({ customCss: ['./x.css'] }).hooks['astro:config:setup']!;
    try {
      expect(() => (hookOf as (options: unknown) => void)({ config: { root: pathToFileURL(`${folder}/`), integrations: [] }, command: 'build', logger: {}, updateConfig: () => {}, injectRoute: () => {} })).toThrow(/names `\.\/x\.css`, which is not a file/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stop the build with an AstroError that names the option, without a stack trace', () => {
    const hook = salesPlaybook({ lang: 'fr' as 'en' }).hooks['astro:config:setup']!;
    const call = () => (hook as (options: unknown) => void)({ config: { root: new URL('file:///tmp/'), integrations: [] }, command: 'build', logger: {}, updateConfig: () => {}, injectRoute: () => {} });
    expect(call).toThrow(/`lang` must be one of "en", "zh-CN"/);
    try {
      call();
    } catch (error) {
      expect((error as Error).name).toBe('AstroUserError');
      expect((error as Error).stack).toBe('');
    }
  });
});

describe('the injected routes', () => {
  it('have the addresses file-based routing would give them', () => {
    expect(patternOf('[pb]/metrics.astro')).toBe('/[pb]/metrics');
    expect(patternOf('[pb]/index.astro')).toBe('/[pb]');
    expect(patternOf('index.astro')).toBe('/');
    expect(patternOf('llms.txt.ts')).toBe('/llms.txt');
    expect(patternOf('[pb]/[kind]/[id]/index.md.ts')).toBe('/[pb]/[kind]/[id]/index.md');
    expect(patternOf('[lang]/docs/[...slug].astro')).toBe('/[lang]/docs/[...slug]');
  });

  it('are every page of src/routes/, once', () => {
    const routes = siteRoutes();
    const patterns = routes.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(patterns).toEqual(expect.arrayContaining(['/', '/404', '/[pb]', '/[pb]/[kind]/[id]', '/docs/[...slug]', '/[lang]', '/search', '/llms.txt']));
  });
});
