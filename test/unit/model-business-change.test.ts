import { describe, expect, it } from 'vitest';
import { businessChange } from '../../src/model/business-change.ts';
import { BASIC_OFFERING, index, inlinePlaybook, oneStage, role, segment } from '../fixtures/model-inline/playbook.ts';

/** A playbook with one segment on a one-stage process and a rep; `change` edits its inputs. */
function book(change: { headcount?: number; conversion?: number; extraRole?: boolean; cost?: number } = {}) {
  return inlinePlaybook({
    index: index(undefined, 100),
    segments: { s: segment({ process: 'p', accounts: 100, opportunityRate: 1, dealSize: 1000 }) },
    offerings: { basic: BASIC_OFFERING },
    processes: { p: oneStage(change.conversion ?? 0.5, 10, { rep: 2 }) },
    roles: { rep: { ...role(change.headcount ?? 1), ...(change.cost === undefined ? {} : { cost: change.cost }) }, ...(change.extraRole ? { se: role(1) } : {}) },
  });
}

describe('businessChange', () => {
  it('lists the fields that changed, a stage by its id, and the figures the change moved', () => {
    // rep: 100 opportunities × 2 h = 200 h; 1 × 100 h → κ 0.5; 2 people → κ 1: coverage +50 pts, wins 25 → 50.
    const change = businessChange(book(), book({ headcount: 2, conversion: 0.6 }));
    expect(change.fields.map((f) => [f.kind, f.id, f.change, f.path, f.before, f.after])).toEqual([
      ['processes', 'p', 'changed', 'stages.only.conversion', 0.5, 0.6],
      ['roles', 'rep', 'changed', 'headcount', 1, 2],
    ]);
    const move = (figure: string) => change.moves.find((m) => m.figure === figure);
    expect(move('coverage')).toMatchObject({ kind: 'share', before: 0.5, after: 1 });
    expect(move('expectedWins')).toMatchObject({ before: 25, after: 60 });
    expect(move('load')).toMatchObject({ role: 'rep', before: 2, after: 1 });
    // No role has a cost on either side: no team cost to move.
    expect(move('teamCost')).toBeUndefined();
  });

  it('names added and removed entities, and nothing when nothing changed', () => {
    expect(businessChange(book(), book({ extraRole: true })).fields.map((f) => [f.kind, f.id, f.change])).toEqual([['roles', 'se', 'added']]);
    expect(businessChange(book({ extraRole: true }), book()).fields.map((f) => [f.id, f.change])).toEqual([['se', 'removed']]);
    expect(businessChange(book(), book())).toEqual({ fields: [], moves: [] });
    // A first commit: everything is new, no figure to compare.
    const first = businessChange(null, book());
    expect(first.fields.every((f) => f.change === 'added')).toBe(true);
    expect(first.moves).toEqual([]);
  });

  it('moves the team cost when a cost is given on both sides', () => {
    expect(businessChange(book({ cost: 1000 }), book({ cost: 1500 })).moves).toContainEqual({ figure: 'teamCost', kind: 'money', before: 1000, after: 1500 });
  });
});
