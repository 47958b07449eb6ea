/**
 * Updates for readers, on the view models: last-changed dates and the
 * what's-new entries from a Git repository made in the test (see
 * support/git-fixture.ts for its five commits), the feed's options and XML,
 * and the fallbacks without history (a shallow clone, a download).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRssString } from '@astrojs/rss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import type { History } from '../../src/model/history.ts';
import {
  createSite,
  feedPaths,
  feedView,
  getSite,
  matrixView,
  metricsView,
  offeringView,
  overviewView,
  processView,
  projectHistory,
  roleView,
  segmentView,
  whatsNewView,
  WHATS_NEW_LIMIT,
  type Site,
} from '../../src/site/index.ts';
import { COMMIT_DATES, createGitFixture, git } from '../support/git-fixture.ts';
import { childrenNamed, childText, parseXml, RFC_822 } from '../support/xml.ts';

const SITE_URL = 'https://playbooks.example.com';
let tmp: string;
let repo: string;
let site: Site;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'playbook-whats-new-'));
  repo = join(tmp, 'repo');
  createGitFixture(repo);
  site = getSite({ root: repo, base: '/sub/', siteUrl: SITE_URL });
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('last-changed dates', () => {
  it('gives an entity page the date of its file’s last commit', () => {
    expect(segmentView(site, 'acme', 'smb').chrome.updated).toEqual({ iso: '2026-02-20', text: 'February 20, 2026' });
    expect(roleView(site, 'acme', 'rep').chrome.updated!.iso).toBe('2026-03-05');
    expect(offeringView(site, 'acme', 'starter').chrome.updated!.iso).toBe('2026-01-10');
    expect(processView(site, 'acme', 'quick').chrome.updated!.iso).toBe('2026-01-10');
  });

  it('gives the aggregated pages the newest date of the files they draw on, drafts left out', () => {
    // The newest published change of acme is the role's (3 March); the draft's commit of 20 March does not count.
    for (const view of [overviewView(site, 'acme'), matrixView(site, 'acme'), metricsView(site, 'acme'), whatsNewView(site, 'acme')]) {
      expect(view.chrome.updated?.iso, view.chrome.kind).toBe('2026-03-05');
    }
  });

  it('keeps each playbook to its own files and writes the date in its language', () => {
    expect(roleView(site, 'beta', 'rep').chrome.updated).toEqual({ iso: '2026-04-01', text: '2026年4月1日' });
    expect(segmentView(site, 'beta', 'smb').chrome.updated!.text).toBe('2026年1月10日');
    expect(overviewView(site, 'beta').chrome.updated!.iso).toBe('2026-04-01');
  });
});

describe('whatsNewView', () => {
  it('lists the commits that touched the playbook, newest first, with their dates and what each changed, never their subjects', () => {
    const view = whatsNewView(site, 'acme');
    expect(view.title).toBe('What’s new');
    expect(view.noHistory).toBeNull();
    expect(view.limitNote).toBeNull();
    expect(view.entries.map((e) => [e.date.iso, e.date.text, e.subject])).toEqual([
      ['2026-03-05', 'March 5, 2026', 'Sales representative: title — Account executive → Sales representative'],
      // Committed at 15:30 in UTC+8: the committer's day.
      ['2026-02-20', 'February 20, 2026', 'Segment removed: Legacy accounts; and 1 more change'],
      ['2026-01-10', 'January 10, 2026', 'New playbook: Acme sales model; and 5 more changes'],
    ]);
    // The business change: the fields that changed and the figures of the model they moved.
    const raised = view.entries[1]!;
    expect(raised.changes).toEqual(['Segment removed: Legacy accounts', 'Small businesses: target accounts — 100 → 120']);
    expect(raised.moves[0]).toMatch(/^Expected wins per year −\d+, to \d+$/);
    expect(raised.moves).toContain('Expected new bookings a year −$8K, to $12K');
    // The first commit has nothing before it: everything is new, and no figure moved.
    expect(view.entries[2]!.moves).toEqual([]);
    // The committer's time with its offset (git's strict ISO 8601).
    expect(view.entries.map((e) => e.time)).toEqual(['2026-03-05T10:00:00+00:00', COMMIT_DATES[1], '2026-01-10T09:00:00+00:00']);
    for (const entry of view.entries) expect(entry.id).toMatch(/^change-[0-9a-f]{12}$/);
  });

  it('links the pages each change touched, and names deleted files without a page', () => {
    const [renamed, raised, started] = whatsNewView(site, 'acme').entries;
    expect(renamed!.pages).toEqual([{ label: 'Sales representative', href: '/sub/acme/roles/rep/', kind: 'Role' }]);
    expect(raised!.pages).toEqual([
      { label: 'segments/legacy.mdx', href: null, kind: 'no page' },
      { label: 'Small businesses', href: '/sub/acme/segments/smb/', kind: 'Segment' },
    ]);
    expect(started!.pages.map((p) => [p.label, p.href])).toEqual([
      ['Acme sales model', '/sub/acme/'],
      ['Starter plan', '/sub/acme/offerings/starter/'],
      ['Quick sale', '/sub/acme/processes/quick/'],
      ['Sales representative', '/sub/acme/roles/rep/'],
      ['segments/legacy.mdx', null],
      ['Small businesses', '/sub/acme/segments/smb/'],
    ]);
  });

  it('speaks the playbook’s language', () => {
    const view = whatsNewView(site, 'beta');
    expect(view.title).toBe('最近更新');
    expect(view.entries.map((e) => [e.date.text, e.subject])).toEqual([
      ['2026年4月1日', 'Account executive：编制人数 1 → 2'],
      ['2026年1月10日', '新增手册：贝塔销售模式；另有 4 处修改'],
    ]);
    expect(view.entries[0]!.moves).toEqual(['Account executive负荷率 −7.1 个百分点，变为 7.1%']);
    // Only this playbook's commits: acme's three are not here.
    expect(view.entries).toHaveLength(2);
    expect(view.entries[0]!.pages).toEqual([{ label: 'Account executive', href: '/sub/beta/roles/rep/', kind: '岗位' }]); // the registry's name of the kind (src/kinds/role.ts)
    expect(view.feed).toEqual({ label: '用 RSS 阅读器订阅这些修改', href: '/sub/beta/rss.xml' });
  });

  it('is a page of the playbook’s navigation, next to the feed, and stays out of the search index', () => {
    const { chrome } = whatsNewView(site, 'acme');
    expect(chrome.kind).toBe('whats-new');
    expect(chrome.indexed).toBe(false);
    expect(chrome.nav[0]!.items.map((i) => [i.label, i.href, i.current])).toEqual([
      ['Sales model', '/sub/acme/', false],
      ['Team-role matrix', '/sub/acme/matrix/', false],
      ['Metrics', '/sub/acme/metrics/', false],
      ['What’s new', '/sub/acme/whats-new/', true],
      ['Whole playbook (print)', '/sub/acme/book/', false],
      ['RSS feed', '/sub/acme/rss.xml', false],
    ]);
    expect(chrome.prev).toEqual({ label: 'Metrics', href: '/sub/acme/metrics/' });
    expect(chrome.next).toBeNull();
    expect(chrome.breadcrumbs.map((c) => c.label)).toEqual(['All playbooks', 'Acme sales model', 'What’s new']);
    expect(chrome.feed).toEqual({ label: 'Acme sales model: what’s new', href: '/sub/acme/rss.xml' });
    expect(segmentView(site, 'acme', 'smb').chrome.feed).toEqual(chrome.feed);
  });

  it('lists the last WHATS_NEW_LIMIT changes and says there are more; a change whose versions git cannot give says so', () => {
    const check = checkProject(repo);
    const changes = Array.from({ length: WHATS_NEW_LIMIT + 5 }, (_, k) => ({
      commit: k.toString(16).padStart(40, '0'),
      date: `2026-05-${String(31 - k).padStart(2, '0')}T12:00:00Z`,
      subject: k === 1 ? '' : `Change ${k}`,
      files: ['playbooks/acme/segments/smb.mdx'],
    }));
    const history: History = { changes, lastChanged: new Map([['playbooks/acme/segments/smb.mdx', '2026-05-31']]) };
    const many = createSite(check, { base: '/', siteUrl: SITE_URL, history });
    const view = whatsNewView(many, 'acme');
    expect(view.entries).toHaveLength(WHATS_NEW_LIMIT);
    // Made-up commits: no earlier version to read, so no business change to tell, and never the commit's subject.
    expect(view.entries.slice(0, 2).map((e) => [e.subject, e.changes])).toEqual([
      ['The playbook’s files changed (its earlier version could not be read from the history).', []],
      ['The playbook’s files changed (its earlier version could not be read from the history).', []],
    ]);
    expect(view.limitNote).toBe(`The ${WHATS_NEW_LIMIT} most recent changes are listed.`);
    expect(feedView(many, 'acme').items).toHaveLength(WHATS_NEW_LIMIT);
  });
});

describe('feedView', () => {
  it('has one item per change with an absolute link to its entry, its date and the pages it touched', () => {
    const feed = feedView(site, 'acme');
    const page = `${SITE_URL}/sub/acme/whats-new/`;
    expect([feed.title, feed.site]).toEqual(['Acme sales model: what’s new', page]);
    const entries = whatsNewView(site, 'acme').entries;
    expect(feed.items.map((i) => [i.title, i.link, (i.pubDate as Date).toISOString()])).toEqual([
      [entries[0]!.subject, `${page}#${entries[0]!.id}`, '2026-03-05T10:00:00.000Z'],
      [entries[1]!.subject, `${page}#${entries[1]!.id}`, '2026-02-20T07:30:00.000Z'],
      [entries[2]!.subject, `${page}#${entries[2]!.id}`, '2026-01-10T09:00:00.000Z'],
    ]);
    expect(feed.items[1]!.description).toBe(
      `<p>What changed:</p><ul><li>Segment removed: Legacy accounts</li><li>Small businesses: target accounts — 100 → 120</li></ul>` +
        `<p>Figures that moved:</p><ul>${entries[1]!.moves.map((m) => `<li>${m}</li>`).join('')}</ul>` +
        `<p>Pages changed:</p><ul><li>segments/legacy.mdx (no page)</li><li><a href="${SITE_URL}/sub/acme/segments/smb/">Small businesses</a> (Segment)</li></ul>`,
    );
  });

  it('renders valid RSS 2.0 through @astrojs/rss, the same every time', async () => {
    const xml = await getRssString(feedView(site, 'beta'));
    expect(await getRssString(feedView(getSite({ root: repo, base: '/sub/', siteUrl: SITE_URL, cache: false }), 'beta'))).toBe(xml);
    const rss = parseXml(xml);
    expect([rss.name, rss.attributes.version]).toEqual(['rss', '2.0']);
    const [channel] = childrenNamed(rss, 'channel');
    expect(childText(channel!, 'title')).toBe('贝塔销售模式：最近更新');
    expect(childText(channel!, 'link')).toBe(`${SITE_URL}/sub/beta/whats-new/`);
    expect(childText(channel!, 'language')).toBe('zh-cn');
    expect(childrenNamed(channel!, 'atom:link')[0]!.attributes).toEqual({ href: `${SITE_URL}/sub/beta/rss.xml`, rel: 'self', type: 'application/rss+xml' });
    expect(childrenNamed(channel!, 'lastBuildDate')).toEqual([]);
    const items = childrenNamed(channel!, 'item');
    expect(items.map((i) => [childText(i, 'title'), childText(i, 'pubDate')])).toEqual([
      ['Account executive：编制人数 1 → 2', 'Wed, 01 Apr 2026 10:00:00 GMT'],
      ['新增手册：贝塔销售模式；另有 4 处修改', 'Sat, 10 Jan 2026 09:00:00 GMT'],
    ]);
    for (const item of items) {
      expect(childText(item, 'pubDate')).toMatch(RFC_822);
      expect(childText(item, 'guid')).toBe(childText(item, 'link'));
    }
    expect(childText(items[0]!, 'description')).toContain(`<a href="${SITE_URL}/sub/beta/roles/rep/">Account executive</a>（岗位）`);
  });

  it('has no feed without the site’s URL: no route, no link, and the view refuses', () => {
    const local = getSite({ root: repo, base: '/' });
    expect(feedPaths(local)).toEqual([]);
    expect(feedPaths(site).map((p) => p.params)).toEqual([{ pb: 'acme' }, { pb: 'beta' }]);
    expect(whatsNewView(local, 'acme').feed).toBeNull();
    expect(segmentView(local, 'acme', 'smb').chrome.feed).toBeNull();
    expect(segmentView(local, 'acme', 'smb').chrome.nav[0]!.items.map((i) => i.label)).toEqual(['Sales model', 'Team-role matrix', 'Metrics', 'What’s new', 'Whole playbook (print)']);
    expect(() => feedView(local, 'acme')).toThrow(/set SITE_URL/);
  });
});

describe('without history', () => {
  /** Every page's date and what the what's-new page and the feed say, for a project root. */
  async function withoutHistory(root: string) {
    const bare = getSite({ root, base: '/sub/', siteUrl: SITE_URL });
    const acme = whatsNewView(bare, 'acme');
    expect(acme.entries).toEqual([]);
    expect(acme.noHistory).toEqual({
      text: expect.stringContaining('No changes are recorded for this playbook'),
      revised: { id: 'updated-2026-01-01', label: 'Last revision of the playbook, from its “updated” field', iso: '2026-01-01', text: 'January 1, 2026' },
    });
    // Every page falls back to the playbook's `updated`; never a date from the clone.
    for (const view of [overviewView(bare, 'acme'), segmentView(bare, 'acme', 'smb'), roleView(bare, 'acme', 'rep'), matrixView(bare, 'acme'), acme]) {
      expect(view.chrome.updated?.iso, view.chrome.kind).toBe('2026-01-01');
    }
    // beta has no `updated`: no date at all, and an empty feed.
    expect(roleView(bare, 'beta', 'rep').chrome.updated).toBeNull();
    expect(whatsNewView(bare, 'beta').noHistory!.revised).toBeNull();

    const feed = feedView(bare, 'acme');
    expect(feed.items.map((i) => [i.title, i.link, (i.pubDate as Date).toISOString()])).toEqual([
      ['Acme sales model revised', `${SITE_URL}/sub/acme/whats-new/#updated-2026-01-01`, '2026-01-01T00:00:00.000Z'],
    ]);
    const empty = parseXml(await getRssString(feedView(bare, 'beta')));
    const [channel] = childrenNamed(empty, 'channel');
    expect(childText(channel!, 'title')).toBe('贝塔销售模式：最近更新');
    expect(childrenNamed(channel!, 'item')).toEqual([]);
  }

  it('falls back to `updated` in a shallow clone, whose only commit stands for all history', async () => {
    const shallow = join(tmp, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo}`, shallow]);
    await withoutHistory(shallow);
  });

  it('falls back to `updated` in a download without .git', async () => {
    const download = join(tmp, 'download');
    cpSync(join(repo, 'playbooks'), join(download, 'playbooks'), { recursive: true });
    await withoutHistory(download);
  });
});

describe('projectHistory', () => {
  it('reads the history once and again only when HEAD moves', () => {
    const clone = join(tmp, 'clone');
    execFileSync('git', ['clone', '-q', repo, clone]);
    const first = projectHistory(clone);
    expect(projectHistory(clone)).toBe(first);
    expect(first.changes[0]!.subject).toBe('Staff the beta team');
    writeFileSync(join(clone, 'playbooks/acme/offerings/starter.mdx'), 'changed');
    git(clone, '2026-06-01T10:00:00Z', 'commit', '-q', '-am', 'Reword the starter plan');
    const second = projectHistory(clone);
    expect(second).not.toBe(first);
    expect(second.changes[0]!.subject).toBe('Reword the starter plan');
    expect(second.lastChanged.get('playbooks/acme/offerings/starter.mdx')).toBe('2026-06-01');
  });
});
