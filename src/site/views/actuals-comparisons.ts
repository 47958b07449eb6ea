/**
 * Each assumption beside what the latest snapshot measured (format §10), for
 * the actuals page and the segment and process pages alike: the measured
 * figure, its interval or tolerance band, its sample, and in words whether it
 * drifts. A segment's deal size, opportunity rate and win rate; a process's
 * cycle and each stage's conversion.
 */
import type { MeasuredProcess, MeasuredSegment } from '../../model/actuals.ts';
import type { ActualsFigures } from '../../model/actuals-figures.ts';
import type { Drift } from '../../model/actuals-drift.ts';
import { byId } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import type { SitePlaybook } from '../site.ts';

/** How an assumption stands against what was measured, in words as well as in colour. */
export type Standing = 'drift' | 'ok' | 'small' | 'none';

/** One assumption beside its measure. */
export interface Comparison {
  label: string;
  assumed: string;
  measured: string;
  /** The interval (shares) or the tolerance band; empty when nothing was measured. */
  range: string;
  /** The sample: `190 reached`, `40 won`. */
  sample: string;
  standing: Standing;
  /** The standing in words: `Drifts`, `Consistent`, `Too few to judge (12 of 30)`, `Not measured`. */
  standingText: string;
}

const driftAt = (actuals: ActualsFigures, path: string): Drift | undefined => actuals.drift.find((d) => d.path === path);

/** The standing of an assumption: a drift `check` reports, a sample too small, nothing measured, or consistent. */
function standing(pb: SitePlaybook, actuals: ActualsFigures, path: string, n: number | null, measured: number | null): { standing: Standing; standingText: string } {
  const t = pb.t.actuals;
  if (measured === null || n === null) return { standing: 'none', standingText: t.notMeasured };
  if (driftAt(actuals, path)) return { standing: 'drift', standingText: t.drifts };
  if (n < actuals.settings.minSample) return { standing: 'small', standingText: t.tooFew(pb.fmt.count(n), pb.fmt.count(actuals.settings.minSample)) };
  return { standing: 'ok', standingText: t.consistent };
}

export const share = (pb: SitePlaybook, value: number | null) => (value === null ? '—' : pb.fmt.percent(value));
const interval = (pb: SitePlaybook, low: number | null, high: number | null) => (low === null || high === null ? '' : pb.t.actuals.interval(pb.fmt.percent(low), pb.fmt.percent(high)));
/** measured × (1 ± tolerance); `low` formats the low end when the unit is said once, after the high one (`18–30 days`). */
const band = (pb: SitePlaybook, actuals: ActualsFigures, measured: number | null, format: (v: number) => string, low: (v: number) => string = format) =>
  measured === null ? '' : pb.t.actuals.tolerance(pb.fmt.percent(actuals.settings.tolerance, 0), low(measured * (1 - actuals.settings.tolerance)), format(measured * (1 + actuals.settings.tolerance)));

/** A segment's assumptions beside the latest snapshot: deal size, opportunity rate, and its win rate (which follows from its process). */
export function segmentComparisons(pb: SitePlaybook, actuals: ActualsFigures, id: string): Comparison[] | null {
  const measured: MeasuredSegment | undefined = own(actuals.latest.segments, id);
  const segment = byId(pb.graph.segments, id);
  if (!measured || !segment) return null;
  const { t, fmt } = pb;
  // Chinese reads money in 万 and 亿 (14.1 万元), as the drift message says it.
  const money = (v: number) => (pb.lang === 'zh-CN' ? fmt.moneyShort(v) : fmt.money(v));
  const rate = (v: number) => fmt.number(v, 2);
  const resolved = measured.won + measured.lost;
  const win = own(pb.metrics.segments, id)?.winRate ?? 0;
  return [
    {
      label: t.winRate,
      assumed: fmt.percent(win),
      measured: share(pb, measured.winRate),
      range: interval(pb, measured.winRateLow, measured.winRateHigh),
      sample: t.actuals.resolved(fmt.count(resolved)),
      // The win rate follows from the stage conversions, which are what drift: it is judged by its interval only.
      ...winStanding(pb, actuals, resolved, win, measured.winRateLow, measured.winRateHigh),
    },
    {
      label: t.dealSize,
      assumed: money(segment.data.dealSize),
      measured: measured.dealSize === null ? '—' : money(measured.dealSize),
      range: band(pb, actuals, measured.dealSize, money),
      sample: t.actuals.won(fmt.count(measured.won)),
      ...standing(pb, actuals, `segments/${id}.dealSize`, measured.won, measured.dealSize),
    },
    {
      label: t.opportunityRate,
      assumed: rate(segment.data.opportunityRate),
      measured: measured.opportunityRate === null ? '—' : rate(measured.opportunityRate),
      range: band(pb, actuals, measured.opportunityRate, rate),
      sample: t.actuals.created(fmt.count(measured.opportunities)),
      ...standing(pb, actuals, `segments/${id}.opportunityRate`, measured.opportunities, measured.opportunityRate),
    },
  ];
}

function winStanding(pb: SitePlaybook, actuals: ActualsFigures, n: number, assumed: number, low: number | null, high: number | null): { standing: Standing; standingText: string } {
  const t = pb.t.actuals;
  if (low === null || high === null) return { standing: 'none', standingText: t.notMeasured };
  if (n < actuals.settings.minSample) return { standing: 'small', standingText: t.tooFew(pb.fmt.count(n), pb.fmt.count(actuals.settings.minSample)) };
  return assumed < low || assumed > high ? { standing: 'drift', standingText: t.outside } : { standing: 'ok', standingText: t.consistent };
}

/** A process's assumptions beside the latest snapshot, pooled over its segments: the cycle and each stage's conversion. */
export function processComparisons(pb: SitePlaybook, actuals: ActualsFigures, id: string): Comparison[] | null {
  const measured: MeasuredProcess | undefined = own(actuals.latest.processes, id);
  const process = byId(pb.graph.processes, id);
  if (!measured || !process) return null;
  const { t, fmt } = pb;
  const cycle = process.data.stages.reduce((sum, s) => sum + s.days, 0);
  return [
    {
      label: t.cycleDays,
      assumed: fmt.days(cycle),
      measured: measured.cycleDays === null ? '—' : fmt.days(measured.cycleDays),
      range: band(pb, actuals, measured.cycleDays, (v) => fmt.days(v), (v) => fmt.number(v, 1)),
      sample: t.actuals.won(fmt.count(measured.won)),
      ...standing(pb, actuals, `processes/${id}.stages`, measured.won, measured.cycleDays),
    },
    ...process.data.stages.map((stage, k): Comparison => {
      const m = measured.stages[k]!;
      return {
        label: t.actuals.conversionOf(stage.title),
        assumed: fmt.percent(stage.conversion),
        measured: share(pb, m.conversion),
        range: interval(pb, m.low, m.high),
        sample: t.actuals.reached(fmt.count(m.reached ?? 0)),
        ...standing(pb, actuals, `processes/${id}.stages.${stage.id}.conversion`, m.reached, m.conversion),
      };
    }),
  ];
}
