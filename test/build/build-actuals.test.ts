/**
 * One real build of a project whose snapshot was imported from a CRM export
 * with a unique string planted in every column of every row (issue 22): the
 * actuals page and its twin are built, every link resolves, no page needs
 * JavaScript for it, and nothing of a row — id, account, owner, a deal's
 * amount, a date's neighbour — is in any file of dist/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIo, fixture } from '../support/helpers.ts';
import { buildSite } from '../support/build-site.ts';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { buildFiles, findBrokenLinks } from '../support/link-check.ts';

const ENV = { BASE_PATH: '/sub/' };
const ROWS = 60;
/** What every row carries that must never reach the site: planted, unique, and easy to grep for. */
const planted = (i: number) => [`IDPLANT${i}Q`, `ACCOUNTPLANT${i}Q`, `OWNERPLANT${i}Q`, `NOTEPLANT${i}Q`, `${8880000 + i * 17}.29`];

let tmp: string;
let outDir: string;
let log = '';
let files: string[] = [];
let importOutput = '';

let site: TempSite;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'playbook-actuals-build-'));
  // The project root sits in the repository (test/.tmp/) so that Vite finds its node_modules; the export does not.
  site = tempSite(fixture('scenario-site'));
  const root = site.root;
  rmSync(join(root, 'playbooks'), { recursive: true });
  cpSync(fixture('actuals/playbooks'), join(root, 'playbooks'), { recursive: true });
  rmSync(join(root, 'playbooks/northwind/actuals'), { recursive: true });
  const index = join(root, 'playbooks/northwind/index.mdx');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace(
      'goals:',
      `actuals:
  import:
    columns: { id: Id, segment: Segment, created: Created, stage: Stage, closed: Closed, amount: Amount }
    stages: { Qualification: qualify, Quote: close, Closed Won: won, Closed Lost: lost }
    segments: { SMB: smb }
goals:`,
    ),
  );
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const [id, account, owner, note, amount] = planted(i);
    const stage = i % 3 === 0 ? 'Closed Lost' : i % 3 === 1 ? 'Closed Won' : 'Quote';
    return [id, `"${account}, Inc."`, owner, 'SMB', stage, i % 3 === 1 ? amount : '', '2026-02-03', i % 3 === 2 ? '' : '2026-03-04', note].join(',');
  });
  writeFileSync(join(tmp, 'export.csv'), `Id,Account,Owner,Segment,Stage,Amount,Created,Closed,Notes\n${rows.join('\n')}\n`);
  const io = captureIo(root);
  expect(await run(['actuals', 'import', 'northwind', join(tmp, 'export.csv'), '--root', root], io)).toBe(0);
  importOutput = io.out + io.err;
  outDir = join(tmp, 'dist');
  log = buildSite(outDir, ENV, root);
  files = buildFiles(outDir);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  site?.remove();
});

describe('a build with a snapshot imported from a CRM export', () => {
  it('has the actuals page, its Markdown twin and the snapshot\u2019s page, and every link resolves', () => {
    expect(log).toContain('Complete!');
    for (const page of ['northwind/actuals/index.html', 'northwind/actuals/index.md', 'northwind/actuals/2026-03/index.html']) expect(files, page).toContain(page);
    expect(findBrokenLinks(outDir, '/sub/', 'https://playbooks.example.com')).toEqual([]);
    const page = readFileSync(join(outDir, 'northwind/actuals/index.html'), 'utf8');
    expect(page).toContain('Reality check');
    expect(page).toContain('If we keep converting as we do, we book');
    // The funnel and the tables are HTML: the page has no script of its own.
    const overview = readFileSync(join(outDir, 'northwind/index.html'), 'utf8');
    expect(overview).toContain('href="/sub/northwind/actuals/"');
  });

  it('carries nothing of a row: no id, account, owner, note or single amount in any file of dist/, nor in what the import printed', () => {
    const everything = [importOutput, ...files.filter((f) => !/\.(png|ico|woff2?|pf_\w+|pagefind)$/.test(f)).map((f) => readFileSync(join(outDir, f), 'latin1'))].join('\n');
    const found: string[] = [];
    for (let i = 0; i < ROWS; i++) for (const value of planted(i)) if (everything.includes(value)) found.push(value);
    expect(found).toEqual([]);
    // The snapshot's figures are there: the test would pass on an empty site otherwise.
    expect(readFileSync(join(outDir, 'northwind/actuals/index.md'), 'utf8')).toContain('60 opportunities: 20 won, 20 lost, 20 still open.');
  });
});
