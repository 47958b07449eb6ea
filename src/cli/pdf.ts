/**
 * `pdf <playbook> [root] [--out <file>] [--site <dir>]`: the playbook's book
 * (`/<playbook>/book/`) printed to PDF by Chromium — A4, page numbers in the
 * footer, the playbook's title in the header, the headings as the PDF's
 * bookmarks.
 *
 * What it prints is always the playbook as its files are now: it checks the
 * project, builds the site into a temporary folder (as `npm run build` does,
 * without touching `dist/`), serves that folder on 127.0.0.1 and prints the
 * book from it, then deletes the folder. The build is most of the time (half
 * a minute for the examples); `--site dist` prints from a site already built
 * instead, in a second or two (the book must be in it: `npm run build`
 * first, with the same files).
 *
 * Chromium is the one the browser tests use: `CHROMIUM_PATH`, else Debian's
 * `/usr/bin/chromium`; without it the command stops before building (exit 2)
 * and says how to install it.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { countBySeverity, hasErrors } from '../diagnostics/diagnostic.ts';
import { setup } from '../diagnostics/setup.ts';
import { escapeHtml } from '../format/html.ts';
import { ui } from '../i18n/index.ts';
import { checkProject } from '../lint/check-project.ts';
import { prettyReport } from '../lint/report.ts';
import { SetupError } from '../model/load.ts';
import type { ParsedArgs } from './command.ts';
import { ASTRO_ENV, astroBin } from './astro.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { reportLang } from './lang.ts';
import { cliWords } from './messages.ts';

const COMMAND = 'pdf';

/** Debian's Chromium, as the browser tests use it (test/support/chromium.ts). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to print with, or a SetupError that says how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
    if (statSync(path).isFile()) return path;
  } catch {
    // Reported below.
  }
  throw new SetupError(setup('pdf-no-chromium', { path, fromEnv: Boolean(env.CHROMIUM_PATH) }));
}

export async function runPdf({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [playbookId = '', rootArg] = positionals;
  const root = resolve(io.cwd, rootArg ?? '.');
  // By default into pdf/, which a site's .gitignore leaves out: a PDF is a copy of the playbook, not a source.
  const out = resolve(io.cwd, typeof values.out === 'string' ? values.out : join('pdf', `${playbookId}.pdf`));
  if (typeof values.out !== 'string') mkdirSync(dirname(out), { recursive: true });
  const siteArg = typeof values.site === 'string' ? resolve(io.cwd, values.site) : null;
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) {
    throw new SetupError(setup('pdf-no-folder', { out, dir: dirname(out) }));
  }
  const chromiumPath = findChromium();
  const playwright = await import('playwright-core').catch(() => {
    throw new SetupError(setup('pdf-no-playwright', { root }));
  });

  let site: { dir: string; base: string };
  let temporary: string | null = null;
  if (siteArg) {
    site = { dir: siteArg, base: builtBase(siteArg, playbookId) };
  } else {
    const ok = checkBeforeBuild(root, playbookId, io);
    if (ok !== null) return ok;
    temporary = mkdtempSync(join(tmpdir(), 'playbook-pdf-'));
    io.stderr(cliWords(reportLang(root, { playbook: playbookId })).pdfBuilding(playbookId));
    await buildSite(root, join(temporary, 'site'));
    site = { dir: join(temporary, 'site'), base: '/' };
  }

  const server = await serve(site.dir, site.base);
  const browser = await playwright.chromium
    .launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    })
    .catch((error: unknown) => {
      throw new SetupError(setup('pdf-chromium-failed', { path: chromiumPath, detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) }));
    });
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const url = `${server.url}${playbookId}/book/`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) {
      throw new SetupError(setup('pdf-no-book', { dir: site.dir, playbook: playbookId, url, status: String(response?.status() ?? '—') }));
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const lang = (await page.getAttribute('html', 'lang')) === 'zh-CN' ? 'zh-CN' : 'en';
    const title = (await page.locator('.book-cover__title').first().textContent())?.trim() ?? playbookId;
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(title),
      footerTemplate: footerTemplate(ui(lang).book.pageFooter('<span class="pageNumber"></span>', '<span class="totalPages"></span>')),
      margin: { top: '20mm', bottom: '18mm', left: '15mm', right: '15mm' },
      outline: true,
      tagged: true,
    });
    writeFileSync(out, pdf);
    const pages = pageCount(pdf);
    io.stdout(`${out}\n`);
    io.stderr(cliWords(lang).pdfWrote(out, pages || null));
    return EXIT.ok;
  } finally {
    await browser.close();
    await server.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

/** Checks the project as the build will; prints the problems and returns exit 1 when there are errors, null when the build can go on. */
function checkBeforeBuild(root: string, playbookId: string, io: Io): number | null {
  const result = checkProject(root);
  if (!result.playbooks.some((p) => p.id === playbookId)) {
    throw new UsageError(setup('unknown-playbook', { playbook: playbookId, playbooks: result.playbooks.map((p) => p.id) }), COMMAND);
  }
  if (!hasErrors(result.diagnostics)) return null;
  const lang = reportLang(root, { playbook: playbookId });
  io.stderr(`${prettyReport(root, result.diagnostics, io, lang)}\n${cliWords(lang).pdfBlocked(countBySeverity(result.diagnostics).errors)}`);
  return EXIT.content;
}

/** Runs `astro build` of the project into `outDir`, in a child process (as `npm run build` does); its log is shown only when it fails. */
async function buildSite(root: string, outDir: string): Promise<void> {
  if (!['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts'].some((f) => existsSync(join(root, f)))) {
    throw new SetupError(setup('pdf-no-astro-config', { root }));
  }
  const astro = astroBin(root);
  const log: string[] = [];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      // The book is printed from a local server at `/`: the build goes under `/` whatever BASE_PATH says.
      env: { ...process.env, ...ASTRO_ENV, NODE_ENV: 'production', BASE_PATH: '/', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done(status ?? 1));
  });
  if (code !== 0) throw new SetupError(setup('pdf-build-failed', { log: log.join('').trim() }));
}

/** The base path a built site was built for, read from its book (the favicon link is `<base>favicon.svg`). */
export function builtBase(dir: string, playbookId: string): string {
  const book = join(dir, playbookId, 'book', 'index.html');
  if (!existsSync(book)) {
    throw new SetupError(setup('pdf-not-built', { dir, playbook: playbookId }));
  }
  const html = readFileSync(book, 'utf8');
  const base = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(html)?.[1];
  return base && base.startsWith('/') && base.endsWith('/') ? base : '/';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Serves a built site under its base path on 127.0.0.1 (a free port), folders as their index.html. */
function serve(dir: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    };
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}


/** Chromium's header and footer are documents of their own: they need their own font (one that has Chinese) and size. */
const TEMPLATE_STYLE =
  "font-family: system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 15mm;";

function headerTemplate(title: string): string {
  return `<div style="${TEMPLATE_STYLE} text-align: left;">${escapeHtml(title)}</div>`;
}

function footerTemplate(pageOf: string): string {
  return `<div style="${TEMPLATE_STYLE} text-align: center;">${pageOf}</div>`;
}

/** The number of pages of a PDF as Chromium writes it (each page object in the open), or null when it cannot tell. */
export function pageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf).toString('latin1');
  const count = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return count > 0 ? count : null;
}
