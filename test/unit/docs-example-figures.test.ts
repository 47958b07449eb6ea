/**
 * The figures and links the docs quote from the example playbooks (src/docs/example-figures.ts), on a fixture:
 * resolved from the model, written as the pages read them, an error when they name nothing, and nothing at all
 * when the playbook is not there (a team that dropped the examples). The real quotes are checked against the
 * real examples by test/unit/examples-docs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { examplesPresent, exampleFigure, exampleLink, idsOf } from '../../src/docs/example-figures.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite } from '../../src/site/site.ts';
import { fixture } from '../support/helpers.ts';

const site = createSite(checkProject(fixture('model')), { base: '/sub/' });

describe('exampleFigure', () => {
  it('writes a figure of the model in the format of its kind', () => {
    expect(exampleFigure(site, 'northwind', { of: 'processes.consultative.winRate' })).toBe('20%');
    expect(exampleFigure(site, 'northwind', { of: 'processes.consultative.cycleDays' })).toMatch(/^\d+ days$/);
    expect(exampleFigure(site, 'northwind', { of: 'coverage' })).toMatch(/%$/);
  });

  it('writes a field: numbers with `as`, texts as they are, stages by id, a list by its length', () => {
    expect(exampleFigure(site, 'northwind', { field: 'segments/mid-market.motive' })).toBe('value-realization');
    expect(exampleFigure(site, 'northwind', { field: 'playbook.goals.winRate', as: 'share' })).toBe('25%');
    expect(exampleFigure(site, 'northwind', { field: 'segments/mid-market.dealSize', as: 'money' })).toMatch(/^€[\d,]+$/);
    expect(exampleFigure(site, 'northwind', { count: 'processes/consultative.stages' })).toBe('3');
    expect(exampleFigure(site, 'northwind', { field: 'processes/consultative.stages.discover.conversion', as: 'share' })).toBe('50%');
  });

  it('writes it for the page\u2019s language', () => {
    expect(exampleFigure(site, 'northwind', { of: 'processes.consultative.cycleDays', lang: 'zh-CN' })).toMatch(/^\d+ 天$/);
  });

  it('stops the build, saying what to update, when the playbook has no such figure', () => {
    expect(() => exampleFigure(site, 'northwind', { of: 'roles.nobody.load' })).toThrow(/The docs quote the figure `roles.nobody.load` of the example playbook `northwind`.*update the page/);
    expect(() => exampleFigure(site, 'northwind', { field: 'segments/gone.accounts' })).toThrow(/has no such field/);
    expect(() => exampleFigure(site, 'northwind', { count: 'segments/mid-market.accounts' })).toThrow(/not a list/);
    expect(() => exampleFigure(site, 'northwind', { of: 'coverage', field: 'segments/mid-market.accounts' })).toThrow(/exactly one of/);
  });

  it('looks nothing up in a playbook the site does not include', () => {
    expect(exampleFigure(site, 'dropped', { of: 'roles.nobody.load' })).toBeUndefined();
  });
});

describe('exampleLink', () => {
  it('links an entity page or the playbook under the base path, with its title', () => {
    expect(exampleLink(site, 'northwind', 'segments/mid-market')).toEqual({ href: '/sub/northwind/segments/mid-market/', title: expect.any(String) });
    expect(exampleLink(site, 'northwind')?.href).toBe('/sub/northwind/');
    expect(() => exampleLink(site, 'northwind', 'segments/gone')).toThrow(/has no segment `gone`/);
    expect(exampleLink(site, 'dropped', 'segments/gone')).toBeUndefined();
  });
});

describe('examplesPresent', () => {
  it('is true only when every named playbook is in the site', () => {
    expect(idsOf('a b, c')).toEqual(['a', 'b', 'c']);
    expect(examplesPresent(site, ['northwind'])).toBe(true);
    expect(examplesPresent(site, ['northwind', 'dropped'])).toBe(false);
  });
});
