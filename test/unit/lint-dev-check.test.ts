import { EventEmitter } from 'node:events';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheck, devCheck, watchForChecks } from '../../src/lint/check-project.ts';
import { tempCopy } from '../support/helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the dev server’s check', () => {
  it('runs once per change of the playbooks, whoever asks for it, and again only after a change', () => {
    const copy = tempCopy('valid');
    cleanup = copy.cleanup;
    const playbooks = join(copy.dir, 'playbooks');
    const watcher = new EventEmitter();
    // Every loader, the overlay and the pages hand over the same watcher: it is counted once.
    watchForChecks(copy.dir, playbooks, watcher);
    watchForChecks(copy.dir, playbooks, watcher);
    const first = devCheck(copy.dir);
    expect(devCheck(copy.dir)).toBe(first);

    // A change outside playbooks/ is not one.
    watcher.emit('all', 'change', join(copy.dir, 'content/index.mdx'));
    expect(devCheck(copy.dir)).toBe(first);

    const file = join(playbooks, 'acme/segments/smb.mdx');
    appendFileSync(file, '\nEdited.\n');
    watcher.emit('all', 'change', file);
    const second = devCheck(copy.dir);
    expect(second).not.toBe(first);
    expect(second.playbooks[0]!.segments[0]!.body).toContain('Edited.');
    // The second, third… consumer of the same change get the same result.
    expect(devCheck(copy.dir)).toBe(second);
    expect(devCheck(copy.dir)).toBe(second);
  });

  it('is the same check for the root with or without its last slash (the loaders and the pages write it apart)', () => {
    const copy = tempCopy('valid');
    cleanup = copy.cleanup;
    const playbooks = join(copy.dir, 'playbooks');
    const watcher = new EventEmitter();
    // The loaders watch with Astro's root, `…/site/`; the pages ask with a resolved path, `…/site`.
    watchForChecks(`${copy.dir}/`, playbooks, watcher);
    const first = devCheck(`${copy.dir}/`);
    expect(devCheck(copy.dir)).toBe(first);
    const file = join(playbooks, 'acme/segments/smb.mdx');
    appendFileSync(file, '\nEdited.\n');
    watcher.emit('all', 'change', file);
    const second = devCheck(copy.dir);
    expect(second).not.toBe(first);
    expect(devCheck(`${copy.dir}/`)).toBe(second);
    expect(buildCheck(`${copy.dir}/`)).toBe(buildCheck(copy.dir));
  });
});
