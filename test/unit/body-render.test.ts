import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkBody, renderBody, type BodyContext, type BodyLang } from '../../src/body/index.ts';
import { bodyMessage } from '../support/body-message.ts';
import { bodyContext as context } from '../support/body-context.ts';


const render = (body: string, overrides: Partial<BodyContext> = {}) => renderBody(body, context(overrides));
const dom = (html: string) => parse(html);

/** Every `href="#…"` of the page resolves to an element of the page. */
function expectFragmentsResolve(root: HTMLElement): void {
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
  const fragments = root.querySelectorAll('a[href^="#"]').map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
  expect(fragments.length).toBeGreaterThan(0);
  for (const fragment of fragments) expect(ids, `#${fragment}`).toContain(fragment);
}

describe('GFM', () => {
  const body = [
    '## Price list',
    '',
    '| Plan | Price |',
    '|:-----|------:|',
    '| Team | $10 |',
    '',
    '- [ ] Send the deck',
    '- [x] Book the demo',
    '',
    'Old ~~price~~, see www.example.com and https://example.org/x.',
    '',
    'Discounts need approval[^approval].',
    '',
    '[^approval]: By the sales director.',
  ].join('\n');

  it('renders tables, task lists, strikethrough, autolinks and footnotes', async () => {
    const root = dom((await render(body)).html);
    const table = root.querySelector('.table-scroll > table')!;
    expect(table.querySelectorAll('th').map((th) => [th.text, th.getAttribute('align'), th.getAttribute('scope')])).toEqual([
      ['Plan', 'left', 'col'],
      ['Price', 'right', 'col'],
    ]);
    const boxes = root.querySelectorAll('li.task-list-item label input[type=checkbox]');
    expect(boxes.map((b) => [b.hasAttribute('disabled'), b.hasAttribute('checked')])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(root.querySelector('del')!.text).toBe('price');
    expect(root.querySelectorAll('p a').filter((a) => !a.hasAttribute('data-footnote-backref')).map((a) => a.getAttribute('href'))).toEqual(['http://www.example.com', 'https://example.org/x', '#user-content-fn-approval']);
    expect(root.querySelector('section.footnotes li')!.text).toContain('By the sales director.');
  });

  it('links footnotes both ways within the page, with one prefix', async () => {
    const { html } = await render(body);
    expect(html).not.toContain('user-content-user-content');
    const root = dom(html);
    expectFragmentsResolve(root);
    expect(root.querySelector('sup a')!.getAttribute('href')).toBe('#user-content-fn-approval');
    expect(root.querySelector('a[data-footnote-backref]')!.getAttribute('href')).toBe('#user-content-fnref-approval');
    expect(root.querySelector('sup a')!.getAttribute('aria-describedby')).toBe(root.querySelector('section.footnotes h2')!.getAttribute('id'));
  });

  it('labels footnotes in the page’s language, in a visually hidden heading', async () => {
    const en = dom((await render(body)).html);
    expect(en.querySelector('section.footnotes h2')!.text).toBe('Footnotes');
    expect(en.querySelector('a[data-footnote-backref]')!.getAttribute('aria-label')).toBe('Back to reference 1');

    const { html } = await render(body, { lang: 'zh-CN' });
    const zh = dom(html);
    const label = zh.querySelector('section.footnotes h2')!;
    expect(label.text).toBe('脚注');
    expect(label.classList.contains('sr-only')).toBe(true);
    expect(zh.querySelector('a[data-footnote-backref]')!.getAttribute('aria-label')).toBe('返回引用 1');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
  });
});

describe('headings and fragment links', () => {
  it('gives headings GitHub slugs, lists them and keeps `[x](#slug)` links working', async () => {
    const result = await render('# Talk track\n\n## Objections\n\n## Objections\n\n### 价格异议\n\nSee [objections](#objections), [the second](#objections-1) and [价格](#价格异议).');
    expect(result.headings).toEqual([
      { depth: 1, slug: 'user-content-talk-track', text: 'Talk track' },
      { depth: 2, slug: 'user-content-objections', text: 'Objections' },
      { depth: 2, slug: 'user-content-objections-1', text: 'Objections' },
      { depth: 3, slug: 'user-content-价格异议', text: '价格异议' },
    ]);
    const root = dom(result.html);
    expect(root.querySelectorAll('a').map((a) => decodeURIComponent(a.getAttribute('href')!))).toEqual([
      '#user-content-objections',
      '#user-content-objections-1',
      '#user-content-价格异议',
    ]);
    expectFragmentsResolve(root);
  });

  it('prefixes ids from raw HTML too, and points links at them', async () => {
    const root = dom((await render('<a name="old-anchor"></a>\n\n<div id="pricing">x</div>\n\n[old](#old-anchor) and [pricing](#pricing) and [nowhere](#nowhere)')).html);
    expect(root.querySelector('div')!.getAttribute('id')).toBe('user-content-pricing');
    expect(root.querySelectorAll('p a[href]').map((a) => a.getAttribute('href'))).toEqual(['#user-content-old-anchor', '#user-content-pricing', '#nowhere']);
  });
});

describe('components', () => {
  it('renders Metric and Delta as text of the model, with the exact value as title', async () => {
    const root = dom((await render('Coverage is <Metric of="coverage" /> (<Delta of="coverage" scenario="hire" /> with two hires).\n\n<Metric of="coverage" />')).html);
    const spans = root.querySelectorAll('span.metric');
    expect(spans.map((s) => [s.text, s.getAttribute('title'), s.getAttribute('class')])).toEqual([
      ['62.5%', '0.62513', 'metric'],
      ['+10.6 pts', undefined, 'metric metric--delta'],
      ['62.5%', '0.62513', 'metric'],
    ]);
    // On a line of its own, a number is a paragraph.
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it.each<[BodyLang, string, string]>([
    ['en', 'tip', 'Tip'],
    ['en', 'warning', 'Warning'],
    ['zh-CN', 'tip', '提示'],
  ])('renders a Callout as a note aside, titled in the page language (%s, %s)', async (lang, type, title) => {
    const root = dom((await render(`<Callout type="${type}">\n\nAsk about **budget** first.\n\n</Callout>`, { lang })).html);
    const aside = root.querySelector('aside')!;
    expect(aside.getAttribute('class')).toBe(`callout callout--${type}`);
    expect(aside.getAttribute('role')).toBe('note');
    expect(aside.querySelector('p.callout__title')!.text).toBe(title);
    expect(aside.querySelector('strong')!.text).toBe('budget');
  });

  it('defaults a Callout to a note, and keeps a one-line Callout out of a paragraph', async () => {
    const { html } = await render('<Callout>Short <Metric of="coverage" /> note.</Callout>');
    expect(html).toBe('<aside class="callout callout--note" role="note"><p class="callout__title">Note</p><p>Short <span class="metric" title="0.62513">62.5%</span> note.</p></aside>');
  });

  it('takes Stage content out of the body, rendered like the rest', async () => {
    const body = [
      'Intro with a note[^n].',
      '',
      '<Stage id="qualify">',
      '',
      '### Questions',
      '',
      '- Who decides?',
      '',
      '</Stage>',
      '',
      '## After',
      '',
      '<Stage id="close">Ask for the signature: <Metric of="coverage" />.</Stage>',
      '',
      '<Stage id="qualify">',
      '',
      'And **more**, see [after](#after).',
      '',
      '</Stage>',
      '',
      '[^n]: Note.',
    ].join('\n');
    const result = await render(body);
    expect(Object.keys(result.stages)).toEqual(['qualify', 'close']);
    const qualify = dom(result.stages.qualify!);
    expect(qualify.querySelector('h3')!.getAttribute('id')).toBe('user-content-questions');
    expect(qualify.querySelector('li')!.text).toBe('Who decides?');
    expect(qualify.querySelector('strong')!.text).toBe('more');
    expect(qualify.querySelector('a')!.getAttribute('href')).toBe('#user-content-after');
    expect(result.stages.close).toBe('<p>Ask for the signature: <span class="metric" title="0.62513">62.5%</span>.</p>');
    expect(result.html).not.toMatch(/Questions|Who decides|signature/);
    expect(result.headings).toEqual([{ depth: 2, slug: 'user-content-after', text: 'After' }]);
    // The page shows the body and the stage cards: their ids and links still resolve together.
    expectFragmentsResolve(dom(result.html + Object.values(result.stages).join('')));
  });

  it('throws a plain Error for a body that does not pass the check', async () => {
    await expect(render('Total: {1 + 1}')).rejects.toThrow(Error);
    await expect(render('<Chart />')).rejects.toThrow(/1:1 unknown-component/);
  });
});

describe('HTML', () => {
  it('keeps GitHub’s HTML with literal attributes', async () => {
    const root = dom((await render('<details open>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\n<kbd>Ctrl</kbd> <sub>1</sub> <img src="chart.png" alt="Chart" width="200" />')).html);
    const details = root.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(true);
    expect(details.childNodes.find((n) => n.nodeType === 1)!.rawTagName).toBe('summary');
    expect(root.querySelector('img')!.attributes).toEqual({ src: 'chart.png', alt: 'Chart', width: '200' });
    expect(root.querySelector('kbd')!.text).toBe('Ctrl');
  });

  it('does not let raw HTML pass for a component', async () => {
    const { html } = await render('<aside class="callout callout--warning">Fake</aside>\n\n<span class="metric" title="0.99">99%</span>');
    expect(html).not.toContain('<aside');
    expect(html).not.toContain('class=');
    expect(html).toContain('Fake');
  });

  it('highlights code blocks with Shiki, and only bodies that have one', async () => {
    const code = await render('```sh\nnpm run check\n```');
    expect(dom(code.html).querySelector('pre')!.getAttribute('class')).toContain('astro-code');
    const plain = await render('Just `inline` code.');
    expect(plain.html).toBe('<p>Just <code>inline</code> code.</p>');
  });
});

describe('dangerous input never reaches the HTML', () => {
  const cases: [string, string, RegExp][] = [
    ['a script element', '<script>alert(1)</script>\n\nText.', /<script|alert/],
    ['an iframe with srcdoc', 'a <iframe srcdoc="<script>alert(1)</script>"></iframe> b', /<iframe|srcdoc|alert/],
    ['a base element', '<base href="https://evil.example/" />\n\n[x](page)', /<base|evil/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', /<meta|refresh|evil/],
    ['a style element', '<style>@import url(https://evil.example/x.css);</style>', /<style|@import|evil/],
    ['a form', '<form action="https://evil.example/"><input type="text" name="q" /><button>Send</button></form>', /<form|action|<button|evil|type="text"/],
    ['a script inside svg', '<svg><script>alert(1)</script></svg>', /<svg|<script|alert/],
    ['event handlers', '<div onclick="alert(1)" onmouseover="alert(2)">t</div>', /onclick|onmouseover|alert/],
    ['img onerror, with quoted values', '<img src="x.png" onerror="alert(1)" />', /onerror|alert/],
    ['javascript: links in Markdown', '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](java%0ascript:alert(1))', /javascript|alert/i],
    ['data: links in Markdown', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![i](data:image/svg+xml;base64,PHN2Zz4=)', /data:/],
    ['javascript: and data: links in HTML', '<a href="javascript:alert(1)">a</a> <a href="&#106;avascript:alert(1)">b</a> <a href="data:text/html,x">c</a> <img src="data:image/svg+xml,x" />', /javascript|data:|alert/i],
  ];

  it.each(cases)('%s', async (_, body, forbidden) => {
    expect(checkBody(body, 1, context())).toEqual([]);
    const { html } = await render(body);
    expect(html).not.toMatch(forbidden);
  });

  it.each([
    ['import', 'import fs from "node:fs"\n\n{fs.readFileSync("/etc/passwd")}', 'unsafe-body'],
    ['export', 'export const x = 1', 'unsafe-body'],
    ['an expression', '{process.exit(1)}', 'unsafe-body'],
    ['a spread of handlers', '<a {...{onclick: "alert(1)"}}>x</a>', 'unsafe-body'],
    ['an expression href', '<a href={"java"+"script:alert(1)"}>x</a>', 'unsafe-body'],
    ['an unquoted onerror', '<img src=x onerror=alert(1)>', 'body-syntax'],
  ])('%s is a problem, and is never rendered', async (_, body, code) => {
    expect(checkBody(body, 1, context()).map((p) => p.code)).toContain(code);
    await expect(render(body)).rejects.toThrow(Error);
  });
});

describe('zh-CN typography', () => {
  const zh = async (body: string) => (await render(body, { lang: 'zh-CN' })).html;

  it('turns straight double quotes into “…”, paired within each block, across emphasis', async () => {
    expect(await zh('客户常问"为什么买我们"，先讲"**五年电费**"。\n\n- "交期"\n- 他说"好"')).toBe(
      '<p>客户常问“为什么买我们”，先讲“<strong>五年电费</strong>”。</p>\n<ul>\n<li>“交期”</li>\n<li>他说“好”</li>\n</ul>',
    );
  });

  it('puts one space between Chinese and Latin text or digits, also where they meet across elements', async () => {
    expect(await zh('覆盖率50%，用ERP的数据，见[Northwind](https://example.com/a"b)和**VFD**变频机')).toBe(
      '<p>覆盖率 50%，用 ERP 的数据，见 <a href="https://example.com/a%22b">Northwind</a> 和 <strong>VFD</strong> 变频机</p>',
    );
  });

  it('never changes code, and puts the space outside code and outside emphasis', async () => {
    const html = await zh('流程`quick-quote`的"报价"，以及**重点**English。\n\n```yaml\ntitle: "快速报价"\n```');
    expect(html).toContain('<p>流程 <code>quick-quote</code> 的“报价”，以及<strong>重点</strong> English。</p>');
    expect(html).toContain('"快速报价"');
    expect(html).not.toContain('“快速报价”');
  });

  it('keeps hrefs, titles and other attributes as written', async () => {
    const root = dom(await zh('<a href="https://example.com/?q=中文abc" title=\'说"好"\'>链接abc</a>'));
    const a = root.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.com/?q=中文abc');
    expect(a.getAttribute('title')).toBe('说"好"');
    expect(a.text).toBe('链接 abc');
  });

  it('sets footnote marks and other superscripts tight against the Chinese around them', async () => {
    const html = await zh('产能不足。[^1]再看E<sup>2</sup>倍\n\n[^1]: 见表。');
    expect(html).toMatch(/^<p>产能不足。<sup><a [^>]+>1<\/a><\/sup>再看 E<sup>2<\/sup>倍<\/p>/);
  });

  it('leaves English bodies as written', async () => {
    expect((await render('Say "yes" to 覆盖率50%.')).html).toBe('<p>Say "yes" to 覆盖率50%.</p>');
  });
});

describe('GitHub’s HTML as GitHub renders it (issue 24)', () => {
  it('renders `<details><summary>…</summary>` on one line, then Markdown, then `</details>`', async () => {
    const body = 'Intro.\n\n<details><summary>Pricing **rules**</summary>\n\n- Discount up to *10%*\n- Above: the director\n\n</details>\n\nAfter.';
    expect(checkBody(body, 1, context())).toEqual([]);
    const { html } = await render(body);
    expect(html).toBe(
      '<p>Intro.</p>\n<details><summary>Pricing <strong>rules</strong></summary><ul>\n<li>Discount up to <em>10%</em></li>\n<li>Above: the director</li>\n</ul></details>\n<p>After.</p>',
    );
  });

  it('keeps the summary the first child of its details when text follows on the next line', async () => {
    const root = dom((await render('<details open><summary>More</summary>\nHidden **text**.\n</details>')).html);
    const details = root.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(true);
    expect(details.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as HTMLElement).rawTagName)).toEqual(['summary', 'p']);
    expect(details.querySelector('p')!.innerHTML).toBe('Hidden <strong>text</strong>.');
  });

  it('renders `<kbd>`, `<sup>` and `<br>` without a slash, sanitized', async () => {
    const body = 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; E = mc<sup>2</sup>.<br>Next line<br>\nand <img src="chart.png" alt="Chart"> <hr>';
    expect(checkBody(body, 1, context())).toEqual([]);
    expect((await render(body)).html).toBe(
      '<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; E = mc<sup>2</sup>.<br>Next line<br>\nand <img src="chart.png" alt="Chart"> <hr></p>',
    );
    expect((await render('<br onclick="alert(1)">')).html).toBe('<br>');
  });

  it('does not split a `<details>` line inside fenced code, nor one that continues a paragraph', async () => {
    const fenced = '```html\n<details><summary>More</summary>\n```';
    const text = (await render(fenced)).html.replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<');
    expect(text).toBe('<details><summary>More</summary>');
    const positions = checkBody('Text.\n\n<details><summary>More</summary>\n\n{x}\n\n</details>', 1, context());
    // Lines and columns stay those of the file as written.
    expect(positions).toEqual([expect.objectContaining({ code: 'unsafe-body', line: 5, column: 1 })]);
  });

  it('makes `**…。**` in Chinese bold (remark-cjk-friendly), in bodies of either language', async () => {
    expect((await render('这是**重要。**后面的话，以及**“引号”**也行。', { lang: 'zh-CN' })).html).toBe('<p>这是<strong>重要。</strong>后面的话，以及<strong>“引号”</strong>也行。</p>');
    // Latin punctuation keeps CommonMark's rule, as on GitHub.
    expect((await render('**Done.**Next')).html).toBe('<p>**Done.**Next</p>');
  });
});

describe('ids, languages and images (issue 25, item 11)', () => {
  it('gives a heading `## fn-1` an id that no footnote has', async () => {
    const result = await render('## fn-1\n\nA note[^1].\n\n## fnref-1\n\n[^1]: Footnote.');
    const ids = dom(result.html)
      .querySelectorAll('[id]')
      .map((el) => el.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.headings.map((h) => h.slug)).toEqual(['user-content-fn-1-1', 'user-content-fnref-1-1']);
    expectFragmentsResolve(dom(result.html));
  });

  it('highlights ```` ```JavaScript ```` as JavaScript, whatever the case of the language', async () => {
    const { html } = await render('```JavaScript\nconst x = 1;\n```');
    const pre = dom(html).querySelector('pre')!;
    expect(pre.getAttribute('data-language')).toBe('javascript');
    expect(html.match(/<span style="color:/g)?.length).toBeGreaterThan(1);
  });

  it('warns at its line about an image on another site, and renders the body all the same', async () => {
    const body = 'Intro.\n\n![Screen](https://example.com/s.png)\n\n<img src="//cdn.example.com/x.png" alt="x" />\n\n![Local](/images/s.png) ![Ref][shot]\n\n[shot]: HTTP://example.com/r.png';
    const problems = checkBody(body, 1, context());
    expect(problems.map((p) => `${p.code} ${p.line}:${p.column} ${p.params.url}`)).toEqual([
      'external-image 3:1 https://example.com/s.png',
      'external-image 5:1 //cdn.example.com/x.png',
      'external-image 7:25 HTTP://example.com/r.png',
    ]);
    expect(bodyMessage('external-image', problems[0]!.params, 'en')).toBe(
      "The image `https://example.com/s.png` is on another site: the site’s Content Security Policy (`img-src 'self' data:`) keeps browsers from loading it, so readers see only its alt text. Put the image in the site’s `public/` folder and write its path (`/images/…`), or link to it instead: `[…](https://example.com/s.png)`.",
    );
    expect(bodyMessage('external-image', problems[0]!.params, 'zh-CN')).toBe(
      "图片 `https://example.com/s.png` 位于其他网站：本站的内容安全策略（`img-src 'self' data:`）会阻止浏览器加载它，读者只能看到替代文字。请把图片放到站点的 `public/` 文件夹并写上其路径（`/images/…`），或改为链接：`[…](https://example.com/s.png)`。",
    );
    expect((await render(body)).html).toContain('<img src="/images/s.png" alt="Local">');
  });
});
