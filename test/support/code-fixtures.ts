/**
 * The fixtures of test/fixtures/codes/<case>/ as `check` sees them. A few
 * cannot be committed as they are: git does not keep symbolic links reliably,
 * and bytes that are not UTF-8 do not survive editors and diffs. Those are
 * copied to a temporary folder and finished there: the committed tree is the
 * readable half, `prepare` writes the rest: links, a pipe, a file too large
 * to commit, bytes that are not UTF-8.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, cpSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './helpers.ts';

/** The model's warnings: test/unit/lint-metrics.test.ts checks them on test/fixtures/model, which the snapshots show. */
export const METRIC_CODES = ['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal'];

/**
 * The codes of format §3 that have no fixture under test/fixtures/codes/ yet, because the work that reports
 * them is under way (bodies, scenarios, the bookings goal); `actuals-column` and `actuals-row` are reported by
 * `actuals import` about a CSV file, never by `check` (test/unit/cli-actuals-import.test.ts). Remove a code when its fixture lands: a
 * code added to the catalogue without a fixture fails test/unit/lint-codes.test.ts.
 */
export const WITHOUT_FIXTURE = ['body-syntax', 'unsafe-body', 'unknown-component', 'unknown-metric', 'scenario-path', 'bookings-below-goal', 'actuals-column', 'actuals-row', 'external-image'];

export interface PreparedFixture {
  root: string;
  cleanup: () => void;
}

export interface PrepareOptions {
  /** symlink-outside: also link `roles/passwd.mdx` to /etc/passwd (a file of the machine, so not for snapshots). */
  etcPasswd?: boolean;
}

/** What the symlink-outside fixture's links point at, outside the project root. */
export const OUTSIDE_SECRET = ['---', 'title: Outside secret', 'summary: A file outside the project that must never be read.', '---', 'OUTSIDE-SECRET-BODY', ''].join('\n');

const SETUPS: Record<string, (root: string, outside: string, options: PrepareOptions) => void> = {
  /** Links to a file and a folder outside the root (and, optionally, to /etc/passwd). */
  'symlink-outside': (root, outside, options) => {
    writeFileSync(join(outside, 'secret.mdx'), OUTSIDE_SECRET);
    mkdirSync(join(outside, 'playbook'));
    writeFileSync(join(outside, 'playbook', 'index.mdx'), OUTSIDE_SECRET);
    symlinkSync(join(outside, 'secret.mdx'), join(root, 'playbooks/p/segments/outside.mdx'));
    symlinkSync(join(outside, 'playbook'), join(root, 'playbooks/elsewhere'));
    if (options.etcPasswd) symlinkSync('/etc/passwd', join(root, 'playbooks/p/roles/passwd.mdx'));
  },
  /**
   * v1.2: a link to nothing (`segments/enterprise.mdx`), a named pipe (`segments/fifo.mdx`: opening it for reading
   * would wait forever) and a 560 MB file (`roles/huge.mdx`, sparse: it takes no room on the disk, and must never be read).
   */
  'unreadable-file': (root) => {
    symlinkSync('missing.mdx', join(root, 'playbooks/p/segments/enterprise.mdx'));
    execFileSync('mkfifo', [join(root, 'playbooks/p/segments/fifo.mdx')]);
    writeFileSync(join(root, 'playbooks/p/roles/huge.mdx'), '');
    truncateSync(join(root, 'playbooks/p/roles/huge.mdx'), 560 * 1024 * 1024);
  },
  /** The segment saved as Latin-1 (its `é` on line 5 becomes the byte 0xE9), the role as UTF-16 LE with a BOM. */
  'file-encoding': (root) => {
    const segment = join(root, 'playbooks/p/segments/buyers.mdx');
    writeFileSync(segment, Buffer.from(readFileSync(segment, 'utf8'), 'latin1'));
    const role = join(root, 'playbooks/p/roles/rep.mdx');
    writeFileSync(role, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(role, 'utf8'), 'utf16le')]));
  },
};

/** A fixture of test/fixtures/codes/ ready to check: the committed folder itself, or a finished temporary copy. */
export function prepare(name: string, options: PrepareOptions = {}): PreparedFixture {
  const setup = SETUPS[name];
  if (!setup) return { root: fixture(`codes/${name}`), cleanup: () => {} };
  const root = mkdtempSync(join(tmpdir(), `playbook-${name}-`));
  const outside = mkdtempSync(join(tmpdir(), `playbook-${name}-outside-`));
  cpSync(fixture(`codes/${name}`), root, { recursive: true });
  setup(root, outside, options);
  return {
    root,
    cleanup: () => {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` on a prepared fixture and cleans up after it. */
export function withFixture<T>(name: string, fn: (root: string) => T, options: PrepareOptions = {}): T {
  const prepared = prepare(name, options);
  try {
    return fn(prepared.root);
  } finally {
    prepared.cleanup();
  }
}
