import { describe, expect, it } from 'vitest';
import { entityPage } from '../../src/site/views/entity.ts';
import { offeringView, processView, roleView, segmentView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('entityPage', () => {
  it('gives each kind of the registry with a view of its own that view', () => {
    expect(entityPage(site, 'demo', 'segments', 'enterprise')).toEqual({ kind: 'segments', view: segmentView(site, 'demo', 'enterprise') });
    expect(entityPage(site, 'demo', 'offerings', 'platform')).toEqual({ kind: 'offerings', view: offeringView(site, 'demo', 'platform') });
    expect(entityPage(site, 'demo', 'processes', 'solution')).toEqual({ kind: 'processes', view: processView(site, 'demo', 'solution') });
    expect(entityPage(site, 'demo', 'roles', 'ae')).toEqual({ kind: 'roles', view: roleView(site, 'demo', 'ae') });
  });

  it('refuses a kind the registry does not have, and an entity that does not exist (a bug in the routes)', () => {
    expect(() => entityPage(site, 'demo', 'widgets', 'w')).toThrow('There is no kind of file `widgets`.');
    expect(() => entityPage(site, 'demo', undefined, 'w')).toThrow('There is no kind of file `undefined`.');
    expect(() => entityPage(site, 'demo', 'roles', 'nobody')).toThrow(/nobody/);
    expect(() => entityPage(site, 'nowhere', 'roles', 'ae')).toThrow('There is no playbook `nowhere` in this site.');
  });
});
