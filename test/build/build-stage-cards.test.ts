/**
 * The rep's view of a process in a real build (issue 16, format.md §9): each `<Stage id>` block of a process body is
 * shown in its stage's card, under the card's own heading, and not again under "Notes" with the rest of the body;
 * the exit criteria are native checkboxes with labels (no JavaScript on the page).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempSite, type TempSite } from '../support/temp-site.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

let site: TempSite;
let page: HTMLElement;
let html: string;

beforeAll(() => {
  site = tempSite(FIXTURE);
  appendFileSync(
    join(site.root, 'playbooks/demo/processes/solution.mdx'),
    `
How we run it, for everyone.

<Stage id="discover">

**Opening question:** "What does a late order cost you?"

| They say | We answer |
|---|---|
| "We use spreadsheets." | "Let's count the hours." |

</Stage>

<Stage id="prove">

Book the wrap-up call before the trial starts.

</Stage>

A closing note for the whole process.
`,
  );
  // A body that opens with its own heading (issue 24: no empty "Notes" heading above it).
  appendFileSync(join(site.root, 'playbooks/demo/offerings/starter.mdx'), '\n## Objections\n\nToo small for us? It grows with you.\n');
  const outDir = join(site.root, 'dist');
  mkdirSync(outDir, { recursive: true });
  execFileSync(join(PROJECT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: site.root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  html = readFileSync(join(outDir, 'demo/processes/solution/index.html'), 'utf8');
  page = parse(html);
}, 120_000);

afterAll(() => site?.remove());

const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('stage cards', () => {
  it('show each stage’s talk track in its card, in stage order', () => {
    const cards = page.querySelectorAll('.stage-cards > li.stage-card');
    expect(cards.map((c) => c.getAttribute('id'))).toEqual(['stage-discover', 'stage-prove']);
    const discover = page.querySelector('#stage-discover .talk-track')!;
    expect(text(discover.querySelector('h4'))).toBe('Talk track');
    expect(text(discover.querySelector('.prose strong'))).toBe('Opening question:');
    expect(discover.querySelectorAll('.prose table tbody tr')).toHaveLength(1);
    expect(text(page.querySelector('#stage-prove .talk-track .prose'))).toBe('Book the wrap-up call before the trial starts.');
  });

  it('leave the rest of the body under Notes, without the stages’ content', () => {
    const notes = text(page.querySelector('section.prose[aria-labelledby="page-notes"]'));
    expect(notes).toContain('How we run it, for everyone.');
    expect(notes).toContain('A closing note for the whole process.');
    expect(notes).not.toContain('Opening question');
    expect(notes).not.toContain('Book the wrap-up call');
  });

  it('put no "Notes" heading above a body that opens with a heading of its own', () => {
    const starter = parse(readFileSync(join(site.root, 'dist/demo/offerings/starter/index.html'), 'utf8'));
    const body = starter.querySelector('section.prose')!;
    expect(body.getAttribute('aria-label')).toBe('Notes');
    expect(body.querySelector('#page-notes')).toBeNull();
    expect(text(body.querySelector('h2'))).toBe('Objections');
    // A body that opens with text keeps the heading (the process above).
    expect(text(page.querySelector('#page-notes'))).toBe('Notes');
  });

  it('list the exit criteria as labelled checkboxes, on a page without scripts', () => {
    const boxes = page.querySelectorAll('#stage-discover .checklist input[type="checkbox"]');
    expect(boxes.map((b) => [b.id, text(page.querySelector(`label[for="${b.id}"]`))])).toEqual([
      ['stage-discover-exit-1', 'Pain confirmed'],
      ['stage-discover-exit-2', 'Budget named'],
    ]);
    expect(text(page.querySelector('#stage-discover .checklist legend'))).toBe('Exit criteria');
    expect(page.querySelectorAll('script')).toHaveLength(0);
  });
});
