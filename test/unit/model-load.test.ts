/**
 * What the loader reads, and what it reports instead of dropping a file silently (format v1.2 §1, §3): hidden
 * names that look like content (`unknown-file`), and files or links that cannot be read (`unreadable-file`): a link
 * to nothing, a named pipe, no permission, a file larger than a playbook file can be, which is never read.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_LENGTH } from '../../src/body/check.ts';
import { CODES } from '../../src/diagnostics/codes.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES, readFileBytes } from '../../src/model/encoding.ts';
import { run } from '../../src/cli/main.ts';
import { captureIo, tempCopy } from '../support/helpers.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A copy of the valid fixture (playbook `acme`, one file of each kind) to change. */
function project(): string {
  const copy = tempCopy('valid');
  cleanups.push(copy.cleanup);
  return copy.dir;
}

const found = (root: string) => checkProject(root).diagnostics.map((d) => [d.code, d.file]);

describe('hidden names (format v1.2 §1)', () => {
  it('a hidden .mdx file and a hidden folder holding .mdx files are reported; .DS_Store, .gitkeep and other hidden folders are ignored', () => {
    const root = project();
    const acme = join(root, 'playbooks/acme');
    writeFileSync(join(acme, 'segments/.smb.mdx'), '---\ntitle: Hidden\n---\n');
    mkdirSync(join(acme, '.drafts/segments'), { recursive: true });
    writeFileSync(join(acme, '.drafts/segments/mid.mdx'), '---\ntitle: Draft\n---\n');
    mkdirSync(join(acme, 'roles/.old'));
    writeFileSync(join(acme, 'roles/.old/rep.mdx'), '---\ntitle: Old\n---\n');
    // Hidden names that are not content: ignored as before.
    writeFileSync(join(acme, '.DS_Store'), 'x');
    writeFileSync(join(acme, 'segments/.gitkeep'), '');
    mkdirSync(join(acme, '.cache'));
    writeFileSync(join(acme, '.cache/state.json'), '{}');
    expect(found(root)).toEqual([
      ['unknown-file', 'playbooks/acme/.drafts'],
      ['unknown-file', 'playbooks/acme/roles/.old'],
      ['unknown-file', 'playbooks/acme/segments/.smb.mdx'],
    ]);
    const message = (file: string) => checkProject(root).diagnostics.find((d) => d.file === file)!.message;
    expect(message('playbooks/acme/segments/.smb.mdx')).toBe(
      "The file `.smb.mdx` looks like playbook content, but its name starts with `.`, which hides it, so it is not read and nothing in it reaches the site. Did you mean `smb.mdx`? Rename it, or start its name with `_` to keep it as a draft.",
    );
    expect(message('playbooks/acme/.drafts')).toMatch(/^The folder `\.drafts` holds `\.mdx` files, but its name starts with `\.`.* Did you mean `_drafts`\?/);
    // What is hidden is not read: the playbook has its one segment and one role.
    const [acmeGraph] = checkProject(root).playbooks;
    expect(acmeGraph!.segments.map((s) => s.id)).toEqual(['smb']);
    expect(acmeGraph!.roles.map((r) => r.id)).toEqual(['rep']);
  });

  it('a hidden folder under playbooks/ holding playbook files is reported too', () => {
    const root = project();
    mkdirSync(join(root, 'playbooks/.archive/acme'), { recursive: true });
    writeFileSync(join(root, 'playbooks/.archive/acme/index.mdx'), '---\ntitle: Old\n---\n');
    expect(found(root)).toEqual([['unknown-file', 'playbooks/.archive']]);
  });
});

describe('unreadable-file (format v1.2 §3)', () => {
  it('a link to nothing, a named pipe and a file too large are each reported at the file, and the check ends (exit 1)', async () => {
    const root = project();
    const segments = join(root, 'playbooks/acme/segments');
    symlinkSync('enterprise-v2.mdx', join(segments, 'enterprise.mdx'));
    spawnSync('mkfifo', [join(segments, 'fifo.mdx')]);
    expect(statSync(join(segments, 'fifo.mdx')).isFIFO()).toBe(true);
    writeFileSync(join(segments, 'huge.mdx'), '---\n');
    // 560 MB (sparse): read whole, it would take 560 MB of memory before any limit applied.
    spawnSync('truncate', ['-s', '560M', join(segments, 'huge.mdx')]);
    expect(found(root)).toEqual([
      ['unreadable-file', 'playbooks/acme/segments/enterprise.mdx'],
      ['unreadable-file', 'playbooks/acme/segments/fifo.mdx'],
      ['unreadable-file', 'playbooks/acme/segments/huge.mdx'],
    ]);
    const params = Object.fromEntries(checkProject(root).diagnostics.map((d) => [d.file.split('/').pop(), d.params]));
    expect(params['enterprise.mdx']).toEqual({ what: 'file', reason: 'dangling' });
    expect(params['fifo.mdx']).toEqual({ what: 'file', reason: 'pipe' });
    expect(params['huge.mdx']).toEqual({ what: 'file', reason: 'too-large', size: 560 * 1024 * 1024, max: MAX_FILE_BYTES, bodyMax: MAX_BODY_LENGTH });
    for (const format of ['pretty', 'json']) {
      const io = captureIo(root);
      expect(await run(['check', root, '--format', format], io)).toBe(1);
      expect(io.out + io.err).toContain('unreadable-file');
      expect(io.out + io.err).not.toMatch(/Internal error|\n\s+at /);
    }
  });

  it('an index.mdx that is a link to nothing is unreadable, not also missing', () => {
    const root = project();
    rmSync(join(root, 'playbooks/acme/index.mdx'));
    symlinkSync('../old/index.mdx', join(root, 'playbooks/acme/index.mdx'));
    const codes = checkProject(root).diagnostics.map((d) => [d.code, d.file]);
    expect(codes).toContainEqual(['unreadable-file', 'playbooks/acme/index.mdx']);
    expect(codes.map(([code]) => code)).not.toContain('missing-playbook');
  });

  it('an entity file that cannot be read still names its entity: what refers to it is not also a broken reference', () => {
    const root = project();
    const roles = join(root, 'playbooks/acme/roles');
    rmSync(join(roles, 'rep.mdx'));
    symlinkSync('rep-v2.mdx', join(roles, 'rep.mdx'));
    expect(checkProject(root).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file])).toEqual([['unreadable-file', 'playbooks/acme/roles/rep.mdx']]);
  });

  it('a file or folder without read permission is reported, once, not as an internal error or exit 2', () => {
    const root = project();
    const file = join(root, 'playbooks/acme/offerings/starter.mdx');
    const folder = join(root, 'playbooks/acme/roles');
    // Root reads any file whatever its mode (as CI runs the tests): then the check runs as another user (`nobody`), for
    // whom the modes hold as they do for an author.
    if (process.getuid?.() === 0) for (const path of [root, ...walk(root)]) chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    chmodSync(file, 0o000);
    chmodSync(folder, 0o000);
    cleanups.unshift(() => chmodSync(folder, 0o755));
    // The role `rep` that the segment and the process name is in the folder that cannot be listed: not also a broken reference.
    const expected = [
      { code: 'unreadable-file', file: 'playbooks/acme/offerings/starter.mdx', line: 1, column: 1, severity: 'error' },
      { code: 'unreadable-file', file: 'playbooks/acme/roles', line: 1, column: 1, severity: 'error' },
    ];
    if (process.getuid?.() !== 0) {
      const { diagnostics } = checkProject(root);
      expect(diagnostics.map(({ code, file, line, column, severity }) => ({ code, file, line, column, severity }))).toEqual(expected);
      expect(diagnostics.map((d) => d.params)).toEqual([
        { what: 'file', reason: 'permission', code: 'EACCES' },
        { what: 'folder', reason: 'permission', code: 'EACCES' },
      ]);
      return;
    }
    const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/bin.ts'), 'check', root, '--format', 'json'], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const diagnostics = JSON.parse(result.stdout) as { code: string; message: string }[];
    expect(diagnostics.map(({ code, file, line, column, severity }: Record<string, unknown>) => ({ code, file, line, column, severity }))).toEqual(expected);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'This file cannot be read: permission denied (EACCES), so it was not read. Make it readable (`chmod a+r`), or check who owns it.',
      'This folder cannot be listed: permission denied (EACCES), so none of its files were read. Make it readable (`chmod a+rx`), or check who owns it.',
    ]);
  });
});

/** Every file and folder under a folder. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? [path, ...walk(path)] : [path];
  });
}

describe('readFileBytes', () => {
  it('reads a file of the largest size a playbook file may have, and refuses one byte more before reading it', () => {
    const root = project();
    const path = join(root, 'big.mdx');
    writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES, 0x61));
    const read = readFileBytes(path);
    expect('bytes' in read && read.bytes.length).toBe(MAX_FILE_BYTES);
    // One byte more, and that byte is not UTF-8: the size is what is reported, the bytes are never decoded.
    writeFileSync(path, Buffer.concat([Buffer.alloc(MAX_FILE_BYTES, 0x61), Buffer.from([0xff])]));
    expect(readFileBytes(path)).toEqual({ unreadable: { reason: 'too-large', size: MAX_FILE_BYTES + 1, max: MAX_FILE_BYTES, bodyMax: MAX_BODY_LENGTH } });
  });

  it('allows a body at the body limit in any script (3 bytes a character) and its frontmatter: the limit the catalogue states', () => {
    expect(MAX_FILE_BYTES).toBe(3 * MAX_BODY_LENGTH + MAX_FRONTMATTER_BYTES);
    expect(MAX_FILE_BYTES).toBe(2_000_000);
    expect(CODES['unreadable-file'].when.en).toContain(`${MAX_BODY_LENGTH.toLocaleString('en-US')} characters`);
    expect(CODES['unreadable-file'].when.en).toContain('2 MB');
  });
});
