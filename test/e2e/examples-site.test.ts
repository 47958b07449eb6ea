/**
 * The build output of the example site (playbooks/ and content/ of this
 * project), without a browser: built once per run under /sales/, cold and
 * warm (test/support/example-builds.ts; a build under the root `/` is
 * test/build/build-scenarios.test.ts's). Every link resolves under the base
 * path, the warm build is byte-identical to the cold one,
 * and every page carries a Content-Security-Policy that its own inline code
 * satisfies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeInPage } from '../support/script-free.ts';
import { exampleBuild, type ExampleBuild } from '../support/example-builds.ts';
import { englishRuns, visibleText } from '../support/english.ts';
import { buildFiles, findBrokenLinks } from '../support/link-check.ts';

const builds = {} as { sales: ExampleBuild; salesAgain: ExampleBuild };
beforeAll(async () => {
  builds.sales = await exampleBuild('sales');
  builds.salesAgain = await exampleBuild('salesAgain');
});

const htmlFiles = (build: ExampleBuild) => buildFiles(build.dir).filter((file) => file.endsWith('.html'));
const read = (build: ExampleBuild, file: string) => readFileSync(join(build.dir, file), 'utf8');

describe('the example site', () => {
  it('builds without warnings or errors', () => {
    const build = builds.sales;
    expect(build.log).toContain('Complete!');
    expect(build.log).not.toMatch(/\[WARN\]|\[ERROR\]|\bwarning:/);
  });

  it('has every page of format §6', () => {
    const pages = htmlFiles(builds.sales);
    for (const page of [
      'index.html',
      '404.html',
      'northwind-software/index.html',
      'northwind-software/segments/strategic-enterprises/index.html',
      'northwind-software/offerings/ops-platform/index.html',
      'northwind-software/processes/velocity-sale/index.html',
      'northwind-software/roles/account-executive/index.html',
      'northwind-software/matrix/index.html',
      'northwind-software/metrics/index.html',
      'huayuan-equipment/index.html',
      'huayuan-equipment/segments/key-accounts/index.html',
      'huayuan-equipment/matrix/index.html',
      'huayuan-equipment/metrics/index.html',
      // v1.2: the actuals page of each playbook with a snapshot.
      'northwind-software/actuals/index.html',
      'huayuan-equipment/actuals/index.html',
      'docs/index.html',
      'docs/writing-a-playbook/index.html',
      'search/index.html',
      'search/zh-cn/index.html',
    ]) {
      expect(pages, page).toContain(page);
    }
  });
});

describe('links', () => {
  it('every internal link, asset and #fragment resolves', () => {
    const build = builds.sales;
    expect(findBrokenLinks(build.dir, build.base, build.siteUrl)).toEqual([]);
  });

  it('prefixes every internal link with the base path', () => {
    // Under /sales/, no page may link to the root: the host serves other things there.
    const escapes = htmlFiles(builds.sales).flatMap((file) =>
      [...read(builds.sales, file).matchAll(/\s(?:href|src|action)="(\/(?!sales\/)[^"]*)"/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(escapes).toEqual([]);
  });
});

describe('determinism', () => {
  it('two builds of the same input are byte-identical, file for file', () => {
    const hashes = (build: ExampleBuild) =>
      new Map(buildFiles(build.dir).map((file) => [file, createHash('sha256').update(readFileSync(join(build.dir, file))).digest('hex')]));
    const first = hashes(builds.sales);
    const second = hashes(builds.salesAgain);
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file)).toEqual([]);
    // Not vacuous: the pages, their stylesheet and Pagefind's index, WebAssembly and fragments.
    expect(first.size).toBeGreaterThan(100);
  });
});

/** A page's policy from its `<meta http-equiv="content-security-policy">`, directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('every page has one policy in its head, ahead of every script and style', () => {
    const build = builds.sales;
    const base = build.base;
    for (const file of htmlFiles(build)) {
      const doc = parse(read(build, file));
      const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
      expect(metas, file).toHaveLength(1);
      expect(metas[0]!.parentNode?.tagName, file).toBe('HEAD');
      // A policy in a <meta> governs only what comes after it. Astro writes it at the end of the head, so the search
      // pages' link to Pagefind's stylesheet (a file of the site) comes first; no script or inline style may.
      const inOrder = doc.querySelectorAll('meta[http-equiv="content-security-policy"], script, style, link[rel="stylesheet"]');
      const before = inOrder.slice(0, inOrder.indexOf(metas[0]!));
      for (const el of before) expect(`${el.rawTagName} ${el.getAttribute('href')}`, file).toMatch(new RegExp(`^link ${base}pagefind/pagefind-ui\\.css$`));
    }
  });

  it('runs only the site’s own scripts: no inline script without its hash, no handlers, no javascript: URLs', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(builds.sales)) {
      const html = read(builds.sales, file);
      const policy = policyOf(html);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, file).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) expect(scripts, file).not.toContain(unsafe);
      expect(policy.has('script-src-elem') || policy.has('script-src-attr'), file).toBe(false);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      // Styles: files of the site, and inline `style` attributes only (Shiki colours, chart bars).
      expect(policy.get('style-src-elem')?.[0], file).toBe("'self'");
      expect(policy.get('style-src-elem'), file).not.toContain("'unsafe-inline'");
      expect(policy.get('style-src-attr'), file).toEqual(["'unsafe-inline'"]);

      const doc = parse(html);
      for (const script of doc.querySelectorAll('script:not([src])')) {
        if (!scripts.includes(sha256(script.rawText))) problems.push(`${file}: an inline script whose hash is not in script-src: ${script.rawText.slice(0, 80)}`);
      }
      for (const style of doc.querySelectorAll('style')) {
        if (!policy.get('style-src-elem')?.includes(sha256(style.rawText))) problems.push(`${file}: a <style> whose hash is not in style-src-elem`);
      }
      problems.push(...codeInPage(doc, { scriptsAllowed: true }).map((p) => `${file}: ${p}`));
    }
    expect(problems).toEqual([]);
    // The search pages do have an inline script, so the hash check above is not vacuous.
    expect(parse(read(builds.sales, 'search/index.html')).querySelectorAll('script:not([src])').length).toBeGreaterThan(0);
  });
});

describe('the Chinese pages', () => {
  const pages = () => htmlFiles(builds.sales).filter((file) => pageLang(read(builds.sales, file)) === 'zh-CN');
  /**
   * The English a Chinese page may show, each a proper name a reader meets as it is: GitHub's own menu item, quoted
   * as GitHub shows it (the deploying and start-a-site guides), and two products by their names.
   */
  const ALLOWED = ['Secrets and variables', 'GitHub Enterprise Cloud', 'Cloudflare Zero Trust'];

  it('are the Chinese example, the Chinese guides and the Chinese search', () => {
    const found = pages();
    expect(found).toEqual(expect.arrayContaining(['huayuan-equipment/index.html', 'huayuan-equipment/scenarios/presales-and-telesales/index.html', 'zh-cn/docs/metrics/index.html', 'search/zh-cn/index.html']));
    expect(found.length).toBeGreaterThan(40);
  });

  it('show no English sentence (three English words in a row) outside code and text marked as English', () => {
    const found = pages().flatMap((file) => englishRuns(visibleText(read(builds.sales, file), 'zh-CN'), ALLOWED).map((run) => `${file}: ${run}`));
    expect(found).toEqual([]);
  });

  it('show no literal ** (bold that CommonMark did not close beside full-width punctuation)', () => {
    const found = pages().flatMap((file) => {
      const text = visibleText(read(builds.sales, file), 'zh-CN');
      const at = text.indexOf('**');
      return at < 0 ? [] : [`${file}: …${text.slice(Math.max(0, at - 20), at + 20)}…`];
    });
    expect(found).toEqual([]);
  });
});

describe('the Chinese Markdown twins', () => {
  const twins = () =>
    htmlFiles(builds.sales)
      .filter((file) => pageLang(read(builds.sales, file)) === 'zh-CN')
      .map((file) => file.replace(/index\.html$/, 'index.md'))
      .filter((file) => existsSync(join(builds.sales.dir, file)));

  it('read as the pages do: no character reference, and no half-width mark beside a Chinese character outside code', () => {
    const found = twins().flatMap((file) => {
      // What's new quotes the playbook's text as it was, whatever its punctuation then.
      if (file.includes('/whats-new/')) return [];
      const prose = read(builds.sales, file).replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
      return [...prose.matchAll(/.{0,20}(&#x?[0-9a-f]+;|\p{Script=Han}[,;:()?]|[,;:(?]\p{Script=Han}).{0,20}/giu)].map((m) => `${file}: ${m[0]}`);
    });
    expect(twins().length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

describe('warnings and scenario changes on every page', () => {
  it('say where a warning is in words, never a file position or a code as text; a scenario’s changes as sentences, not paths', () => {
    const found: string[] = [];
    let warnings = 0;
    for (const file of htmlFiles(builds.sales)) {
      const html = read(builds.sales, file);
      const doc = parse(html);
      const text = visibleText(html, pageLang(html));
      const position = /\S+\.mdx:\d+:\d+/.exec(text);
      if (position) found.push(`${file}: ${position[0]}`);
      for (const li of doc.querySelectorAll('.warnings li')) {
        warnings++;
        const code = li.getAttribute('data-code') ?? '';
        if (!code || li.querySelector('.where')?.getAttribute('title')?.startsWith(code) !== true) found.push(`${file}: a warning without its code in the tooltip`);
        if (li.text.includes(code)) found.push(`${file}: ${code} as text`);
      }
      for (const li of doc.querySelectorAll('.scenario-changes li')) {
        const path = li.getAttribute('title') ?? '';
        if (!path || li.text.includes(path) || /[{}\[\]]/.test(li.text)) found.push(`${file}: ${li.text.trim()}`);
      }
    }
    expect(found).toEqual([]);
    // The examples keep some warnings on purpose (a bottleneck), so the check above is not vacuous.
    expect(warnings).toBeGreaterThan(5);
  });
});

/** The language of a built page, from its `<html lang>`. */
function pageLang(html: string): string {
  return /<html lang="zh-CN"/.test(html) ? 'zh-CN' : 'en';
}
