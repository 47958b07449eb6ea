import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIo, fixture } from '../support/helpers.ts';

describe('check command', () => {
  it('exits 0 on a clean tree and says so on stderr', async () => {
    const io = captureIo(fixture('valid'));
    expect(await run(['check'], io)).toBe(0);
    expect(io.err).toContain('No problems found.');
    expect(io.out).toBe('');
  });

  it('exits 1 on errors, with the pretty report on stderr', async () => {
    const io = captureIo('/');
    expect(await run(['check', fixture('codes/broken-reference')], io)).toBe(1);
    expect(io.err).toContain('playbooks/p/segments/buyers.mdx:13:10 error broken-reference');
    expect(io.err).toContain('> 13 | process: sael');
  });

  it('exits 0 with warnings only, and 1 with --strict', async () => {
    const root = fixture('codes/unused-entity');
    expect(await run(['check', root], captureIo('/'))).toBe(0);
    expect(await run(['check', root, '--strict'], captureIo('/'))).toBe(1);
  });

  it('prints one JSON array on stdout with --format json', async () => {
    const io = captureIo('/');
    expect(await run(['check', fixture('codes/duplicate-id'), '--format', 'json'], io)).toBe(1);
    const parsed = JSON.parse(io.out) as { code: string; line: number }[];
    expect(parsed.map((d) => [d.code, d.line])).toEqual([['duplicate-id', 13]]);
    expect(io.err).toBe('');
  });

  it('prints workflow annotations with --format github', async () => {
    const io = captureIo('/');
    await run(['check', fixture('codes/raci-responsible'), '--format=github'], io);
    expect(io.out).toMatch(/^::error file=playbooks\/p\/processes\/sale\.mdx,line=12,col=5,title=raci-responsible::/);
  });

  it('exits 2 for a root that does not exist', async () => {
    const io = captureIo('/');
    expect(await run(['check', '/no/such/folder'], io)).toBe(2);
    expect(io.err).toContain('does not exist');
  });

  it('exits 2 for a root without playbooks/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-empty-'));
    try {
      const io = captureIo(dir);
      expect(await run(['check'], io)).toBe(2);
      expect(io.err).toContain('has no playbooks/ folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for usage mistakes, with the usage of the command on stderr', async () => {
    const io = captureIo('/');
    expect(await run(['check', '--nope'], io)).toBe(2);
    expect(io.err).toContain('Usage: npm run playbook -- check [root]');
    expect(io.out).toBe('');
    expect(await run(['check', '--format', 'xml'], captureIo('/'))).toBe(2);
    expect(await run(['check', 'a', 'b'], captureIo('/'))).toBe(2);
    expect(await run(['frobnicate'], captureIo('/'))).toBe(2);
    expect(await run([], captureIo('/'))).toBe(2);
  });

  it('prints its usage on stdout with --help and exits 0, without checking anything', async () => {
    const io = captureIo('/no/such/folder');
    expect(await run(['check', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: npm run playbook -- check \[root\] \[--format pretty\|json\|github\] \[--strict\] \[--fix\] \[--playbook <id>\] \[--lang en\|zh-CN\]\n/);
    expect(io.out).toContain('Exit codes: 0 no errors');
    expect(io.err).toBe('');
  });

  it('checks one playbook with --playbook, and exits 2 for one that does not exist', async () => {
    const io = captureIo('/');
    expect(await run(['check', fixture('codes/broken-reference'), '--playbook', 'p', '--format', 'json'], io)).toBe(1);
    expect((JSON.parse(io.out) as { file: string }[]).every((d) => d.file.startsWith('playbooks/p/'))).toBe(true);
    const missing = captureIo('/');
    expect(await run(['check', fixture('codes/broken-reference'), '--playbook', 'q'], missing)).toBe(2);
    expect(missing.err).toContain('There is no playbook `q` in playbooks/. The playbooks are: `p`.');
  });

  it('writes the messages in the language --lang asks for, and refuses another language', async () => {
    const io = captureIo('/');
    await run(['check', fixture('codes/broken-reference'), '--lang', 'zh-CN', '--format', 'json'], io);
    // The process `sale` looks unused only because of the typo `sael`: held back and counted on it.
    const [broken, ...rest] = JSON.parse(io.out) as { code: string; message: string }[];
    expect(rest).toEqual([]);
    expect(broken!.code).toBe('broken-reference');
    expect(broken!.message).toMatch(/^销售手册 `p` 中没有销售流程 `sael`.*由此还引出另外 1 个问题，改正之后会一并检查。$/);
    const bad = captureIo('/');
    expect(await run(['check', '--lang', 'fr'], bad)).toBe(2);
    expect(bad.err).toMatch(/^check: --lang must be one of en, zh-CN, not `fr`\./);
  });

  it('reports every problem of every file in one run', async () => {
    const io = captureIo('/');
    await run(['check', fixture('codes/invalid-id'), '--format', 'json'], io);
    const files = new Set((JSON.parse(io.out) as { file: string }[]).map((d) => d.file));
    expect(files.size).toBe(3);
  });
});

describe('the command line', () => {
  it('lists every command, and gives the usage of each with --help (exit 0)', async () => {
    const io = captureIo('/');
    expect(await run(['--help'], io)).toBe(0);
    for (const command of ['check', 'export', 'new', 'diff', 'schema', 'pdf']) {
      expect(io.out).toContain(`  ${command} `);
      const help = captureIo('/');
      expect(await run([command, '--help'], help), command).toBe(0);
      expect(help.out, command).toMatch(new RegExp(`^Usage: npm run playbook -- ${command}\\b`));
      expect(help.out, command).toContain('--help');
      expect(help.err, command).toBe('');
      const asked = captureIo('/');
      expect(await run(['help', command], asked)).toBe(0);
      expect(asked.out).toBe(help.out);
    }
  });

  it('exits 2 for an unknown command, naming the commands', async () => {
    const io = captureIo('/');
    expect(await run(['help', 'frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/^Unknown command `frobnicate`\. The commands are: check, export, new, new site, diff, what-if, schema, pdf, actuals, dev, build, preview\./);
  });
});
