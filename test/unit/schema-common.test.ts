/**
 * Text from files (src/schema/common.ts, `text()`): bidirectional overrides and isolates (U+202E and friends) never
 * reach the model, the pages, the PDF or the export, and are shown escaped in the terminal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { escapeControls } from '../../src/diagnostics/format.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { text } from '../../src/schema/common.ts';
import { createSite, segmentView } from '../../src/site/index.ts';
import { captureIo, tempCopy } from '../support/helpers.ts';

/** Every bidirectional embedding, override and isolate control. */
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const ANY_BIDI = /[\u202a-\u202e\u2066-\u2069]/;

describe('text from files', () => {
  it('loses every bidirectional override and isolate, and keeps the rest as written', () => {
    for (const c of BIDI) expect(text().parse(`Small ${c}sessenisub`)).toBe('Small sessenisub');
    expect(text().parse('华东\u200f制造 ')).toBe('华东\u200f制造');
    // A text of nothing but overrides is empty.
    expect(text().safeParse('\u202e\u202c').success).toBe(false);
  });

  it('an override in a title reaches neither the model nor a page nor the export', async () => {
    const temp = tempCopy('valid');
    try {
      const file = join(temp.dir, 'playbooks/acme/segments/smb.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Small businesses', 'title: "Small \\u202Efdp.exe businesses"'));
      const check = checkProject(temp.dir);
      expect(check.diagnostics).toEqual([]);
      const segment = check.playbooks[0]!.segments[0]!;
      expect(segment.data.title).toBe('Small fdp.exe businesses');
      const view = segmentView(createSite(check), 'acme', 'smb');
      expect(JSON.stringify(view)).not.toMatch(ANY_BIDI);
      const io = captureIo(temp.dir);
      expect(await run(['export', temp.dir], io)).toBe(0);
      expect(io.out).toContain('Small fdp.exe businesses');
      expect(io.out).not.toMatch(ANY_BIDI);
    } finally {
      temp.cleanup();
    }
  });

  it('nor does one in a text a scenario sets (its change, as the scenario page lists it)', () => {
    const temp = tempCopy('scenarios/basic');
    try {
      writeFileSync(
        join(temp.dir, 'playbooks/acme/scenarios/rename.mdx'),
        '---\ntitle: Rename\nsummary: A new title.\nchanges:\n  - set: roles/rep.title\n    to: "Account \\u202Eexecutive"\n---\n',
      );
      const check = checkProject(temp.dir);
      const rename = check.scenarios.get('acme')!.get('rename')!;
      expect(rename.changes.map((c) => c.after)).toEqual(['Account executive']);
      expect(check.playbooks[0]!.scenarios.find((s) => s.id === 'rename')!.data.changes).toEqual([{ set: 'roles/rep.title', to: 'Account executive' }]);
    } finally {
      temp.cleanup();
    }
  });

  it('an override quoted in a message is escaped in the terminal, like a control character', async () => {
    expect(escapeControls('a\u202eb\u2066c\u200fd')).toBe('a\\u202eb\\u2066c\\u200fd');
    const temp = tempCopy('valid');
    try {
      const file = join(temp.dir, 'playbooks/acme/segments/smb.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('priority: core', 'priority: "core\\u202E"'));
      for (const format of ['pretty', 'github']) {
        const io = captureIo(temp.dir);
        expect(await run(['check', temp.dir, '--format', format], io)).toBe(1);
        expect(io.out + io.err, format).toContain('not "core\\u202e"');
        expect(io.out + io.err, format).not.toMatch(ANY_BIDI);
      }
    } finally {
      temp.cleanup();
    }
  });
});
