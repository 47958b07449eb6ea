/**
 * A build that several test files read, made once per run by whichever file asks first, in its own worker; the
 * files that ask while it is being made wait for it (on a file-system event, not a clock), and those that ask later
 * read it at once. The workers share nothing but the folder of the global setup (shared-builds-setup.ts), so the
 * claim is a folder made atomically (`<name>.lock`) and the result a JSON file written whole (`<name>.json`):
 * `{ value }`, or `{ error }` when the build failed — then every file that asked fails with its message.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
// The type of inject('sharedBuilds').
import type {} from './shared-builds-setup.ts';

type Outcome<T> = { value: T } | { error: string };

/** The value of `make(dir)` for this run, `dir` being the build's own folder; made once whoever asks. */
export async function sharedBuild<T>(name: string, make: (dir: string) => Promise<T>): Promise<T> {
  const root = inject('sharedBuilds');
  const result = join(root, `${name}.json`);
  let outcome: Outcome<T>;
  if (claim(join(root, `${name}.lock`))) {
    try {
      outcome = { value: await make(join(root, name)) };
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    writeFileSync(`${result}.tmp`, JSON.stringify(outcome));
    renameSync(`${result}.tmp`, result);
  } else {
    outcome = await whenWritten<Outcome<T>>(root, result);
  }
  if ('error' in outcome) throw new Error(`the shared build “${name}” failed:\n${outcome.error}`);
  return outcome.value;
}

function claim(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The JSON of `file` once it exists in `dir`, however long its maker takes. */
function whenWritten<T>(dir: string, file: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dir);
    const check = () => {
      if (!existsSync(file)) return;
      watcher.close();
      resolve(JSON.parse(readFileSync(file, 'utf8')) as T);
    };
    watcher.on('change', check);
    watcher.on('error', reject);
    // Written before the watch began.
    check();
  });
}
