/**
 * The twins written run by run (src/body/markdown-flow.ts): the same text as
 * the serializer gives for the whole document, on the serializer's edge cases
 * and on random bodies, and a run's text written once and reused.
 */
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { compactFlow, flowText } from '../../src/body/markdown-flow.ts';
import { bodyMarkdown } from '../../src/site/markdown/body.ts';
import { blockList, demote, heading, list, paragraph, stringify, table } from '../../src/site/markdown/mdast.ts';
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
      expect(flowText(compactFlow(nodes))).toBe(whole(nodes));
    });
  }

  it('stores a twin as the text of its runs, with headings and footnotes as nodes (the book changes them)', () => {
    const footnote: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'See' }, { type: 'footnoteReference', identifier: '1', label: '1' }] };
    const nodes = [heading(2, 'Talk track'), paragraph('Ask.'), list(['a']), list(['b']), footnote, { type: 'footnoteDefinition', identifier: '1', label: '1', children: [paragraph('Why.')] } as RootContent];
    const stored = compactFlow(nodes);
    expect(stored.map((n) => n.type)).toEqual(['heading', 'html', 'html', 'paragraph', 'footnoteDefinition']);
    // The two lists are one run: the second takes the other bullet, in the stored text as in the whole document.
    expect(stored[2]).toEqual({ type: 'html', value: '- a\n\n* b' });
    expect(flowText(stored)).toBe(whole(nodes));
    expect(flowText(demote(stored, 1))).toBe(whole(demote(nodes, 1)));
  });

  it('writes a run once: the same nodes give the text written the first time', () => {
    const nodes = [paragraph('first'), paragraph('second')];
    const first = flowText(nodes);
    (nodes[0] as { children: { value: string }[] }).children[0]!.value = 'changed';
    expect(flowText(nodes)).toBe(first);
    expect(flowText([paragraph('changed')])).toBe('changed\n');
  });

  it('gives the whole document on random bodies, alone and under a page heading', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        if (checkBody(body, 1, PROPERTY_CONTEXT).some(isBodyError)) return;
        const twin = bodyMarkdown(body, PROPERTY_CONTEXT);
        const nodes = twin.tree.children;
        expect(flowText(compactFlow(nodes))).toBe(whole(nodes));
        const page = [heading(1, 'Page'), paragraph('Summary'), heading(2, 'Notes'), ...nodes, ...nodes];
        expect(flowText(page)).toBe(whole(page));
        const stored = JSON.parse(JSON.stringify(compactFlow(nodes))) as RootContent[];
        expect(flowText(demote([heading(2, 'Notes'), ...stored, heading(2, 'Next')], 1))).toBe(whole(demote([heading(2, 'Notes'), ...nodes, heading(2, 'Next')], 1)));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
