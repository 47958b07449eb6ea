/**
 * The twins written run by run (src/body/markdown-flow.ts): the same text as
 * the serializer gives for the whole document, on the serializer's edge cases
 * and on random bodies, and a run's text written once and reused.
 */
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { flowRuns, flowText, rememberRuns, runsText } from '../../src/body/markdown-flow.ts';
import { bodyMarkdown } from '../../src/site/markdown/body.ts';
import { blockList, heading, list, paragraph, stringify, table } from '../../src/site/markdown/mdast.ts';
import { bodies } from '../support/body-grammar.ts';
import { checkBody } from '../../src/body/index.ts';
import { isBodyError } from '../../src/body/types.ts';
import { PROPERTY_CONTEXT } from '../support/body-property.ts';

const whole = (nodes: RootContent[]) => stringify({ type: 'root', children: nodes });
const quote = (...children: RootContent[]): RootContent => ({ type: 'blockquote', children: children as never });
const lineBreakParagraph: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'ends' }, { type: 'break' }] };

describe('flowText', () => {
  const cases: Record<string, RootContent[]> = {
    empty: [],
    'one paragraph': [paragraph('One')],
    'a list right after a list (the second takes the other bullet)': [list(['a', 'b']), list(['c'])],
    'three lists in a row': [list(['a']), list(['b']), list(['c'])],
    'ordered lists in a row': [list(['a'], true), list(['b'], true)],
    'a quote starting with a list after a list': [list(['a']), quote(list(['b']) as RootContent)],
    'a list, a paragraph, a list': [list(['a']), paragraph('p'), list(['b'])],
    'a paragraph ending with a line break, last': [paragraph('p'), lineBreakParagraph],
    'a paragraph ending with a line break, between': [lineBreakParagraph, paragraph('p')],
    'a table and nested lists': [heading(2, 'T'), table(['a', 'b'], [['1', '2']], [1]), blockList([[paragraph('x'), list(['y'])]])],
  };
  for (const [name, nodes] of Object.entries(cases)) {
    it(`writes ${name} as the whole document`, () => {
      expect(flowText(nodes)).toBe(whole(nodes));
      expect(runsText(flowRuns(nodes))).toBe(whole(nodes));
    });
  }

  it('writes a run once: its text is kept by its nodes, and a text seeded from a store is used', () => {
    const nodes = [paragraph('first'), paragraph('second')];
    rememberRuns(nodes, ['stored first', 'stored second']);
    expect(flowText(nodes)).toBe('stored first\n\nstored second\n');
    // A quote seeded alone, then after a list whose bullet it takes over: another run, written anew.
    const q = quote(list(['b']) as RootContent);
    rememberRuns([q], ['seeded alone']);
    expect(flowText([q])).toBe('seeded alone\n');
    const after = [list(['a']), q];
    expect(flowText(after)).toBe(whole(after));
    expect(whole(after)).toContain('* b');
    // A seed for other nodes (a count that does not match) is ignored.
    const other = [paragraph('third')];
    rememberRuns(other, ['x', 'y']);
    expect(flowText(other)).toBe('third\n');
  });

  it('gives the whole document on random bodies, alone and under a page heading', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        if (checkBody(body, 1, PROPERTY_CONTEXT).some(isBodyError)) return;
        const twin = bodyMarkdown(body, PROPERTY_CONTEXT);
        const nodes = twin.tree.children;
        expect(runsText(flowRuns(nodes))).toBe(whole(nodes));
        const page = [heading(1, 'Page'), paragraph('Summary'), heading(2, 'Notes'), ...nodes, ...nodes];
        expect(flowText(page)).toBe(whole(page));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
