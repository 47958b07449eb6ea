import { describe, expect, it } from 'vitest';
import { offeringView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('offeringView', () => {
  it('shows kind, motives, what it includes and the segments that use it', () => {
    const platform = offeringView(site, 'demo', 'platform');
    expect([platform.kind, platform.motives]).toEqual(['Product', ['Value realisation', 'Partnership']]);
    expect(platform.includes.map((o) => [o.id, o.kind])).toEqual([['onboarding', 'Service']]);
    expect(platform.segments.map((s) => [s.segment.id, s.via])).toEqual([['enterprise', null]]);
    const onboarding = offeringView(site, 'demo', 'onboarding');
    expect(onboarding.includedIn.map((o) => o.id)).toEqual(['platform']);
    expect(onboarding.segments.map((s) => [s.segment.id, s.via?.id])).toEqual([['enterprise', 'platform']]);
  });
});
