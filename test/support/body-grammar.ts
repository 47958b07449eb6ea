/**
 * Random playbook bodies from a grammar of the Markdown, GFM, HTML and MDX
 * constructs a body may hold (and a few it may not), for the property of
 * test/unit/body-property.test.ts and the soak of scripts/soak-bodies.ts.
 *
 * The grammar nests blocks (lists, quotes, callouts, details) and inline
 * content (emphasis, strikethrough, links, images, tags) to random depths,
 * and mixes in runs of raw marks, so that the bounds of src/body/limits.ts,
 * the depth count and the recovery of broken bodies are all met.
 */
import fc from 'fast-check';

const words = fc.constantFrom('budget', 'the CFO', 'ROI', 'pilot', '客户', '预算。', '成交率：', 'q3', '42', 'a_b', 'x*y', 'www.example.com', 'mail@example.com', '&amp;', '&copy;');
const text = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

const url = fc.constantFrom('https://example.com/a', '/docs/', '#talk-track', 'deck.pdf', '//cdn.example.com/x.png', 'javascript:alert(1)', 'images/chart.png');

const letrec = fc.letrec<{ inline: string; block: string; blocks: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text,
    tie('inline').map((x) => `**${x}**`),
    tie('inline').map((x) => `_${x}_`),
    tie('inline').map((x) => `*${x}*`),
    tie('inline').map((x) => `~~${x}~~`),
    fc.tuple(tie('inline'), url).map(([x, u]) => `[${x}](${u})`),
    fc.tuple(text, url).map(([x, u]) => `![${x}](${u})`),
    text.map((x) => `\`${x}\``),
    tie('inline').map((x) => `<b>${x}</b>`),
    fc.constantFrom('<br>', '<br />', '<kbd>Ctrl</kbd>', 'mc<sup>2</sup>', '<Metric of="coverage" />', '<Metric of="nope" />', '[^1]', '\\*', '\\<div>', 'a < b', '<3', '{x}', '<!-- c -->'),
    fc.array(fc.constantFrom('*', '_', '~', '[', ']', '!', '`', '<', '>', ' ', 'a'), { minLength: 1, maxLength: 40 }).map((m) => m.join('')),
    fc.tuple(tie('inline'), tie('inline')).map(([a, b]) => `${a} ${b}`),
  ),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('inline'),
    tie('inline'),
    fc.tuple(fc.integer({ min: 1, max: 6 }), tie('inline')).map(([d, x]) => `${'#'.repeat(d)} ${x}`),
    fc.tuple(tie('inline'), fc.constantFrom('===', '---')).map(([x, u]) => `${x}\n${u}`),
    fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
    fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map((items) => items.map((i, k) => `${k + 1}. ${i}`).join('\n')),
    tie('blocks').map((b) => indent(b, '- ', '  ')),
    tie('blocks').map((b) => indent(b, '> ', '> ')),
    tie('blocks').map((b) => `<Callout type="tip">\n\n${b}\n\n</Callout>`),
    tie('blocks').map((b) => `<details><summary>More</summary>\n\n${b}\n\n</details>`),
    tie('blocks').map((b) => `<div>\n\n${b}\n\n</div>`),
    tie('blocks').map((b) => `<Stage id="qualify">\n\n${b}\n\n</Stage>`),
    fc.array(fc.tuple(tie('inline'), tie('inline')), { minLength: 1, maxLength: 3 }).map((rows) => `| a | b |\n|---|---|\n${rows.map(([x, y]) => `| ${x.replace(/\|/g, '\\|')} | ${y.replace(/\|/g, '\\|')} |`).join('\n')}`),
    fc.tuple(fc.constantFrom('js', 'JavaScript', 'sh', 'nosuchlang', ''), text).map(([lang, code]) => `\`\`\`${lang}\n${code} ** [x] <br> {y}\n\`\`\``),
    fc.constantFrom('***', '---', '[^1]: A note.', '[ref]: https://example.com', '![ref][ref]', 'import x from "y"', '{1 + 1}', '<Chart />', '<Callout type="tip">', '## fn-1'),
  ),
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 4 }).map((b) => b.join('\n\n')),
}));

function indent(blocks: string, first: string, rest: string): string {
  return blocks
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');
}

/** A random body: blocks, sometimes with CRLF line endings. */
export const bodies: fc.Arbitrary<string> = fc.tuple(letrec.blocks, fc.constantFrom('\n', '\n', '\n', '\r\n')).map(([body, eol]) => body.replace(/\n/g, eol));

/** A body made longer: a generated one repeated, so that the bounds are met too. */
export const longBodies: fc.Arbitrary<string> = fc.tuple(bodies, fc.integer({ min: 1, max: 60 })).map(([body, times]) => Array.from({ length: times }, () => body).join('\n\n'));
