import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { ALL_CODES, CODES } from '../../src/diagnostics/codes.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { captureIo, fixture, tempCopy } from '../support/helpers.ts';
import { METRIC_CODES, OUTSIDE_SECRET, prepare, WITHOUT_FIXTURE, withFixture } from '../support/code-fixtures.ts';

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
}

/**
 * One small fixture tree per diagnostic code (test/fixtures/codes/<case>/),
 * with every diagnostic it must produce at its exact position. A few are
 * finished at run time (symbolic links, bytes that are not UTF-8): see
 * test/support/code-fixtures.ts.
 */
const CASES: Record<string, Expected[]> = {
  'frontmatter-missing': [{ code: 'frontmatter-missing', file: 'playbooks/p/index.mdx', line: 1, column: 1 }],
  'yaml-syntax': [{ code: 'yaml-syntax', file: 'playbooks/p/index.mdx', line: 4, column: 1 }],
  'invalid-field': [
    // a missing field points at the opening `---`
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 1, column: 1 },
    // a wrong value points at the value
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 4, column: 13 },
  ],
  // A misspelt `title` (`titel`): one unknown field that names it, not also a missing title.
  'unknown-field': [{ code: 'unknown-field', file: 'playbooks/p/index.mdx', line: 2, column: 1 }],
  'invalid-id': [
    { code: 'invalid-id', file: 'playbooks/p/processes/sale.mdx', line: 6, column: 9 },
    { code: 'invalid-id', file: 'playbooks/p/roles/Sales_Rep.mdx', line: 1, column: 1 },
    { code: 'broken-reference', file: 'playbooks/p/segments/buyers.mdx', line: 15, column: 10 },
  ],
  'duplicate-id': [{ code: 'duplicate-id', file: 'playbooks/p/processes/sale.mdx', line: 13, column: 9 }],
  'missing-playbook': [
    { code: 'missing-playbook', file: 'playbooks/p/index.mdx', line: 1, column: 1 },
    { code: 'unused-entity', file: 'playbooks/p/roles/rep.mdx', line: 1, column: 1 },
  ],
  // `process: sael`: the process `sale` looks unused only because of the typo, so that is held back.
  'broken-reference': [{ code: 'broken-reference', file: 'playbooks/p/segments/buyers.mdx', line: 13, column: 10 }],
  'raci-accountable': [{ code: 'raci-accountable', file: 'playbooks/p/processes/sale.mdx', line: 12, column: 5 }],
  'raci-responsible': [{ code: 'raci-responsible', file: 'playbooks/p/processes/sale.mdx', line: 12, column: 5 }],
  'hours-without-raci': [{ code: 'hours-without-raci', file: 'playbooks/p/processes/sale.mdx', line: 13, column: 22 }],
  'motive-process-fit': [{ code: 'motive-process-fit', file: 'playbooks/p/segments/buyers.mdx', line: 13, column: 10 }],
  'offering-motive-gap': [{ code: 'offering-motive-gap', file: 'playbooks/p/segments/buyers.mdx', line: 12, column: 1 }],
  'key-account-executive': [{ code: 'key-account-executive', file: 'playbooks/p/processes/sale.mdx', line: 4, column: 7 }],
  'mirror-gap': [{ code: 'mirror-gap', file: 'playbooks/p/segments/buyers.mdx', line: 22, column: 15 }],
  'unused-entity': [
    { code: 'unused-entity', file: 'playbooks/p/offerings/spare.mdx', line: 1, column: 1 },
    { code: 'unused-entity', file: 'playbooks/p/processes/other.mdx', line: 1, column: 1 },
    { code: 'unused-entity', file: 'playbooks/p/roles/ceo.mdx', line: 1, column: 1 },
  ],
  'reserved-id': [{ code: 'reserved-id', file: 'playbooks/docs/index.mdx', line: 1, column: 1 }],
  'symlink-outside': [
    // a folder under playbooks/ that links outside, a file that does, and one that links to /etc/passwd
    { code: 'symlink-outside', file: 'playbooks/elsewhere', line: 1, column: 1 },
    { code: 'symlink-outside', file: 'playbooks/p/roles/passwd.mdx', line: 1, column: 1 },
    { code: 'symlink-outside', file: 'playbooks/p/segments/outside.mdx', line: 1, column: 1 },
  ],
  'file-encoding': [
    // UTF-16 by its byte-order mark: the file's start; Latin-1: the first bad byte, the `é` of `Cafés` on line 5
    { code: 'file-encoding', file: 'playbooks/p/roles/rep.mdx', line: 1, column: 1 },
    { code: 'file-encoding', file: 'playbooks/p/segments/buyers.mdx', line: 5, column: 13 },
  ],
  'unknown-file': [
    { code: 'unknown-file', file: 'playbooks/p/notes.md', line: 1, column: 1 },
    { code: 'unknown-file', file: 'playbooks/p/segments/x.MDX', line: 1, column: 1 },
    { code: 'unknown-file', file: 'playbooks/p/segments/x.md', line: 1, column: 1 },
    { code: 'unknown-file', file: 'playbooks/p/segmets', line: 1, column: 1 },
  ],
  'frontmatter-dots': [{ code: 'frontmatter-missing', file: 'playbooks/p/roles/rep.mdx', line: 6, column: 1 }],
  'yaml-deep': [{ code: 'yaml-syntax', file: 'playbooks/p/offerings/plan.mdx', line: 2, column: 1 }],
  'control-chars': [{ code: 'invalid-field', file: 'playbooks/p/roles/rep.mdx', line: 5, column: 12 }],
  'crlf-bom': [
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 6, column: 12 },
    { code: 'invalid-field', file: 'playbooks/p/roles/rep.mdx', line: 5, column: 12 },
  ],
  chinese: [],
  // v1.2: a 560 MB file, a link to nothing and a named pipe, none of them read (test/support/code-fixtures.ts).
  'unreadable-file': [
    { code: 'unreadable-file', file: 'playbooks/p/roles/huge.mdx', line: 1, column: 1 },
    { code: 'unreadable-file', file: 'playbooks/p/segments/enterprise.mdx', line: 1, column: 1 },
    { code: 'unreadable-file', file: 'playbooks/p/segments/fifo.mdx', line: 1, column: 1 },
  ],
  placeholder: [
    // A stage's goal (a text), and a zero in a flow map whose line ends with `# TODO`.
    { code: 'placeholder', file: 'playbooks/p/processes/sale.mdx', line: 8, column: 11 },
    { code: 'placeholder', file: 'playbooks/p/processes/sale.mdx', line: 13, column: 19 },
    // A Chinese placeholder in an English playbook; `# TODO：` with a full-width colon.
    { code: 'placeholder', file: 'playbooks/p/roles/rep.mdx', line: 3, column: 10 },
    { code: 'placeholder', file: 'playbooks/p/roles/rep.mdx', line: 5, column: 12 },
    // The summary, the second item of a flow list, a marked zero. Not reported: `accounts: 10 # TODO` (filled in),
    // `days: 0` and `touchesPerYear: 0` without a mark (real zeros), `# todo` (not the mark), the body.
    { code: 'placeholder', file: 'playbooks/p/segments/buyers.mdx', line: 3, column: 10 },
    { code: 'placeholder', file: 'playbooks/p/segments/buyers.mdx', line: 7, column: 24 },
    { code: 'placeholder', file: 'playbooks/p/segments/buyers.mdx', line: 10, column: 18 },
  ],
  // v1.2 (§10): won + lost above opportunities at `opportunities`; a reached count above won + lost at its stage.
  'actuals-inconsistent': [
    { code: 'actuals-inconsistent', file: 'playbooks/p/actuals/2026-09.mdx', line: 8, column: 5 },
    { code: 'actuals-inconsistent', file: 'playbooks/p/actuals/2026-09.mdx', line: 13, column: 7 },
  ],
  // The cycle at the process's `stages` key, the conversion at its value, the opportunity rate at its value.
  'actuals-drift': [
    { code: 'actuals-drift', file: 'playbooks/p/processes/sale.mdx', line: 5, column: 1 },
    { code: 'actuals-drift', file: 'playbooks/p/processes/sale.mdx', line: 11, column: 17 },
    { code: 'actuals-drift', file: 'playbooks/p/segments/buyers.mdx', line: 10, column: 18 },
  ],
  // A snapshot of 2020: stale on any day these tests run.
  'actuals-stale': [{ code: 'actuals-stale', file: 'playbooks/p/actuals/2020-12.mdx', line: 3, column: 1 }],
};


describe('check: one fixture per diagnostic code', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: reports exactly the expected codes at their positions`, () => {
      const { diagnostics } = withFixture(name, (root) => checkProject(root), { etcPasswd: true });
      const found = diagnostics
        .filter((d) => !METRIC_CODES.includes(d.code))
        .map(({ code, file, line, column }) => ({ code, file, line, column }));
      expect(found).toEqual(expected);
      for (const d of diagnostics) {
        expect(d.severity).toBe(CODES[d.code].severity);
        expect(d.message.length).toBeGreaterThan(20);
      }
    });
  }

  it('covers every code of format §3 except the three metric warnings and the codes listed as still without a fixture', () => {
    const covered = new Set(Object.values(CASES).flat().map((e) => e.code));
    const expected = ALL_CODES.filter((c) => !METRIC_CODES.includes(c) && !WITHOUT_FIXTURE.includes(c));
    expect([...covered].sort()).toEqual([...expected].sort());
    // The lists name real codes, and a code that has a fixture is not on them.
    for (const code of [...METRIC_CODES, ...WITHOUT_FIXTURE]) expect(ALL_CODES, code).toContain(code);
    for (const code of WITHOUT_FIXTURE) expect(covered.has(code as never), code).toBe(false);
  });
});

describe('check: messages an author can act on', () => {
  const messageOf = (name: string, code: string) =>
    checkProject(fixture(`codes/${name}`)).diagnostics.find((d) => d.code === code)?.message ?? '';

  it('unknown-field names the closest known key', () => {
    expect(messageOf('unknown-field', 'unknown-field')).toContain('Did you mean `title`?');
  });

  it('broken-reference names the missing id and lists what exists', () => {
    const message = messageOf('broken-reference', 'broken-reference');
    expect(message).toContain('`sael`');
    expect(message).toContain('Existing processes: `sale`');
  });

  it('invalid-field says what is allowed and what was found', () => {
    const message = checkProject(fixture('codes/invalid-field')).diagnostics.find((d) => d.line === 4)?.message;
    expect(message).toMatch(/`goals\.coverage` must be at most 1, not 1\.5/);
  });

  it('a missing field says what to add', () => {
    expect(messageOf('invalid-field', 'invalid-field')).toMatch(/^Missing field `summary` in this playbook\. Add it:/);
  });

  it('mirror-gap names the function nobody mirrors', () => {
    expect(messageOf('mirror-gap', 'mirror-gap')).toContain('CTO');
  });

  it('invalid-id suggests a valid name', () => {
    const message = checkProject(fixture('codes/invalid-id')).diagnostics.find((d) => d.file.endsWith('Sales_Rep.mdx'))?.message;
    expect(message).toContain('Rename it to `sales-rep`');
  });
});

describe('check: the valid fixture', () => {
  it('has no problems', () => {
    expect(checkProject(fixture('valid')).diagnostics).toEqual([]);
  });
});

/** What `check` prints for a root, in a format: the pretty report on stderr, the others on stdout. */
async function checkOutput(root: string, ...args: string[]): Promise<{ code: number; text: string }> {
  const io = captureIo('/');
  const code = await run(['check', root, ...args], io);
  return { code, text: io.out + io.err };
}

describe('check: the loader’s v1.1 codes', () => {
  it('symlink-outside: never reads a file or folder that resolves outside the root, not even for a code frame', async () => {
    const prepared = prepare('symlink-outside', { etcPasswd: true });
    try {
      const { playbooks, diagnostics } = checkProject(prepared.root);
      expect(playbooks.map((p) => p.id)).toEqual(['p']);
      expect(playbooks[0]!.segments.map((s) => s.id)).toEqual(['buyers']);
      expect(playbooks[0]!.roles.map((r) => r.id)).toEqual(['rep']);
      expect(diagnostics.find((d) => d.file === 'playbooks/elsewhere')?.message).toMatch(/^This folder is a symbolic link to somewhere outside the project, so it was not read/);
      expect(diagnostics.find((d) => d.file.endsWith('passwd.mdx'))?.message).toMatch(/^This file is a symbolic link to somewhere outside the project, so it was not read/);
      const secrets = [
        ...OUTSIDE_SECRET.split('\n'),
        ...(existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n') : []),
      ].filter((line) => line.trim() !== '' && line !== '---');
      expect(secrets.length).toBeGreaterThan(2);
      for (const format of ['pretty', 'json', 'github']) {
        const { code, text } = await checkOutput(prepared.root, '--format', format);
        expect(code).toBe(1);
        expect(text).toContain('symlink-outside');
        for (const line of secrets) expect(text, `${format} output shows "${line}"`).not.toContain(line);
      }
    } finally {
      prepared.cleanup();
    }
  });

  it('file-encoding: names the encoding, and the byte that is not UTF-8', () => {
    const { diagnostics } = withFixture('file-encoding', (root) => checkProject(root));
    expect(diagnostics.find((d) => d.file.endsWith('rep.mdx'))?.message).toMatch(/^This file is UTF-16 \(little-endian, it starts with a UTF-16 byte-order mark\), but playbook files must be UTF-8\./);
    expect(diagnostics.find((d) => d.file.endsWith('buyers.mdx'))?.message).toMatch(/^This file is not UTF-8: byte 0xE9 here is not valid UTF-8 text/);
  });

  it('unknown-file: says what was meant', () => {
    const message = (file: string) => checkProject(fixture('codes/unknown-file')).diagnostics.find((d) => d.file === file)?.message ?? '';
    expect(message('playbooks/p/segments/x.md')).toContain("The file `x.md` is not part of a playbook's layout");
    expect(message('playbooks/p/segments/x.md')).toContain('Did you mean `x.mdx`?');
    expect(message('playbooks/p/segments/x.MDX')).toContain('Did you mean `x.mdx`?');
    expect(message('playbooks/p/segmets')).toMatch(/^The folder `segmets` is not part of a playbook's layout, so it is not read .* Did you mean `segments`\?/);
    expect(message('playbooks/p/notes.md')).not.toContain('Did you mean');
    // Nothing under the unknown folder was read.
    expect(checkProject(fixture('codes/unknown-file')).playbooks[0]!.segments.map((s) => s.id)).toEqual(['buyers']);
  });

  it('frontmatter-missing: a block closed by `...` gets the hint to close it with `---`', () => {
    const d = checkProject(fixture('codes/frontmatter-dots')).diagnostics[0]!;
    expect(d.message).toBe(
      'The frontmatter of this role file is closed by a `...` line, but a playbook file closes it with `---`, so the file reads as having no frontmatter. Replace the `...` line with `---`.',
    );
  });

  it('yaml-syntax: lists nested 1,000 deep are reported as too deep, with no stack trace', async () => {
    const { diagnostics } = checkProject(fixture('codes/yaml-deep'));
    expect(diagnostics[0]!.message).toMatch(/^The frontmatter is not valid YAML: it nests lists or maps more than 32 levels deep/);
    const { code, text } = await checkOutput(fixture('codes/yaml-deep'));
    expect(code).toBe(1);
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(text).not.toMatch(/RangeError|call stack/i);
  });

  it('yaml-syntax: block lists nested 1,000 deep (`- - - …`) are reported as too deep as well, once', async () => {
    // Written here: a line of 2,000 characters is no fixture to read.
    const temp = tempCopy('codes/yaml-deep');
    try {
      writeFileSync(join(temp.dir, 'playbooks/p/roles/rep.mdx'), `---\ntitle: Rep\nsummary: Sells.\nfunction: sales\nheadcount: 1\ncounterparts:\n  ${'- '.repeat(1000)}CFO\n---\n`);
      const found = checkProject(temp.dir).diagnostics.filter((d) => d.file === 'playbooks/p/roles/rep.mdx');
      expect(found.map((d) => d.code)).toEqual(['yaml-syntax']);
      expect(found[0]!.message).toMatch(/^The frontmatter is not valid YAML: it nests lists or maps more than 32 levels deep/);
      const { text } = await checkOutput(temp.dir);
      expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(text).not.toMatch(/RangeError|call stack/i);
    } finally {
      temp.cleanup();
    }
  });

  it('a `__proto__` key of a stage’s raci or hours is an error at its line, never silently dropped', async () => {
    const { diagnostics } = checkProject(fixture('codes/proto-key'));
    const sale = diagnostics.filter((d) => d.file === 'playbooks/p/processes/sale.mdx' && d.severity === 'error');
    expect(sale.map((d) => d.line)).toEqual([12, 15]);
    expect((await checkOutput(fixture('codes/proto-key'))).code).toBe(1);
  });

  it('escapes control characters of a value (`"\\e[2J"`) in the pretty and GitHub outputs', async () => {
    for (const format of ['pretty', 'github']) {
      const { text } = await checkOutput(fixture('codes/control-chars'), '--format', format);
      expect(text, format).toContain('invalid-field');
      expect(text, format).toContain('not "\\x1b[2J two"');
      expect(text, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const zh = await checkOutput(fixture('codes/control-chars'), '--lang', 'zh-CN');
    expect(zh.text).toContain('“\\x1b[2J two”');
    expect(zh.text).not.toContain('\u001b');
  });

  it('reads a file with old Mac line endings (CR only) as it reads one with LF or CRLF: the same problems at the same places, a code frame of its lines', async () => {
    const temp = tempCopy('codes/crlf-bom');
    try {
      const crlf = checkProject(temp.dir).diagnostics.map(({ code, file, line, column, message }) => ({ code, file, line, column, message }));
      expect(crlf.length).toBeGreaterThan(0);
      for (const file of ['playbooks/p/index.mdx', 'playbooks/p/roles/rep.mdx']) {
        writeFileSync(join(temp.dir, file), readFileSync(join(temp.dir, file), 'utf8').replace(/\r?\n/g, '\r'));
      }
      expect(checkProject(temp.dir).diagnostics.map(({ code, file, line, column, message }) => ({ code, file, line, column, message }))).toEqual(crlf);
      const { text } = await checkOutput(temp.dir);
      expect(text).toContain('  > 5 | headcount:');
      expect(text).not.toContain('frontmatter-missing');
    } finally {
      temp.cleanup();
    }
  });

  it('invalid-id: a file or folder named as a Windows device (`con`, `nul`, `aux`, `prn`, `com1`–`com9`, `lpt1`–`lpt9`) or longer than 64 characters, in both languages', () => {
    const temp = tempCopy('valid');
    try {
      const acme = join(temp.dir, 'playbooks/acme');
      cpSync(acme, join(temp.dir, 'playbooks/aux'), { recursive: true });
      for (const id of ['con', 'com1', 'lpt9', 'a'.repeat(65)]) writeFileSync(join(acme, `offerings/${id}.mdx`), readFileSync(join(acme, 'offerings/starter.mdx')));
      // Longer ids that start with one are fine, and a reference to a file with such a name is not also broken.
      writeFileSync(join(acme, 'offerings/con-team.mdx'), readFileSync(join(acme, 'offerings/starter.mdx')));
      const segment = join(acme, 'segments/smb.mdx');
      writeFileSync(segment, readFileSync(segment, 'utf8').replace('offerings: [starter]', 'offerings: [starter, con, con-team]'));
      const found = checkProject(temp.dir).diagnostics.filter((d) => d.severity === 'error');
      expect(found.map((d) => [d.code, d.file])).toEqual([
        ['invalid-id', `playbooks/acme/offerings/${'a'.repeat(65)}.mdx`],
        ['invalid-id', 'playbooks/acme/offerings/com1.mdx'],
        ['invalid-id', 'playbooks/acme/offerings/con.mdx'],
        ['invalid-id', 'playbooks/acme/offerings/lpt9.mdx'],
        ['invalid-id', 'playbooks/aux/index.mdx'],
      ]);
      const message = (file: string, lang?: 'zh-CN') => checkProject(temp.dir, { lang }).diagnostics.find((d) => d.file === file)!.message;
      expect(message('playbooks/acme/offerings/con.mdx')).toBe(
        'The file name `con` is a name Windows reserves for a device (`con`, `prn`, `aux`, `nul`, `com1`–`com9`, `lpt1`–`lpt9`): a repository with it cannot be checked out on Windows. Choose another id; a longer one that starts with it is fine, e.g. `con-team`.',
      );
      expect(message('playbooks/aux/index.mdx', 'zh-CN')).toBe(
        '文件夹名 `aux` 是 Windows 保留的设备名（`con`、`prn`、`aux`、`nul`、`com1`–`com9`、`lpt1`–`lpt9`），含有它的仓库无法在 Windows 上检出。请换一个 id；以它开头的更长的名字可以，例如 `aux-team`。',
      );
      expect(message(`playbooks/acme/offerings/${'a'.repeat(65)}.mdx`)).toMatch(/^The file name `a{20}…` is 65 characters long, and an id may have at most 64: /);
      expect(message(`playbooks/acme/offerings/${'a'.repeat(65)}.mdx`, 'zh-CN')).toMatch(/^文件名 `a{20}…` 长 65 个字符，而 id 最多 64 个字符：/);
    } finally {
      temp.cleanup();
    }
  });

  it('reserved-id: says why, and lists the reserved ids', () => {
    expect(checkProject(fixture('codes/reserved-id')).diagnostics[0]!.message).toBe(
      'The playbook id `docs` is the address of one of the site\'s own pages (/docs/), so its pages would collide with them. Rename the folder to another id; the reserved ids are `404`, `docs`, `en`, `pagefind`, `search`, and `zh-cn`.',
    );
  });
});
