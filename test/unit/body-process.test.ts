/**
 * processBody, the one entry point of the site (issue 27, lever 1): from one
 * parse, what renderBody, the Markdown twin (src/site/markdown) and the check
 * give, byte for byte, on every body of the test fixtures, the example
 * playbooks and a generated bench project.
 */
import { describe, expect, it } from 'vitest';
import { checkBody, flowText, processBody, renderBody, type BodyContext } from '../../src/body/index.ts';
import { parseStats } from '../../src/body/parse.ts';
import { bodyMarkdown } from '../../src/site/markdown/body.ts';
import { demote, heading, stringify } from '../../src/site/markdown/mdast.ts';
import { everyBody } from '../support/body-files.ts';

// 120 generated entity files: every shape of body the bench's generator writes, many times over.
const corpus = everyBody(120);

const ctx: BodyContext = {
  lang: 'en',
  kind: 'processes',
  stageIds: ['qualify', 'close'],
  metric: (request) => (request.of === 'coverage' ? { ok: true, text: '62.5%', title: '0.625' } : { ok: false, what: 'metric', value: request.of }),
};

describe('processBody', () => {
  it('gives what renderBody, the twin and the check give, on every body of the fixtures, the examples and the bench', async () => {
    let rendered = 0;
    for (const { name, body, bodyLine, ctx: context } of corpus) {
      const processed = await processBody(body, context, { bodyLine });
      expect(processed.problems, name).toEqual(checkBody(body, bodyLine, context));
      if (!processed.ok) {
        await expect(renderBody(body, context), name).rejects.toThrow(Error);
        continue;
      }
      rendered++;
      const html = await renderBody(body, context);
      expect(processed.html, name).toBe(html.html);
      expect(processed.headings, name).toEqual(html.headings);
      expect(Object.fromEntries(Object.entries(processed.stages).map(([id, s]) => [id, s.html])), name).toEqual(html.stages);
      const twin = bodyMarkdown(body, context);
      // The twin as the store keeps it (text, headings and footnotes as nodes) writes what the whole tree writes:
      // alone, read back from JSON, between a page's headings, and one level deeper as in the book.
      const stored = JSON.parse(JSON.stringify(processed.markdownStored)) as typeof processed.markdownStored;
      expect(flowText(stored), name).toBe(stringify(twin.tree));
      const onPage = (nodes: typeof stored) => [heading(1, 'Page'), heading(2, 'Notes'), ...nodes, heading(2, 'Next')];
      expect(flowText(demote(onPage(stored), 1)), name).toBe(stringify({ type: 'root', children: demote(onPage(twin.tree.children), 1) }));
      expect(stored, name).toEqual(processed.markdownStored);
      for (const [id, stage] of Object.entries(processed.stages)) {
        const full = twin.stages.get(id) ?? [];
        expect(flowText(stage.markdownStored), `${name} <Stage id="${id}">`).toBe(stringify({ type: 'root', children: full }));
        expect(flowText(demote(onPage(stage.markdownStored), 4)), `${name} <Stage id="${id}">`).toBe(stringify({ type: 'root', children: demote(onPage(full), 4) }));
      }
    }
    expect(corpus.length).toBeGreaterThan(400);
    expect(rendered).toBeGreaterThan(300);
  });

  it('parses a body once for everything (the render and the twin parsed it once each, the check a third time)', async () => {
    const body = '## Talk track\n\nAsk about **budget**[^1] with <Metric of="coverage" />.\n\n<Stage id="qualify">\n\n- Who signs?\n\n</Stage>\n\n[^1]: And timing.';
    const before = parseStats.parses;
    const processed = await processBody(body, ctx);
    expect(parseStats.parses - before).toBe(1);
    expect(processed.ok).toBe(true);
    expect(flowText(processed.markdownStored)).toBe('## Talk track\n\nAsk about **budget**[^1] with 62.5%.\n\n[^1]: And timing.\n');
    expect(flowText(processed.stages.qualify!.markdownStored)).toBe('- Who signs?\n');
  });

  it('gives the text a reader sees, for search: a line per block, code as written, no footnote arrows', async () => {
    const body = '# Pricing\n\nThe **list** price, see [the deck](https://example.com).\n\n| Plan | Price |\n|---|---|\n| Team | $10 |\n\n```sh\nnpm run check\n```\n\n- One\n- Two[^a]\n\n<Callout type="tip">Ask early.</Callout>\n\n[^a]: A note.';
    const { text } = await processBody(body, ctx);
    expect(text).toBe(['Pricing', 'The list price, see the deck.', 'Plan', 'Price', 'Team', '$10', 'npm run check', 'One', 'Two1', 'Tip', 'Ask early.', 'A note.'].join('\n'));
    const zh = await processBody('客户常问"为什么"，覆盖率<Metric of="coverage" />。', { ...ctx, lang: 'zh-CN' });
    expect(zh.text).toBe('客户常问“为什么”，覆盖率 62.5%。');
  });

  it('says what is wrong and renders nothing for a body with an error; warnings leave it rendered', async () => {
    const broken = await processBody('Intro.\n\n{x}', ctx, { bodyLine: 8 });
    expect(broken).toEqual({ problems: [expect.objectContaining({ code: 'unsafe-body', line: 10 })], ok: false, html: '', headings: [], text: '', markdownStored: [], stages: {} });
    const warned = await processBody('![x](https://example.com/x.png)', ctx);
    expect(warned.ok).toBe(true);
    expect(warned.problems.map((p) => p.code)).toEqual(['external-image']);
    expect(warned.html).toBe('<p><img src="https://example.com/x.png" alt="x"></p>');
  });
});

