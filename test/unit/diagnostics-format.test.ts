import { describe, expect, it, vi } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.ts';
import { DIAGNOSTIC_EXAMPLES } from '../../src/docs/diagnostic-examples.ts';
import { runExample } from '../../src/docs/run-example.ts';
import { plainContext } from '../../src/diagnostics/context.ts';
import { diagnostic, messageOf, messageParts, renderMessages, sortDiagnostics, withFields, type Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { escapeControls, formatGithub, formatJson, formatPretty } from '../../src/diagnostics/format.ts';
import { referrersOf } from '../../src/kinds/index.ts';

const source = '---\ntitle: A\nprocess: sael\n---\n';
const diagnostics: Diagnostic[] = [
  diagnostic('broken-reference', 'playbooks/p/segments/s.mdx', { line: 3, column: 10 }, {
    kind: 'processes',
    id: 'sael',
    playbook: 'p',
    dir: 'playbooks/p',
    existing: ['sale'],
    singular: 'process',
  }),
  // A customer function as an author typed it: a percent sign, commas and a line break that formats must escape.
  diagnostic('mirror-gap', 'playbooks/p/segments/s.mdx', { line: 3, column: 10 }, { segment: 's', function: '50% sure, a,b.\nSecond line', process: 'sale' }),
  diagnostic('unused-entity', 'playbooks/p/roles/r.mdx', { line: 1, column: 1 }, { kind: 'roles', id: 'r', referrers: referrersOf('roles') }),
];

describe('formatPretty', () => {
  it('prints location, severity, code, message, a code frame and a summary', () => {
    const text = formatPretty(diagnostics, { readSource: (file) => (file.endsWith('s.mdx') ? source : undefined) });
    expect(text).toMatchInlineSnapshot(`
      "playbooks/p/segments/s.mdx:3:10 error broken-reference
        No process \`sael\` in playbook \`p\`: there is no playbooks/p/processes/sael.mdx. Existing processes: \`sale\`. Fix the id, or create the file with \`npm run playbook -- new process p/sael\`.
          2 | title: A
        > 3 | process: sael
            |          ^
          4 | ---

      playbooks/p/segments/s.mdx:3:10 warning mirror-gap
        Nobody on our side mirrors the customer's 50% sure, a,b.\\nSecond line: no role in process \`sale\` lists "50% sure, a,b.\\nSecond line" in its counterparts, and key-account selling pairs each customer function with ours. Add it to the counterparts of the role that meets them.
          2 | title: A
        > 3 | process: sael
            |          ^
          4 | ---

      playbooks/p/roles/r.mdx:1:1 warning unused-entity
        Role \`r\` is unused: nothing names it (the \`coverage.owner\` of a segment or the \`stages.raci\` of a process), so it has no effect on the model. Reference it from the \`coverage.owner\` of a segment or the \`stages.raci\` of a process, delete it, or rename the file to start with \`_\` to keep it as a draft.

      1 error and 2 warnings.
      "
    `);
  });

  it('keeps the caret under its column when escapes, tabs or wide characters come before it', () => {
    // Column 14 of line 2 is the `b` of `bad`: after a raw escape character (printed as four), a tab and two Chinese characters.
    const line = '\u001b\tname：客户 bad';
    const d = diagnostic('unknown-field', 'playbooks/p/index.mdx', { line: 2, column: line.indexOf('bad') + 1 }, { kind: 'playbook', field: 'bad', known: ['title'], suggestion: 'title' });
    const text = formatPretty([d], { readSource: () => `---\n${line}\n---\n` });
    const frame = text.split('\n');
    const printed = frame.find((l) => l.startsWith('  > 2 | '))!.slice('  > 2 | '.length);
    const caret = frame[frame.indexOf(`  > 2 | ${printed}`) + 1]!.slice('      | '.length);
    expect(printed).toBe('\\x1b\tname：客户 bad');
    // Four columns for `\x1b`, the tab as a tab, two for each of `：`, `客` and `户`, one for `name` and the space.
    expect(caret).toBe(`    \t${' '.repeat(4)}${'  '.repeat(3)} ^`);
  });

  it('says so when there is nothing to report', () => {
    expect(formatPretty([])).toBe('No problems found.\n');
  });

  it('never lets a control character from a file reach the terminal raw', () => {
    const escape = '\u001b[2J';
    const d = diagnostic('mirror-gap', 'playbooks/p/segments/s.mdx', { line: 2, column: 1 }, { segment: 's', function: `CFO${escape}`, process: 'sale' });
    const text = formatPretty([d], { readSource: () => `---\nfunction: "CFO\\e[2J"\n---\n` });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('CFO\\x1b[2J');
    // Colours are the formatter's own escape sequences, and only those.
    const colored = formatPretty([d], { color: true });
    expect(colored.replace(/\u001b\[\d+m/g, '')).not.toContain('\u001b');
  });

  it('puts the caret under the character meant, though escapes before it widen the line', () => {
    // `headcount` at column 15 of its line, after a control character and a bidi override shown as escapes.
    const line = 'x: "\u0007\u202e", headcount: -1';
    const column = line.indexOf('headcount') + 1;
    const d = diagnostic('mirror-gap', 'playbooks/p/roles/r.mdx', { line: 2, column }, { segment: 's', function: 'CFO', process: 'sale' });
    const frame = formatPretty([d], { readSource: () => `---\n${line}\n---\n` }).split('\n');
    const shown = frame.find((l) => l.startsWith('  > 2 | '))!;
    const caret = frame[frame.indexOf(shown) + 1]!;
    expect(shown).toContain('x: "\\x07\\u202e", headcount');
    expect(caret.indexOf('^')).toBe(shown.indexOf('headcount'));
  });
});

describe('escapeControls', () => {
  it('escapes C0 and C1 controls, DEL, line separators and newlines, and keeps tabs and text', () => {
    expect(escapeControls('a\u0000b\u0007c\u001bd\u007fe\u0085f\u2028g\nh\ti 中文')).toBe('a\\x00b\\x07c\\x1bd\\x7fe\\x85f\\u2028g\\nh\ti 中文');
  });

  it('escapes the marks, embeddings, overrides and isolates of bidirectional text', () => {
    expect(escapeControls('\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')).toBe(
      '\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069',
    );
  });
});

describe('formatJson', () => {
  it('prints one JSON array with exactly the fields of format §3 (not the params)', () => {
    const parsed = JSON.parse(formatJson(diagnostics)) as object[];
    expect(parsed).toHaveLength(3);
    expect(Object.keys(parsed[0]!)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
    expect(parsed[0]).toMatchObject({ file: 'playbooks/p/segments/s.mdx', line: 3, column: 10, severity: 'error', code: 'broken-reference' });
  });
});

describe('formatGithub', () => {
  it('prints workflow annotations with escaped data and properties', () => {
    const lines = formatGithub(diagnostics).split('\n');
    expect(lines[0]).toMatch(/^::error file=playbooks\/p\/segments\/s\.mdx,line=3,col=10,title=broken-reference::No process `sael` in playbook `p`/);
    expect(lines[1]).toBe(
      "::warning file=playbooks/p/segments/s.mdx,line=3,col=10,title=mirror-gap::Nobody on our side mirrors the customer's 50%25 sure, a,b.%0ASecond line: no role in process `sale` lists \"50%25 sure, a,b.%0ASecond line\" in its counterparts, and key-account selling pairs each customer function with ours. Add it to the counterparts of the role that meets them.",
    );
    expect(lines[2]).toMatch(/^::warning file=playbooks\/p\/roles\/r\.mdx,line=1,col=1,title=unused-entity::/);
  });

  it('escapes control characters of a message and the properties of a file name', () => {
    const d = diagnostic('mirror-gap', 'playbooks/p/segments/a,b:c.mdx', { line: 2, column: 1 }, { segment: 's', function: 'CFO\u001b[2J\r', process: 'sale' });
    const line = formatGithub([d]);
    expect(line).not.toContain('\u001b');
    expect(line).toContain('CFO\\x1b[2J%0D');
    expect(line).toMatch(/^::warning file=playbooks\/p\/segments\/a%2Cb%3Ac\.mdx,line=2,col=1,title=mirror-gap::/);
  });
});

describe('messages', () => {
  it('render from the params in each language, and the code never changes', () => {
    const [zh] = renderMessages([diagnostics[0]!], () => plainContext('zh-CN'));
    expect(zh!.code).toBe('broken-reference');
    expect(zh!.message).toBe(messageOf(diagnostics[0]!, plainContext('zh-CN')));
    expect(zh!.message).toBe(
      '销售手册 `p` 中没有销售流程 `sael`：找不到文件 playbooks/p/processes/sael.mdx。现有的销售流程：`sale`。请改正 id，或用 `npm run playbook -- new process p/sael` 新建文件。',
    );
    // `diagnostic` renders English until the check gives the file its playbook's language.
    expect(diagnostics[0]!.message).toMatch(/^No process `sael` in playbook `p`/);
  });

  it('say how many more of a code a file has when the check left them out', () => {
    const d: Diagnostic = { ...diagnostics[2]!, omitted: 1234 };
    expect(messageOf(d, plainContext('en'))).toMatch(/ \(1,234 more of this kind in this file are not listed\.\)$/);
    expect(messageOf(d, plainContext('zh-CN'))).toMatch(/（此文件中另有 1,234 条同类问题未列出。）$/);
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, then line, column and code', () => {
    const missing = { kind: 'playbook', field: 'title', problem: 'missing' } as const;
    const sorted = sortDiagnostics([
      diagnostic('invalid-field', 'b.mdx', { line: 1, column: 1 }, missing),
      diagnostic('unknown-field', 'a.mdx', { line: 5, column: 2 }, { kind: 'playbook', field: 'x', known: [] }),
      diagnostic('invalid-field', 'a.mdx', { line: 5, column: 2 }, missing),
      diagnostic('invalid-field', 'a.mdx', { line: 5, column: 1 }, missing),
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['a.mdx:5:1 invalid-field', 'a.mdx:5:2 invalid-field', 'a.mdx:5:2 unknown-field', 'b.mdx:1:1 invalid-field']);
  });
});

describe('message and hint', () => {
  const d = () => diagnostic('raci-responsible', 'playbooks/p/processes/sale.mdx', { line: 5, column: 5 }, { stage: 'close', title: 'Close', process: 'sale' });

  it('are apart in the catalogue and together in the message: what happened and why, then what to do', () => {
    const en = messageParts(d(), plainContext('en'));
    expect(en).toEqual({ message: 'Stage `close` (Close) of process `sale` has no responsible role, so nobody does its work.', hint: 'Mark at least one role `R` (or `AR`).' });
    expect(messageOf(d(), plainContext('en'))).toBe(`${en.message} ${en.hint}`);
    const zh = messageParts(d(), plainContext('zh-CN'));
    expect(messageOf(d(), plainContext('zh-CN'))).toBe(`${zh.message}${zh.hint}`);
    const [rendered] = renderMessages([d()], () => plainContext('zh-CN'));
    expect(rendered).toMatchObject({ message: `${zh.message}${zh.hint}`, hint: zh.hint, lang: 'zh-CN' });
  });

  it('are rendered once, in the file\u2019s language only', () => {
    const spec = CODES['raci-responsible'].message;
    const en = vi.spyOn(spec, 'en');
    const zh = vi.spyOn(spec, 'zh-CN');
    try {
      const [rendered] = renderMessages([d()], () => plainContext('zh-CN'));
      expect(rendered!.message).toMatch(/^销售流程/);
      expect(en).not.toHaveBeenCalled();
      expect(zh).toHaveBeenCalledTimes(1);
    } finally {
      en.mockRestore();
      zh.mockRestore();
    }
  });

  it('name the knock-ons held back', () => {
    const held = withFields(d(), { followers: 3 });
    expect(messageOf(held, plainContext('en'))).toMatch(/ 3 more problems follow from this one and will be checked once it is fixed\.$/);
    expect(messageOf(held, plainContext('zh-CN'))).toMatch(/由此还引出另外 3 个问题，改正之后会一并检查。$/);
  });

  it('say what to do once: the hint is not in the message of any docs example, in either language', () => {
    for (const example of DIAGNOSTIC_EXAMPLES) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const { diagnostic: found } = runExample(example, lang);
        const parts = messageParts(found, plainContext(lang));
        expect(parts.message.trim(), `${example.code} ${lang}`).not.toBe('');
        if (parts.hint) expect(parts.message, `${example.code} ${lang}`).not.toContain(parts.hint);
        expect(found.hint, `${example.code} ${lang}`).toBe(parts.hint);
      }
    }
  });
});
