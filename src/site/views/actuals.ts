/**
 * The actuals page (format §6, §10, `/<pb>/actuals/`): every
 * assumption beside what the latest snapshot measured, with its sample and
 * interval and, in words, whether it drifts; each process's funnel as planned
 * beside the funnel as measured; the trend over the snapshots; and the model
 * as written beside the model at measured rates. The pieces are shared with
 * the segment, process and overview pages (a measured figure beside each
 * assumption, the "reality check" line), so that one figure reads the same
 * everywhere; each assumption beside its measure is ./actuals-comparisons.ts.
 */
import type { MeasuredProcess, MeasuredSnapshot } from '../../model/actuals.ts';
import { snapshotAge, todayOf } from '../../model/actuals-figures.ts';
import { byId } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { playbookPageKey } from '../cache-keys.ts';
import { processComparisons, segmentComparisons, share, type Comparison } from './actuals-comparisons.ts';

/** A bar of a funnel: the share of the opportunities that reach a stage, planned and measured. */
export interface FunnelRow {
  label: string;
  planned: number;
  plannedText: string;
  measured: number | null;
  measuredText: string;
}

export interface ProcessActuals {
  process: EntityLink;
  comparisons: Comparison[];
  funnel: FunnelRow[];
  /** The funnel in one sentence, for people who cannot see the bars. */
  funnelDescription: string;
  /** One row per snapshot: its period, the win rate and each stage's conversion (with n). */
  trend: { snapshot: string; period: string; cells: string[] }[];
  trendColumns: string[];
}

export interface ModelRow {
  label: string;
  written: string;
  measured: string;
}

export interface ActualsView {
  chrome: PageChrome;
  title: string;
  intro: string;
  reality: string;
  segments: { segment: EntityLink; comparisons: Comparison[]; counts: string }[];
  processes: ProcessActuals[];
  model: ModelRow[];
  /** "If we keep converting as we do, we book X against a plan of Y." */
  verdict: string;
  /** What the model at measured rates replaced, or a sentence saying no sample was large enough. */
  replaced: string[];
  snapshots: (EntityLink & { period: string })[];
}

/** `getStaticPaths` of the actuals pages: the playbooks with a snapshot. */
export function actualsPaths(site: Site) {
  return site.playbooks.filter((pb) => pb.actuals).map((pb) => ({ params: { pb: pb.id }, cacheKey: playbookPageKey(site, pb) }));
}

/** The share of the opportunities that reach each stage and that close won: as planned, and as the measured conversions give it. */
function funnelRows(pb: SitePlaybook, measured: MeasuredProcess, id: string): FunnelRow[] {
  const process = byId(pb.graph.processes, id)!;
  const planned = own(pb.metrics.processes, id);
  let reach: number | null = 1;
  const rows: FunnelRow[] = process.data.stages.map((stage, k) => {
    const row = { label: stage.title, planned: planned?.stages[k]?.reach ?? 0, plannedText: pb.fmt.percent(planned?.stages[k]?.reach ?? 0), measured: reach, measuredText: share(pb, reach) };
    const conversion = measured.stages[k]?.conversion ?? null;
    reach = reach === null || conversion === null ? null : reach * conversion;
    return row;
  });
  rows.push({ label: pb.t.won, planned: planned?.winRate ?? 0, plannedText: pb.fmt.percent(planned?.winRate ?? 0), measured: reach, measuredText: share(pb, reach) });
  return rows;
}

/** `Dec 1, 2025 – Nov 30, 2026`. */
const periodOf = (pb: SitePlaybook, s: Pick<MeasuredSnapshot, 'from' | 'to'>) => pb.t.actuals.period(pb.fmt.date(s.from), pb.fmt.date(s.to));

/** How many assumptions drift, from which snapshot, how old it is; and what the model books at measured rates. */
export function realityCheck(site: Site, pb: SitePlaybook): string | null {
  const actuals = pb.actuals;
  if (!actuals) return null;
  const { t, fmt } = pb;
  void site;
  // Today as `check` sees it (SOURCE_DATE_EPOCH when set), so that a rebuild of the same commit says the same.
  const days = Math.max(0, snapshotAge(actuals, todayOf()).days);
  return t.actuals.reality(
    actuals.drift.length,
    periodOf(pb, actuals.latest),
    fmt.count(days),
    fmt.moneyShort(actuals.measured.metrics.expectedRevenue),
    fmt.moneyShort(pb.metrics.expectedRevenue),
  );
}

export function actualsView(site: Site, playbookId: string | undefined): ActualsView {
  const pb = findPlaybook(site, playbookId);
  const actuals = pb.actuals;
  if (!actuals) throw new Error(`Playbook \`${pb.id}\` has no snapshot.`);
  const { t, fmt } = pb;
  const latest = actuals.latest;
  const written = pb.metrics;
  const atMeasured = actuals.measured.metrics;
  const goal = pb.graph.index.data.goals.bookings;
  const model: ModelRow[] = [
    { label: t.coverage, written: fmt.percent(written.coverage), measured: fmt.percent(atMeasured.coverage) },
    { label: t.winRate, written: fmt.percent(written.winRate), measured: fmt.percent(atMeasured.winRate) },
    { label: t.expectedWins, written: fmt.number(written.expectedWins, 1), measured: fmt.number(atMeasured.expectedWins, 1) },
    { label: t.expectedRevenue, written: fmt.moneyShort(written.expectedRevenue), measured: fmt.moneyShort(atMeasured.expectedRevenue) },
    ...(pb.plan && actuals.measured.plan
      ? [{ label: t.actuals.planBookings, written: fmt.moneyShort(pb.plan.totals.expectedRevenue), measured: fmt.moneyShort(actuals.measured.plan.totals.expectedRevenue) }]
      : []),
  ];
  const processes = pb.graph.processes.flatMap((process): ProcessActuals[] => {
    const measured = own(latest.processes, process.id);
    const comparisons = processComparisons(pb, actuals, process.id);
    if (!measured || !comparisons) return [];
    const funnel = funnelRows(pb, measured, process.id);
    const won = funnel[funnel.length - 1]!;
    return [
      {
        process: entityLink(site, pb, 'processes', process.id),
        comparisons,
        funnel,
        funnelDescription: t.actuals.funnelDescription(process.data.title, won.plannedText, won.measuredText),
        trendColumns: [t.winRate, ...process.data.stages.map((s) => t.actuals.conversionOf(s.title))],
        trend: actuals.snapshots.flatMap((s) => {
          const p = own(s.processes, process.id);
          if (!p) return [];
          return [
            {
              snapshot: s.id,
              period: periodOf(pb, s),
              cells: [
                `${share(pb, p.winRate)} (${t.actuals.nOf(fmt.count(p.won + p.lost))})`,
                ...p.stages.map((st) => `${share(pb, st.conversion)} (${t.actuals.nOf(fmt.count(st.reached ?? 0))})`),
              ],
            },
          ];
        }),
      },
    ];
  });
  const verdict = t.actuals.verdict(
    fmt.moneyShort(atMeasured.expectedRevenue),
    fmt.moneyShort(written.expectedRevenue),
    goal === undefined ? null : fmt.moneyShort(goal),
  );
  // Each replaced figure in its own unit: a conversion as a share, days as days, a deal size as money.
  const figure = (path: string, value: number) =>
    path.endsWith('.conversion') ? fmt.percent(value) : path.endsWith('.days') ? fmt.days(value) : path.endsWith('.dealSize') ? (pb.lang === 'zh-CN' ? fmt.moneyShort(value) : fmt.money(value)) : fmt.number(value, 2);
  const replaced =
    actuals.measured.replaced.length === 0
      ? [t.actuals.nothingReplaced(fmt.count(actuals.settings.minSample))]
      : actuals.measured.replaced.map((r) => t.actuals.replacedLine(r.path, figure(r.path, r.assumed), figure(r.path, r.measured)));
  const title = t.actuals.title;
  const intro = t.actuals.intro(latest.id, periodOf(pb, latest), fmt.count(actuals.settings.minSample), fmt.percent(actuals.settings.tolerance, 0));
  return {
    chrome: playbookChrome(site, pb, { kind: 'actuals', title, description: intro, file: null, sources: pb.graph.actuals.map((s) => s.file) }),
    title,
    intro,
    reality: realityCheck(site, pb) ?? '',
    segments: pb.segments.flatMap((segment) => {
      const comparisons = segmentComparisons(pb, actuals, segment.id);
      const m = own(latest.segments, segment.id);
      if (!comparisons || !m) return [];
      return [{ segment: entityLink(site, pb, 'segments', segment.id), comparisons, counts: t.actuals.counts(fmt.count(m.opportunities), fmt.count(m.won), fmt.count(m.lost), fmt.count(m.open)) }];
    }),
    processes,
    model,
    verdict,
    replaced,
    snapshots: [...actuals.snapshots].reverse().map((s) => ({ ...entityLink(site, pb, 'actuals', s.id), period: periodOf(pb, s) })),
  };
}

/** The measured figures beside an entity's assumptions, for its own page (segments, processes). */
export interface MeasuredSection {
  heading: string;
  /** Which snapshot, over which period. */
  note: string;
  comparisons: Comparison[];
  /** The actuals page. */
  href: string;
  linkText: string;
}

export function measuredSection(site: Site, pb: SitePlaybook, kind: 'segments' | 'processes', id: string): MeasuredSection | null {
  const actuals = pb.actuals;
  if (!actuals) return null;
  const comparisons = kind === 'segments' ? segmentComparisons(pb, actuals, id) : processComparisons(pb, actuals, id);
  if (!comparisons) return null;
  const { t } = pb;
  return {
    heading: t.actuals.beside,
    note: t.actuals.snapshotOf(actuals.latest.id, periodOf(pb, actuals.latest)),
    comparisons,
    href: site.paths.actuals(pb.id),
    linkText: t.actuals.seeActuals,
  };
}
