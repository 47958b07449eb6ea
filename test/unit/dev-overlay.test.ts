import { describe, expect, it } from 'vitest';
import { diagnostic, renderMessages } from '../../src/diagnostics/diagnostic.ts';
import { plainContext } from '../../src/diagnostics/context.ts';
import { overlayHtml, overlayPayload } from '../../src/integration/dev-overlay.ts';

const ATTACK = '<img src=x onerror=alert(1)>';

describe('the dev overlay payload', () => {
  it('escapes a value, a field name and a file name: the overlay writes message and hint as HTML', () => {
    const file = `playbooks/acme/offerings/${ATTACK}.mdx`;
    const found = [
      diagnostic('invalid-field', file, { line: 4, column: 7 }, { kind: 'offerings', field: 'kind', problem: 'enum', values: ['product', 'service', 'bundle'], got: { type: 'string', text: ATTACK } }),
      diagnostic('unknown-field', file, { line: 5, column: 1 }, { kind: 'offerings', field: ATTACK, known: ['title'] }),
    ];
    const payload = overlayPayload('/root', found)!;
    for (const html of [payload.err.message, payload.err.hint ?? '']) {
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<(?!\/?(br|code)>)/);
    }
    expect(payload.err.message).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The list box is text (textContent): the markup is shown as written.
    expect(payload.err.stack).toContain(`${file}:4:7 invalid-field`);
    expect(payload.err.stack).toContain(`${file}:5:1 unknown-field`);
  });

  it('never lets the overlay make a link of a URL from a file, and shows control characters escaped', () => {
    expect(overlayHtml('see https://evil.example/"x')).not.toContain('https://');
    expect(overlayHtml('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(overlayHtml('write `a < b`')).toBe('write <code>a &lt; b</code>');
  });

  it('speaks the playbook’s language, and is null without errors', () => {
    const d = diagnostic('broken-reference', 'playbooks/hy/segments/a.mdx', { line: 2, column: 3 }, { kind: 'processes', id: 'x', playbook: 'hy', dir: 'playbooks/hy/processes', existing: [], singular: 'process' });
    const [zh] = renderMessages([d], () => plainContext('zh-CN'));
    expect(overlayPayload('/root', [zh!])!.err.message).toContain('销售手册有 1 个错误');
    expect(overlayPayload('/root', [{ ...d, severity: 'warning' } as typeof d])).toBeNull();
  });

  it('escapes a setup problem too', () => {
    expect(overlayPayload('/root', [], `playbooks/${ATTACK} is not a folder`)!.err.message).not.toContain('<img');
  });
});
