/**
 * What a built site weighs: total size, and per page the gzip bytes a first
 * visit downloads — the HTML (inline styles and scripts included), the
 * stylesheets it links and the scripts it loads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './measure.ts';

export interface PageWeight {
  /** Path under dist with `/` separators, e.g. `acme/segments/smb/index.html`. */
  file: string;
  html: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
}

export interface DistReport {
  bytes: number;
  files: number;
  htmlPages: number;
  /** JavaScript files outside the search index (`pagefind/`). */
  jsFiles: string[];
  pages: PageWeight[];
}

export interface WeightSummary {
  pages: number;
  htmlMedian: number;
  htmlGzipMedian: number;
  cssGzipMedian: number;
  htmlCssGzipMedian: number;
  htmlCssGzipMax: number;
  jsGzipMax: number;
}

const gzipSize = (data: Buffer | string) => gzipSync(data).length;

export function analyzeDist(dist: string, base = '/'): DistReport {
  const files = walk(dist);
  const report: DistReport = { bytes: 0, files: files.length, htmlPages: 0, jsFiles: [], pages: [] };
  const assetGzip = new Map<string, number>();
  const asset = (href: string, from: string): number => {
    if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return 0;
    const clean = href.split(/[?#]/)[0]!;
    const path = clean.startsWith('/') ? posix.join(clean.slice(base.length - 1).replace(/^\/+/, '')) : posix.join(posix.dirname(from), clean);
    if (!assetGzip.has(path)) {
      try {
        assetGzip.set(path, gzipSize(readFileSync(join(dist, path))));
      } catch {
        assetGzip.set(path, 0);
      }
    }
    return assetGzip.get(path)!;
  };
  for (const file of files) {
    const full = join(dist, file);
    report.bytes += statSync(full).size;
    if (/\.m?js$/.test(file) && !file.startsWith('pagefind/')) report.jsFiles.push(file);
    if (!file.endsWith('.html')) continue;
    report.htmlPages++;
    const html = readFileSync(full, 'utf8');
    let css = 0;
    let js = 0;
    for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
      const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel.split(/\s+/).includes('stylesheet')) css += asset(href, file);
      else if (rel === 'modulepreload') js += asset(href, file);
    }
    for (const [, open = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const type = attr(open, 'type')?.toLowerCase();
      if (type && type !== 'module' && !type.includes('javascript')) continue; // JSON data, not code.
      const src = attr(open, 'src');
      js += src ? asset(src, file) : body.trim() ? gzipSize(body) : 0;
    }
    report.pages.push({ file, html: Buffer.byteLength(html), htmlGzip: gzipSize(html), cssGzip: css, jsGzip: js });
  }
  return report;
}

/** Medians over the pages chosen (all of them when `only` is not given). */
export function summarize(report: DistReport, only?: ReadonlySet<string>): WeightSummary {
  const pages = only ? report.pages.filter((p) => only.has(p.file)) : report.pages;
  const total = pages.map((p) => p.htmlGzip + p.cssGzip);
  return {
    pages: pages.length,
    htmlMedian: pages.length ? median(pages.map((p) => p.html)) : 0,
    htmlGzipMedian: pages.length ? median(pages.map((p) => p.htmlGzip)) : 0,
    cssGzipMedian: pages.length ? median(pages.map((p) => p.cssGzip)) : 0,
    htmlCssGzipMedian: pages.length ? median(total) : 0,
    htmlCssGzipMax: Math.max(0, ...total),
    jsGzipMax: Math.max(0, ...pages.map((p) => p.jsGzip)),
  };
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => relative(dir, join(dir, name)).split(sep).join('/'))
    .sort();
}
