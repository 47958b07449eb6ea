/**
 * The rep's view of a process in a real build (issue 16, format §9): each `<Stage id>` block of a process body is
 * shown in its stage's card, under the card's own heading, and not again under "Notes" with the rest of the body;
 * the exit criteria are native checkboxes with labels (no JavaScript on the page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBuild } from '../support/fixture-builds.ts';

let dir: string;
let page: HTMLElement;

beforeAll(async () => {
  // test/fixtures/site, built once per run for every test that reads it (test/support/fixture-builds.ts): the body of
  // its solution process has a text, two stages and notes after them.
  dir = (await fixtureBuild('site')).dir;
  page = parse(readFileSync(join(dir, 'demo/processes/solution/index.html'), 'utf8'));
});

const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('stage cards', () => {
  it('show each stage’s talk track in its card, in stage order', () => {
    const cards = page.querySelectorAll('.stage-cards > li.stage-card');
    expect(cards.map((c) => c.getAttribute('id'))).toEqual(['stage-discover', 'stage-prove']);
    const discover = page.querySelector('#stage-discover .talk-track')!;
    expect(text(discover.querySelector('h4'))).toBe('Talk track');
    expect(text(discover.querySelector('.prose strong'))).toBe('three');
    expect(discover.querySelectorAll('.prose ol li')).toHaveLength(2);
    expect(text(discover.querySelector('.prose aside'))).toContain('Write the answers in the CRM.');
    expect(text(page.querySelector('#stage-prove .talk-track .prose'))).toMatch(/^Prove it with their data \(win rate \d/);
  });

  it('leave the rest of the body under Notes, without the stages’ content', () => {
    const notes = text(page.querySelector('section.prose[aria-labelledby="page-notes"]'));
    expect(notes).toContain('The solution sale in one line: discover, then prove.');
    expect(notes).toContain('Never discount in the proof.');
    expect(notes).not.toContain('questions before you demo');
    expect(notes).not.toContain('Write the answers in the CRM');
    expect(notes).not.toContain('Prove it with their data');
  });

  it('put no "Notes" heading above a body that opens with a heading of its own', () => {
    const segment = parse(readFileSync(join(dir, 'demo/segments/enterprise/index.html'), 'utf8'));
    const body = segment.querySelector('section.prose')!;
    expect(body.getAttribute('aria-label')).toBe('Notes');
    expect(body.querySelector('#page-notes')).toBeNull();
    expect(text(body.querySelector('h2'))).toBe('Talk track');
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
