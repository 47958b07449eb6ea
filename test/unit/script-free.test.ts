/**
 * The one check the build tests make of every built page for code that is not the site's own
 * (test/support/script-free.ts): it catches each spelling a browser would still run, and passes a page without any.
 */
import { describe, expect, it } from 'vitest';
import { codeInPage } from '../support/script-free.ts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('codeInPage', () => {
  it('passes a page of plain links, images and forms', () => {
    expect(codeInPage(page('<a href="../gfm/">a</a> <a href="#main">b</a> <img src="data:image/png;base64,AA" srcset="a.png 1x, b.png 2x" alt="dot"> <form action="/search/"></form>'))).toEqual([]);
    // Words in text attributes are not URLs.
    expect(codeInPage(page('<meta name="description" content="Learn javascript: a sales tool"><abbr title="see javascript: notes">x</abbr>'))).toEqual([]);
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', 'a URL that runs code'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'a URL that runs code'],
    ['<a href=" java\tscript:alert(1)">x</a>', 'a URL that runs code'],
    ['<a href="java&#x0A;script:alert(1)">x</a>', 'a URL that runs code'],
    ['<a href="java\nscript:alert(1)">x</a>', 'a URL that runs code'],
    ['<img src="x.png" srcset="x.png 1x, javascript:alert(1) 2x" alt="">', 'a URL that runs code'],
    ['<svg><a><animate attributeName="href" values="#a;javascript:alert(1)"/></a></svg>', 'a URL that runs code'],
    ['<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>', 'a URL that runs code'],
    ['<object data="data:text/html,<b>x</b>"></object>', 'a URL that opens a document'],
    ['<a href="vbscript:msgbox">x</a>', 'a URL that runs code'],
    ['<iframe src="data:text/html,<b>x</b>"></iframe>', 'a URL that opens a document'],
    ['<form><button formaction="javascript:alert(1)">x</button></form>', 'a URL that runs code'],
    ['<img src="x.png" onerror="alert(1)" alt="">', 'an inline handler'],
    ['<div ONCLICK="alert(1)">x</div>', 'an inline handler'],
    ['<script>alert(1)</script>', 'a script element'],
  ])('catches %s', (body, what) => {
    const problems = codeInPage(page(body));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(what);
  });

  it('lets a page that may have scripts keep them, and still catches its handlers', () => {
    expect(codeInPage(page('<script src="/pagefind/pagefind-ui.js"></script>'), { scriptsAllowed: true })).toEqual([]);
    expect(codeInPage(page('<script src="/x.js"></script><a onclick="x()">y</a>'), { scriptsAllowed: true })).toEqual(['an inline handler: <a onclick="x()">']);
  });
});
