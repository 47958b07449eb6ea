import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { loadProject } from '../../src/model/load.ts';
import { isComplete, type CompletePlaybook } from '../../src/model/graph.ts';
import { formatScenarioPath, parseScenarioPath, resolveScenarioPath } from '../../src/model/scenario-paths.ts';
import { fixture } from '../support/helpers.ts';

/**
 * The paths of scenario changes (format §7), resolved against
 * test/fixtures/scenarios/basic: playbook `acme`, segment `smb`, offering
 * `starter`, process `quick` (stages `qualify`, `close`), roles `rep`, `se`.
 */
function acme(): CompletePlaybook {
  const graph = loadProject(fixture('scenarios/basic')).playbooks[0]!;
  if (!isComplete(graph)) throw new Error('the fixture is incomplete');
  return graph;
}
const graph = acme();
const resolve = (path: string) => resolveScenarioPath(graph, path);
const target = (path: string) => {
  const r = resolve(path);
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.problem)}`);
  return r.target;
};
const problem = (path: string) => {
  const r = resolve(path);
  if (r.ok || r.problem === null) throw new Error(`${path} resolved`);
  return r.problem;
};

describe('the forms of a path', () => {
  it('splits `playbook.<field>[.<key>…]` and `<kind>/<id>.<field>[.<key>…]`', () => {
    expect(parseScenarioPath('playbook.goals.coverage')).toEqual({ kind: 'playbook', keys: ['goals', 'coverage'] });
    expect(parseScenarioPath('roles/inside-sales.headcount')).toEqual({ kind: 'roles', id: 'inside-sales', keys: ['headcount'] });
    expect(parseScenarioPath('processes/solution-sale.stages.validate.hours.solutions-engineer')).toEqual({
      kind: 'processes',
      id: 'solution-sale',
      keys: ['stages', 'validate', 'hours', 'solutions-engineer'],
    });
    for (const bad of ['playbook', 'roles/rep', 'roles/rep.', 'roles/.headcount', 'roles//rep.headcount', 'roles/rep..headcount', 'roles/rep.head count', '', 'rep.headcount', 'a/b/c.d']) {
      expect(parseScenarioPath(bad), bad).toBeNull();
    }
    expect(formatScenarioPath('playbook', undefined, ['goals', 'coverage'])).toBe('playbook.goals.coverage');
    expect(formatScenarioPath('roles', 'rep', ['headcount'])).toBe('roles/rep.headcount');
  });

  it('resolves a playbook field, nested keys and defaults that the file does not write', () => {
    expect(target('playbook.goals.coverage')).toMatchObject({ kind: 'playbook', id: 'acme', dataPath: ['goals', 'coverage'] });
    expect(target('playbook.goals.bookings').dataPath).toEqual(['goals', 'bookings']);
    expect(target('playbook.plan.months').dataPath).toEqual(['plan', 'months']);
    // `lang` is a default: the data has it even though the file does not.
    expect(target('playbook.lang').dataPath).toEqual(['lang']);
    expect(target('playbook.goals').dataPath).toEqual(['goals']);
  });

  it('resolves every entity kind, and optional fields the entity does not have yet', () => {
    expect(target('segments/smb.coverage.touchesPerYear')).toMatchObject({ kind: 'segments', id: 'smb', dataPath: ['coverage', 'touchesPerYear'] });
    expect(target('segments/smb.criteria.employees.max').dataPath).toEqual(['criteria', 'employees', 'max']);
    expect(target('offerings/starter.motives').dataPath).toEqual(['motives']);
    expect(target('roles/rep.headcount')).toMatchObject({ kind: 'roles', id: 'rep', dataPath: ['headcount'] });
    expect(target('roles/rep.sellingHours').dataPath).toEqual(['sellingHours']);
    expect(target('roles/rep.attrition.rate').dataPath).toEqual(['attrition', 'rate']);
    expect(target('roles/rep.hires').dataPath).toEqual(['hires']);
  });

  it('addresses a stage by its id (its index in the data), and map keys old and new', () => {
    expect(target('processes/quick.stages.qualify.conversion').dataPath).toEqual(['stages', 0, 'conversion']);
    expect(target('processes/quick.stages.close.conversion').dataPath).toEqual(['stages', 1, 'conversion']);
    expect(target('processes/quick.stages.close').dataPath).toEqual(['stages', 1]);
    expect(target('processes/quick.stages').dataPath).toEqual(['stages']);
    expect(target('processes/quick.stages.close.hours.se').dataPath).toEqual(['stages', 1, 'hours', 'se']);
    // A key the map does not have, even one that names no role: the reference rule judges the changed copy.
    expect(target('processes/quick.stages.qualify.hours.se').dataPath).toEqual(['stages', 0, 'hours', 'se']);
    expect(target('processes/quick.stages.close.raci.nobody').dataPath).toEqual(['stages', 1, 'raci', 'nobody']);
  });
});

describe('a path that names nothing', () => {
  it('says which part, and suggests the whole path corrected', () => {
    expect(problem('roles/rep.headcont')).toEqual({ path: 'roles/rep.headcont', reason: 'field', part: 'headcont', suggestion: 'roles/rep.headcount' });
    expect(problem('roles/reps.headcount')).toEqual({ path: 'roles/reps.headcount', reason: 'entity', part: 'reps', kind: 'roles', suggestion: 'roles/rep.headcount' });
    expect(problem('role/rep.headcount')).toEqual({ path: 'role/rep.headcount', reason: 'kind', part: 'role', suggestion: 'roles/rep.headcount' });
    expect(problem('processes/quick.stages.clos.conversion')).toEqual({
      path: 'processes/quick.stages.clos.conversion',
      reason: 'stage',
      part: 'clos',
      suggestion: 'processes/quick.stages.close.conversion',
    });
    expect(problem('playbook.goals.coverag')).toEqual({ path: 'playbook.goals.coverag', reason: 'field', part: 'coverag', suggestion: 'playbook.goals.coverage' });
    expect(problem('playbook.goal.coverage')).toMatchObject({ reason: 'field', part: 'goal', suggestion: 'playbook.goals.coverage' });
  });

  it('corrects every part at once, reporting the first', () => {
    expect(problem('rol/reps.headcont')).toEqual({ path: 'rol/reps.headcont', reason: 'kind', part: 'rol', suggestion: 'roles/rep.headcount' });
    expect(problem('process/quik.stages.clse.conversoin')).toMatchObject({ reason: 'kind', part: 'process', suggestion: 'processes/quick.stages.close.conversion' });
    expect(problem('segments/smbb.coverage.touchesPerYr')).toMatchObject({ reason: 'entity', part: 'smbb', suggestion: 'segments/smb.coverage.touchesPerYear' });
    expect(problem('roles/rep.Headcount')).toMatchObject({ reason: 'field', suggestion: 'roles/rep.headcount' });
  });

  it('suggests nothing when a part has no close match', () => {
    expect(problem('roles/rep.territory')).toEqual({ path: 'roles/rep.territory', reason: 'field', part: 'territory' });
    expect(problem('roles/nobody-at-all.headcount')).toEqual({ path: 'roles/nobody-at-all.headcount', reason: 'entity', part: 'nobody-at-all', kind: 'roles' });
    expect(problem('roles/reps.territory')).toEqual({ path: 'roles/reps.territory', reason: 'entity', part: 'reps', kind: 'roles' });
    expect(problem('widgets/rep.headcount')).toEqual({ path: 'widgets/rep.headcount', reason: 'kind', part: 'widgets' });
  });

  it('refuses the kinds §7 does not list, scenarios included', () => {
    expect(problem('scenarios/hire.title')).toMatchObject({ reason: 'kind', part: 'scenarios' });
  });

  it('has no field below a number or a text', () => {
    expect(problem('roles/rep.headcount.value')).toEqual({ path: 'roles/rep.headcount.value', reason: 'field', part: 'value' });
    expect(problem('roles/rep.title.en')).toMatchObject({ reason: 'field', part: 'en' });
  });

  it('replaces lists whole: only stages are addressed one by one', () => {
    expect(problem('segments/smb.offerings.0')).toEqual({ path: 'segments/smb.offerings.0', reason: 'list-item', part: '0' });
    expect(problem('segments/smb.buyingCriteria.price')).toMatchObject({ reason: 'list-item', part: 'price' });
    expect(problem('processes/quick.stages.close.exitCriteria.0')).toMatchObject({ reason: 'list-item', part: '0' });
    // An entity's id is its file name, not a field.
    expect(problem('roles/rep.id')).toMatchObject({ reason: 'field', part: 'id' });
  });

  it('is a syntax problem when it has neither form, with the path it was meant to be when that is clear', () => {
    expect(problem('rep.headcount')).toEqual({ path: 'rep.headcount', reason: 'syntax' });
    expect(problem('roles.rep.headcount')).toEqual({ path: 'roles.rep.headcount', reason: 'syntax', suggestion: 'roles/rep.headcount' });
    expect(problem('playbok.goals.coverage')).toEqual({ path: 'playbok.goals.coverage', reason: 'syntax', suggestion: 'playbook.goals.coverage' });
    expect(problem('playbook/acme.goals.coverage')).toEqual({ path: 'playbook/acme.goals.coverage', reason: 'syntax', suggestion: 'playbook.goals.coverage' });
    expect(problem('roles/rep')).toEqual({ path: 'roles/rep', reason: 'syntax' });
    expect(problem('playbook')).toEqual({ path: 'playbook', reason: 'syntax' });
    expect(problem('roles/rep. headcount')).toEqual({ path: 'roles/rep. headcount', reason: 'syntax', suggestion: 'roles/rep.headcount' });
  });
});

describe('an entity whose own file is invalid', () => {
  it('is neither resolved nor reported: its file carries the errors', () => {
    const broken = { ...graph, roles: graph.roles.filter((r) => r.id !== 'se') } as CompletePlaybook;
    expect(resolveScenarioPath(broken, 'roles/se.headcount')).toEqual({ ok: false, problem: null });
  });
});

describe('scenario-path in a scenario file', () => {
  it('is reported at the line and column of each change’s `set`, with its closest path', () => {
    const { diagnostics } = checkProject(fixture('scenarios/problems'));
    const paths = diagnostics.filter((d) => d.file === 'playbooks/acme/scenarios/paths.mdx');
    expect(paths.map((d) => [d.line, d.column, d.code, (d.params as { suggestion?: string }).suggestion ?? null])).toEqual([
      [5, 10, 'scenario-path', 'roles/rep.headcount'],
      [7, 10, 'scenario-path', 'roles/rep.headcount'],
      [9, 10, 'scenario-path', 'roles/rep.headcount'],
      [11, 10, 'scenario-path', 'processes/quick.stages.close.conversion'],
      [13, 10, 'scenario-path', null],
      [15, 10, 'scenario-path', null],
      [17, 10, 'scenario-path', null],
      [19, 10, 'scenario-path', 'playbook.goals.coverage'],
      [21, 10, 'scenario-path', 'roles/rep.headcount'],
      [23, 10, 'scenario-path', 'roles/rep.headcount'],
    ]);
    expect(paths.map((d) => (d.params as { reason: string }).reason)).toEqual(['kind', 'entity', 'field', 'stage', 'syntax', 'list-item', 'not-a-number', 'field', 'syntax', 'kind']);
    expect(paths.every((d) => d.severity === 'error')).toBe(true);
    expect(paths[2]!.message).toBe('`roles/rep.headcont` names the field `headcont`, which does not exist there. Did you mean `roles/rep.headcount`?');
    expect(paths[1]!.message).toBe('`roles/reps.headcount` names role `reps`, which does not exist in this playbook. Did you mean `roles/rep.headcount`?');
    expect(paths[6]!.message).toBe('`roles/rep.title` is not a number, so `add` cannot add to it; use `to` to replace it.');
  });

  it('is written in Chinese for a zh-CN playbook', () => {
    const { diagnostics } = checkProject(fixture('scenarios/problems'), { lang: 'zh-CN' });
    const paths = diagnostics.filter((d) => d.file === 'playbooks/acme/scenarios/paths.mdx');
    expect(paths[1]!.message).toBe('`roles/reps.headcount` 引用的岗位 `reps` 在本销售手册中不存在。是不是想写 `roles/rep.headcount`？');
    expect(paths[2]!.message).toBe('`roles/rep.headcont` 引用的字段 `headcont` 在此处不存在。是不是想写 `roles/rep.headcount`？');
    expect(paths[5]!.message).toMatch(/^`segments\/smb\.offerings\.0` 引用了列表中的 `0`：列表只能整体替换/);
  });
});
