/**
 * The examples' actuals (issue 22): their snapshots are what `actuals import`
 * writes from the committed synthetic exports, run again here; and the
 * drifts `check` reports are the ones their prose discusses. An examples
 * test: `npm run examples:drop` removes it with the examples.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { run } from '../../src/cli/main.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { captureIo } from '../support/helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const frontmatter = (text: string) => text.split('\n---\n')[0]!;

const tmp = mkdtempSync(join(tmpdir(), 'playbook-examples-actuals-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const IMPORTS = [
  ['northwind-software', 'opportunities.csv', ['--history', 'playbooks/_exports/northwind-software/opportunity-history.csv']],
  ['huayuan-equipment', 'deals.csv', []],
] as const;

describe('the examples\u2019 snapshots', () => {
  it.each(IMPORTS)('%s: importing its export again writes the same counts, a quarter apart', async (pb, file, extra) => {
    const root = join(tmp, pb);
    cpSync(join(ROOT, 'playbooks'), join(root, 'playbooks'), { recursive: true });
    for (const [from, to, month] of [
      ['2025-09-01', '2026-08-31', '2026-08'],
      ['2025-12-01', '2026-11-30', '2026-11'],
    ] as const) {
      const io = captureIo(root);
      expect(await run(['actuals', 'import', pb, `playbooks/_exports/${pb}/${file}`, ...extra, '--from', from, '--to', to, '--force', '--root', root], io), io.err).toBe(0);
      const path = `playbooks/${pb}/actuals/${month}.mdx`;
      expect(frontmatter(readFileSync(join(root, path), 'utf8'))).toBe(frontmatter(readFileSync(join(ROOT, path), 'utf8')));
    }
  });

  it('drift where the prose says, and nowhere else', () => {
    const drift = checkProject(ROOT, { today: '2026-12-07' })
      .diagnostics.filter((d) => d.code === 'actuals-drift')
      .map((d) => `${d.file}:${d.line}`);
    expect(drift).toEqual(['playbooks/huayuan-equipment/segments/sme-factories.mdx:26', 'playbooks/northwind-software/processes/velocity-sale.mdx:27']);
    // Each is discussed in the body of its file, through the measured figure.
    expect(readFileSync(join(ROOT, 'playbooks/northwind-software/processes/velocity-sale.mdx'), 'utf8')).toContain('<Metric of="actuals.processes.velocity-sale.stages.prove.conversion" />');
    expect(readFileSync(join(ROOT, 'playbooks/huayuan-equipment/segments/sme-factories.mdx'), 'utf8')).toContain('<Metric of="actuals.segments.sme-factories.dealSize" />');
  });
});

/*
 * An outside check of §10's export (format v1.2): every figure of `"actuals"` recomputed here from the snapshot
 * files (read with `yaml`) and the playbook as `export` writes it, written from the contract and sharing no code with
 * src/ (as examples-plan.test.ts does for §8). Lines of the drift are found by reading the files here too.
 */

/** The exported JSON and the snapshot files, read as the contract describes them (not through the project's types). */
type Json = Record<string, any>;

const Z = 1.959964;

/** x successes in n with the Wilson interval of §10; null when n is 0. */
function wilsonOf(x: number, n: number): { rate: number; low: number; high: number } | null {
  if (n <= 0) return null;
  const p = x / n;
  const d = 1 + (Z * Z) / n;
  const centre = (p + (Z * Z) / (2 * n)) / d;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / d;
  return { rate: p, low: centre - half, high: centre + half };
}

/** The frontmatter of an MDX file as a YAML document with its lines (the file's first line is the opening `---`). */
function frontmatterOf(path: string): { doc: Document; lines: LineCounter; data: Json } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  expect(text.startsWith('---\n'), path).toBe(true);
  const end = text.indexOf('\n---', 4);
  const lines = new LineCounter();
  const doc = parseDocument(text.slice(4, end + 1), { lineCounter: lines });
  return { doc, lines, data: doc.toJS() as Json };
}

/** The line in the file of the key at `path` of a frontmatter (1 for the `---` above it). */
function lineOfKey(path: string, keys: (string | number)[]): number {
  const { doc, lines } = frontmatterOf(path);
  const parent = keys.length === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
  if (!isMap(parent)) throw new Error(`${path}: no map at ${keys.slice(0, -1).join('.')}`);
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === keys[keys.length - 1]);
  if (!pair || !isScalar(pair.key) || !pair.key.range) throw new Error(`${path}: no key ${keys.join('.')}`);
  return lines.linePos(pair.key.range[0]).line + 1;
}

interface StageFigures {
  reached: number | null;
  conversion: number | null;
  low: number | null;
  high: number | null;
}

/** Stage k converts reached_{k+1}/reached_k (won/reached_n at the last), with the interval over reached_k. */
function stagesOf(ids: string[], reached: (number | null)[], won: number): Record<string, StageFigures> {
  return Object.fromEntries(
    ids.map((id, k) => {
      const here = reached[k]!;
      const next = k < ids.length - 1 ? reached[k + 1]! : won;
      const w = here !== null && next !== null ? wilsonOf(next, here) : null;
      return [id, { reached: here, conversion: w?.rate ?? null, low: w?.low ?? null, high: w?.high ?? null }];
    }),
  );
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Every figure of one snapshot in §10's export, from its file and the exported playbook. */
function snapshotFigures(pb: Json, id: string, snap: Json): Json {
  const days = dayNumber(snap.period.to) - dayNumber(snap.period.from) + 1;
  const segmentOf = (s: string) => (pb.segments as Json[]).find((x) => x.id === s)!;
  const stageIds = (p: string) => ((pb.processes as Json[]).find((x) => x.id === p)!.stages as Json[]).map((s) => s.id as string);
  const segments: Json = {};
  for (const [s, c] of Object.entries<Json>(snap.segments)) {
    const seg = segmentOf(s);
    const w = wilsonOf(c.won, c.won + c.lost);
    const ids = stageIds(seg.process);
    segments[s] = {
      opportunities: c.opportunities,
      won: c.won,
      lost: c.lost,
      open: c.opportunities - c.won - c.lost,
      winRate: w?.rate ?? null,
      winRateLow: w?.low ?? null,
      winRateHigh: w?.high ?? null,
      dealSize: c.won > 0 ? c.wonAmount / c.won : null,
      opportunityRate: seg.accounts > 0 ? c.opportunities / seg.accounts / (days / 365) : null,
      cycleDays: c.cycleDays ?? null,
      stages: stagesOf(
        ids,
        ids.map((k) => (c.reached && Object.hasOwn(c.reached, k) ? c.reached[k] : null)),
        c.won,
      ),
    };
  }
  const processes: Json = {};
  for (const p of pb.processes as Json[]) {
    const on = Object.keys(snap.segments).filter((s) => segmentOf(s).process === p.id);
    if (on.length === 0) continue;
    const counts = on.map((s) => snap.segments[s] as Json);
    const won = counts.reduce((a, c) => a + c.won, 0);
    const lost = counts.reduce((a, c) => a + c.lost, 0);
    const timed = counts.filter((c) => c.cycleDays !== undefined && c.won > 0);
    const weight = timed.reduce((a, c) => a + c.won, 0);
    const w = wilsonOf(won, won + lost);
    const ids = stageIds(p.id);
    const reached = ids.map((k) => {
      const present = counts.filter((c) => c.reached && Object.hasOwn(c.reached, k));
      return present.length === 0 ? null : present.reduce((a, c) => a + c.reached[k], 0);
    });
    processes[p.id] = {
      won,
      lost,
      winRate: w?.rate ?? null,
      winRateLow: w?.low ?? null,
      winRateHigh: w?.high ?? null,
      cycleDays: weight > 0 ? timed.reduce((a, c) => a + c.won * c.cycleDays, 0) / weight : null,
      stages: stagesOf(ids, reached, won),
    };
  }
  return { id, from: snap.period.from, to: snap.period.to, segments, processes };
}

/** §4 of a playbook as exported (v1.2's people and money too; the caller compares only the keys export has). */
function model(pb: Json, openPipelineV12: boolean): Json {
  const selling = (r: Json) => r.sellingHours ?? pb.sellingHours ?? 1400;
  const processes = new Map<string, Json>((pb.processes as Json[]).map((p) => [p.id, p]));
  const required: Record<string, number> = Object.fromEntries((pb.roles as Json[]).map((r) => [r.id, 0]));
  const perSegment = new Map<string, { deal: Record<string, number>; coverage: number }>();
  for (const s of pb.segments as Json[]) {
    const o = s.accounts * s.opportunityRate;
    const deal: Record<string, number> = {};
    let reach = 1;
    for (const stage of processes.get(s.process)!.stages as Json[]) {
      for (const [role, hours] of Object.entries<number>(stage.hours ?? {})) deal[role] = (deal[role] ?? 0) + o * reach * hours;
      reach *= stage.conversion;
    }
    const coverage = s.accounts * s.coverage.touchesPerYear * s.coverage.hoursPerTouch;
    for (const [role, h] of Object.entries(deal)) required[role] = (required[role] ?? 0) + h;
    required[s.coverage.owner] = (required[s.coverage.owner] ?? 0) + coverage;
    perSegment.set(s.id, { deal, coverage });
  }
  const roles: Json = {};
  const factor: Record<string, number> = {};
  for (const r of pb.roles as Json[]) {
    const h = required[r.id]!;
    const a = r.headcount * selling(r);
    factor[r.id] = h === 0 ? 1 : Math.min(1, a / h);
    roles[r.id] = { requiredHours: h, availableHours: a, load: h === 0 ? 0 : a === 0 ? null : h / a, fteNeeded: h / selling(r), cost: r.cost === undefined ? null : r.headcount * r.cost };
  }
  const procs: Json = {};
  for (const p of pb.processes as Json[]) {
    procs[p.id] = { winRate: (p.stages as Json[]).reduce((w, s) => w * s.conversion, 1), cycleDays: (p.stages as Json[]).reduce((t, s) => t + s.days, 0), people: {} as Record<string, number>, peopleTotal: 0 };
  }
  const segments: Json = {};
  let accounts = 0;
  let covered = 0;
  let worked = 0;
  let wonWorked = 0;
  let wins = 0;
  let revenue = 0;
  let open = 0;
  let value = 0;
  for (const s of pb.segments as Json[]) {
    const { deal, coverage } = perSegment.get(s.id)!;
    const o = s.accounts * s.opportunityRate;
    const p = processes.get(s.process)!;
    const contributors = Object.keys(deal).filter((r) => deal[r]! > 0);
    if (coverage > 0) contributors.push(s.coverage.owner);
    const kappa = Math.min(1, ...contributors.map((r) => factor[r]!));
    const w = procs[p.id].winRate as number;
    let reach = 1;
    let inFlight = 0;
    for (const stage of p.stages as Json[]) {
      inFlight += reach * stage.days;
      reach *= stage.conversion;
    }
    const n = (o * kappa * (openPipelineV12 ? inFlight : procs[p.id].cycleDays)) / 365;
    const e = o * kappa * w;
    const people: Record<string, number> = {};
    for (const r of pb.roles as Json[]) {
      const hours = (deal[r.id] ?? 0) + (r.id === s.coverage.owner ? coverage : 0);
      if (hours > 0) people[r.id] = hours / selling(r);
    }
    const peopleTotal = Object.values(people).reduce((a, b) => a + b, 0);
    for (const [r, f] of Object.entries(people)) procs[p.id].people[r] = (procs[p.id].people[r] ?? 0) + f;
    procs[p.id].peopleTotal += peopleTotal;
    segments[s.id] = {
      opportunities: o,
      coverage: kappa,
      winRate: w,
      expectedWins: e,
      expectedRevenue: e * s.dealSize,
      velocityPerDay: (o * kappa * s.dealSize * w) / 365,
      openPipeline: n,
      pipelineValue: n * s.dealSize,
      coveredAccounts: s.accounts * kappa,
      people,
      peopleTotal,
    };
    accounts += s.accounts;
    covered += s.accounts * kappa;
    worked += o * kappa;
    wonWorked += o * kappa * w;
    wins += e;
    revenue += e * s.dealSize;
    open += n;
    value += n * s.dealSize;
  }
  const withCost = (pb.roles as Json[]).filter((r) => r.cost !== undefined);
  const withQuota = (pb.roles as Json[]).filter((r) => r.quota !== undefined);
  const teamCost = withCost.length === 0 ? null : withCost.reduce((a, r) => a + r.headcount * r.cost, 0);
  const carriedQuota = withQuota.length === 0 ? null : withQuota.reduce((a, r) => a + r.headcount * r.quota, 0);
  const per = (x: number | null, d: number | null | undefined) => (x === null || !d ? null : x / d);
  return {
    coverage: accounts === 0 ? 1 : covered / accounts,
    winRate: worked === 0 ? 0 : wonWorked / worked,
    expectedWins: wins,
    expectedRevenue: revenue,
    coveredAccounts: covered,
    openPipeline: open,
    pipelineValue: value,
    teamCost,
    costOfSales: per(teamCost, revenue),
    costPerWin: per(teamCost, wins),
    carriedQuota,
    quotaCoverage: per(carriedQuota, pb.goals?.bookings),
    quotaAttainment: carriedQuota === null || carriedQuota === 0 ? null : revenue / carriedQuota,
    segments,
    roles,
    processes: procs,
  };
}

/** A model's figures against export's, key by key for the keys export has (v1.2's people and money may not be there yet). */
function sameModel(got: Json, mine: Json, where: string): void {
  const required = {
    top: ['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'coveredAccounts', 'openPipeline', 'pipelineValue'],
    segments: ['opportunities', 'coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'velocityPerDay', 'openPipeline', 'pipelineValue', 'coveredAccounts'],
    roles: ['requiredHours', 'availableHours', 'load', 'fteNeeded'],
    processes: ['winRate', 'cycleDays'],
  };
  const compare = (a: Json, b: Json, keys: string[], optional: string[], at: string) => {
    for (const k of keys) expect(Object.hasOwn(a, k), `${at}.${k}`).toBe(true);
    for (const k of [...keys, ...optional.filter((o) => Object.hasOwn(a, o))]) sameFigure(a[k], b[k], `${at}.${k}`);
  };
  compare(got, mine, required.top, ['teamCost', 'costOfSales', 'costPerWin', 'carriedQuota', 'quotaCoverage', 'quotaAttainment'], where);
  for (const kind of ['segments', 'roles', 'processes'] as const) {
    expect(Object.keys(got[kind]).sort(), `${where}.${kind}`).toEqual(Object.keys(mine[kind]).sort());
    for (const id of Object.keys(mine[kind])) compare(got[kind][id], mine[kind][id], required[kind], kind === 'roles' ? ['cost'] : kind === 'segments' || kind === 'processes' ? ['people', 'peopleTotal'] : [], `${where}.${kind}.${id}`);
  }
}

/** Two figures (or records of them) equal to 1e-9 of their size; null only where the other is null. */
function sameFigure(got: unknown, want: unknown, at: string): void {
  if (want === null || typeof want !== 'object') {
    if (typeof want === 'number' && typeof got === 'number') {
      expect(Math.abs(got - want), `${at}: ${got} ≠ ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    } else expect(got, at).toEqual(want);
    return;
  }
  expect(got !== null && typeof got === 'object', at).toBe(true);
  const g = got as Json;
  const w = want as Json;
  if (at.endsWith('.people')) {
    // A role with no hours for the segment may be listed at 0 or left out.
    for (const k of Object.keys(g)) sameFigure(g[k], w[k] ?? 0, `${at}.${k}`);
    for (const k of Object.keys(w)) expect(Object.hasOwn(g, k), `${at}.${k}`).toBe(true);
    return;
  }
  expect(Object.keys(g).sort(), at).toEqual(Object.keys(w).sort());
  for (const k of Object.keys(w)) sameFigure(g[k], w[k], `${at}.${k}`);
}

/** The exported JSON of the examples, as `npm run playbook -- export` prints it. */
let examplesExport: Json;
beforeAll(async () => {
  const io = captureIo(ROOT);
  expect(await run(['export', ROOT], io), io.err).toBe(0);
  examplesExport = JSON.parse(io.out) as Json;
});

describe.each(['northwind-software', 'huayuan-equipment'])('§10 of %s, computed again from its files', (id) => {
  const dir = join(ROOT, 'playbooks', id);
  const pbOf = () => (examplesExport.playbooks as Json[]).find((p) => p.id === id)!;
  const files = readdirSync(join(dir, 'actuals')).filter((f) => f.endsWith('.mdx') && !/^[_.]/.test(f));
  const snapshots = files
    .map((f) => ({ id: f.slice(0, -'.mdx'.length), data: frontmatterOf(join(dir, 'actuals', f)).data }))
    .sort((a, b) => (a.data.period.to < b.data.period.to ? -1 : a.data.period.to > b.data.period.to ? 1 : 0));
  const settings = (frontmatterOf(join(dir, 'index.mdx')).data.actuals ?? {}) as Json;
  const m = (settings.minSample as number | undefined) ?? 30;
  const t = (settings.tolerance as number | undefined) ?? 0.25;

  it('has at least two snapshots, and export lists them in order of `to`, the last the latest', () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(2);
    const actuals = pbOf().actuals as Json;
    expect(actuals.snapshots.map((s: Json) => s.id)).toEqual(snapshots.map((s) => s.id));
    expect(actuals.latest).toBe(snapshots[snapshots.length - 1]!.id);
    expect(Object.keys(actuals).sort()).toEqual(['drift', 'latest', 'measured', 'snapshots']);
  });

  it('exports every snapshot\u2019s segments and pooled processes as computed here', () => {
    const pb = pbOf();
    snapshots.forEach((s, i) => sameFigure(pb.actuals.snapshots[i], snapshotFigures(pb, s.id, s.data), `snapshots[${s.id}]`));
  });

  /** The latest snapshot's figures, computed here. */
  const latestFigures = () => {
    const s = snapshots[snapshots.length - 1]!;
    return snapshotFigures(pbOf(), s.id, s.data);
  };

  it('drifts exactly where the latest snapshot contradicts an assumption, at the assumption\u2019s line', () => {
    const pb = pbOf();
    const latest = latestFigures();
    const want: Json[] = [];
    for (const [p, figures] of Object.entries<Json>(latest.processes)) {
      const file = `playbooks/${id}/processes/${p}.mdx`;
      const stages = (pb.processes as Json[]).find((x) => x.id === p)!.stages as Json[];
      stages.forEach((stage, k) => {
        const f = figures.stages[stage.id] as StageFigures;
        if (f.reached === null || f.reached < m || f.conversion === null) return;
        if (stage.conversion >= f.low! && stage.conversion <= f.high!) return;
        want.push({ file, line: lineOfKey(join(ROOT, file), ['stages', k, 'conversion']), path: `processes/${p}.stages.${stage.id}.conversion`, assumed: stage.conversion, measured: f.conversion, low: f.low, high: f.high, n: f.reached });
      });
      const cycle = stages.reduce((a, s) => a + s.days, 0);
      const c = figures.cycleDays as number | null;
      if (figures.won >= m && c !== null && Math.abs(cycle - c) > t * c) {
        want.push({ file, line: lineOfKey(join(ROOT, file), ['stages']), path: `processes/${p}.stages`, assumed: cycle, measured: c, low: c * (1 - t), high: c * (1 + t), n: figures.won });
      }
    }
    for (const [s, figures] of Object.entries<Json>(latest.segments)) {
      const seg = (pb.segments as Json[]).find((x) => x.id === s)!;
      const file = `playbooks/${id}/segments/${s}.mdx`;
      for (const [key, n] of [
        ['dealSize', figures.won],
        ['opportunityRate', figures.opportunities],
      ] as const) {
        const measured = figures[key] as number | null;
        if (n < m || measured === null || !(Math.abs(seg[key] - measured) > t * measured)) continue;
        want.push({ file, line: lineOfKey(join(ROOT, file), [key]), path: `segments/${s}.${key}`, assumed: seg[key], measured, low: measured * (1 - t), high: measured * (1 + t), n });
      }
    }
    const order = (list: Json[]) => [...list].sort((a, b) => `${a.file}:${a.path}`.localeCompare(`${b.file}:${b.path}`));
    // Something drifts in each example: an empty list on both sides would prove nothing.
    expect(want.length).toBeGreaterThan(0);
    sameFigure(order(pb.actuals.drift), order(want), 'drift');
  });

  it('exports the model at measured rates as §4 of a copy with §10\u2019s replacements', () => {
    const pb = pbOf();
    const latest = latestFigures();
    // §10 says the measured model is §4 "of that copy": whichever open-pipeline formula §4 of the playbook itself
    // uses (v1.1's T_p, or v1.2's Σ r_k days_k), the copy's must be the same one.
    const v12 = Object.keys(pb.metrics.segments).every((s) => Math.abs(pb.metrics.segments[s].openPipeline - model(pb, true).segments[s].openPipeline) <= 1e-9 * Math.max(1, model(pb, true).segments[s].openPipeline));
    sameModel(pb.metrics, model(pb, v12), 'metrics');

    const copy = JSON.parse(JSON.stringify(pb)) as Json;
    let replaced = 0;
    for (const p of copy.processes as Json[]) {
      const figures = latest.processes[p.id] as Json | undefined;
      if (!figures) continue;
      const cycle = (p.stages as Json[]).reduce((a, s) => a + s.days, 0);
      const scale = figures.won >= m && figures.cycleDays !== null && cycle > 0 ? figures.cycleDays / cycle : 1;
      for (const stage of p.stages as Json[]) {
        const f = figures.stages[stage.id] as StageFigures;
        if (f.reached !== null && f.reached >= m && f.conversion !== null) {
          stage.conversion = f.conversion;
          replaced++;
        }
        stage.days *= scale;
      }
      if (scale !== 1) replaced++;
    }
    for (const s of copy.segments as Json[]) {
      const figures = latest.segments[s.id] as Json | undefined;
      if (!figures) continue;
      if (figures.won >= m && figures.dealSize !== null) {
        s.dealSize = figures.dealSize;
        replaced++;
      }
      if (figures.opportunities >= m && figures.opportunityRate !== null) {
        s.opportunityRate = figures.opportunityRate;
        replaced++;
      }
    }
    expect(replaced).toBeGreaterThan(0);
    sameModel(pb.actuals.measured.metrics, model(copy, v12), 'measured.metrics');
    // §8 of the copy when the playbook has a plan.
    expect(pb.actuals.measured.plan === null).toBe(pb.plan === undefined);
  });
});
