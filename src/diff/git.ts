import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setup } from '../diagnostics/setup.ts';
import { SetupError } from '../model/load.ts';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

/**
 * Writes the `playbooks/` tree of a project root as it was at a git ref into a
 * temporary folder, and returns that folder (a project root) with a cleanup.
 * Works on shallow clones as long as the ref itself was fetched.
 */
export function checkoutPlaybooksAt(root: string, ref: string): { root: string; commit: string; cleanup: () => void } {
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new SetupError(setup('git-no-repository', { root }));
  }
  let commit: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new SetupError(setup('git-no-ref', { ref }));
  }
  const prefix = relative(top, root).split('\\').join('/');
  const playbooksPath = prefix ? `${prefix}/playbooks` : 'playbooks';
  const dir = mkdtempSync(join(tmpdir(), 'playbook-diff-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const listed = git(top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', playbooksPath]);
    const files = listed.split('\0').filter(Boolean);
    if (files.length > 0) {
      const tar = execFileSync('git', ['archive', '--format=tar', commit, '--', playbooksPath], { cwd: top, maxBuffer: 1 << 30 });
      execFileSync('tar', ['-x', '-f', '-', '-C', dir], { input: tar });
    }
  } catch (error) {
    cleanup();
    throw new SetupError(setup('git-cannot-read', { ref, detail: (error as Error).message.split('\n')[0]! }));
  }
  const base = prefix ? join(dir, prefix) : dir;
  // A ref from before the first playbook has an empty tree: everything is then "added".
  mkdirSync(join(base, 'playbooks'), { recursive: true });
  return { root: base, commit, cleanup };
}
