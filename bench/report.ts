/** The benchmark's results and the table it prints. */
import { bytes, int, ms, msPrecise, ratio, table } from './format.ts';
import type { WeightSummary } from './dist.ts';
import type { GeneratedTree } from './generate.ts';
import { median } from './measure.ts';

export type Variant = 'ours' | 'oursNoShiki' | 'oursNoSearch' | 'oursHeap1g' | 'floor' | 'starlight';
/** Every build of a size, in the order of one round; `starlight` only when the reference is on. */
export const VARIANTS: readonly Variant[] = ['ours', 'oursNoShiki', 'oursNoSearch', 'oursHeap1g', 'floor', 'starlight'];

/** Phases of a build as Astro logs them, in ms. */
export interface Phases {
  bundle: number | null;
  render: number | null;
  astroTotal: number | null;
}

export interface BuildFigures {
  runs: number[];
  phases: Phases[];
  /** Per run: share of the machine's CPU that other processes used meanwhile (noise). */
  otherCpu: Array<number | null>;
  /** The build failed (only variants may; the message was logged). */
  failed?: boolean;
  wallMs: number;
  peakRss: number | null;
  htmlPages: number;
  distBytes: number;
  jsFiles: string[];
  /** Entity pages (`<playbook>/<kind>/<id>/index.html`) present / expected; floor: all pages. */
  entityPagesFound: number;
  weight: WeightSummary;
}

/** Our build again after editing one body, with every cache of the build before kept (`.astro/`, the data store). */
export interface WarmFigures {
  /** The cold build that filled the caches first (not one of the cold figures above). */
  baseMs: number;
  runs: number[];
  otherCpu: Array<number | null>;
  /** Median of `runs`. */
  wallMs: number;
  peakRss: number | null;
  /** Entity files edited, one per warm build. */
  edited: string[];
  /** Per warm build: the edited page in dist/ shows the edit (false: the build served a stale page). */
  updated: boolean[];
}

/** What `check` said about the generated tree. */
export interface CorpusFigures {
  files: number;
  errors: number;
  warnings: number;
  filesWithWarnings: number;
  /** Diagnostics by code. */
  byCode: Record<string, number>;
}

/** A target of issue 12, judged on this run's figures. */
export interface Target {
  target: string;
  measured: string;
  /** null when a figure is missing (Starlight off, a build failed). */
  met: boolean | null;
  /** Why the figure is not the target's own (a smaller size in --quick). */
  note?: string;
}

export interface SizeResult {
  label: string;
  tree: Omit<GeneratedTree, 'entityPages' | 'root'>;
  checkInProcessMs: number;
  checkInProcessRuns: number[];
  checkCliMs: number;
  checkCliRuns: number[];
  checkCliPeakRss: number | null;
  corpus: CorpusFigures;
  /** The builds that ran (Starlight only when the reference is on). */
  builds: Partial<Record<Variant, BuildFigures>>;
  warm: WarmFigures | null;
}

export interface SyncFigures {
  ms: number;
  runs: number[];
  peakRss: number | null;
}

export interface ScaleResult {
  entityFiles: number;
  mdxFiles: number;
  corpus: CorpusFigures;
  checkInProcessMs: number;
  checkCliMs: number;
  checkCliRuns: number[];
  checkCliPeakRss: number | null;
  /** `astro sync` in the floor (bare Astro + MDX) over the same files, cache cleared each time. */
  syncMs: number;
  syncRuns: number[];
  syncPeakRss: number | null;
  /** `astro sync` in the Starlight reference over the same bodies, cache cleared each time; null when it is off. */
  starlightSync: SyncFigures | null;
}

/** The worst share of the machine other processes took during any build of a size: timings above a few % are suspect. */
function noise(s: SizeResult): string {
  const shares = [...VARIANTS.flatMap((v) => s.builds[v]?.otherCpu ?? []), ...(s.warm?.otherCpu ?? [])].filter((x): x is number => x !== null);
  return shares.length ? formatShare(Math.max(...shares)) : '–';
}

const LABELS: Record<Variant, string> = { ours: 'ours', oursNoShiki: 'ours with Shiki off', oursNoSearch: 'ours without search', oursHeap1g: 'ours with a 1 GB heap', floor: 'floor', starlight: 'Starlight' };

const formatShare = (share: number | null | undefined) => (share == null ? '–' : `${(share * 100).toFixed(1)}%`);

function phaseCell(f: BuildFigures | undefined): string {
  if (!f) return '–';
  const pick = (key: keyof Phases) => {
    const values = f.phases.map((p) => p[key]).filter((v): v is number => v !== null);
    return values.length ? ms(median(values)) : '–';
  };
  return `${pick('bundle')} / ${pick('render')} / ${pick('astroTotal')}`;
}

/** The median wall time of a build that ran and did not fail, else null. */
function wall(f: BuildFigures | undefined): number | null {
  return f && !f.failed && f.runs.length > 0 ? f.wallMs : null;
}

const div = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b);

/** The targets of issue 12, judged on the largest size measured and the check at scale. */
export function targets(sizes: readonly SizeResult[], scale: ScaleResult): Target[] {
  const size = sizes[sizes.length - 1]!;
  const note = size.tree.entityFiles === 2600 ? undefined : `at ${int(size.tree.entityFiles)} entity files, not 2,600 (a --quick run)`;
  const scaleNote = scale.entityFiles === 10_000 ? undefined : `at ${int(scale.entityFiles)} entity files, not 10,000 (a --quick run)`;
  const ours = wall(size.builds.ours);
  const starlight = wall(size.builds.starlight);
  const floor = wall(size.builds.floor);
  const buildRatio = div(ours, starlight);
  const warmRatio = div(size.warm?.wallMs, ours);
  const memory = [size.builds.ours?.peakRss ?? null, size.builds.starlight?.peakRss ?? null] as const;
  const sync = scale.starlightSync?.ms ?? null;
  const checkRatio = div(scale.checkCliMs, sync);
  const stale = size.warm ? size.warm.updated.filter((u) => !u).length : 0;
  const judged = (value: number | null, limit: number) => (value == null ? null : value <= limit);
  return [
    {
      target: "cold build of 2,600 entity files ≤ 0.8× Starlight's, same run",
      measured: buildRatio == null ? `– (ours ${ms(ours)}; Starlight not measured)` : `${ratio(buildRatio)} (${ms(ours)} against ${ms(starlight)})`,
      met: judged(buildRatio, 0.8),
      note,
    },
    {
      target: 'warm rebuild after editing one body ≤ 0.5× our cold build',
      measured:
        warmRatio == null ? '–' : `${ratio(warmRatio)} (${ms(size.warm!.wallMs)} against ${ms(ours)})${stale ? `; ${stale} of ${size.warm!.updated.length} warm builds did not show the edit ✗` : ''}`,
      met: warmRatio == null ? null : warmRatio <= 0.5 && stale === 0,
      note,
    },
    {
      target: "peak memory of the build ≤ Starlight's",
      measured: memory[1] == null ? `– (ours ${bytes(memory[0])}; Starlight not measured)` : `${bytes(memory[0])} against ${bytes(memory[1])}`,
      met: memory[0] == null || memory[1] == null ? null : memory[0] <= memory[1],
      note,
    },
    {
      target: '`check` of 10,000 files (bodies, warnings), CLI, ≤ 1.5 s median',
      measured: `${ms(scale.checkCliMs)} (median of ${scale.checkCliRuns.length}; ${int(scale.corpus.warnings)} warnings on ${int(scale.corpus.filesWithWarnings)} files)`,
      met: scale.checkCliMs <= 1500,
      note: scaleNote,
    },
    {
      target: "`check` CLI ≤ 0.1× Starlight's cold `astro sync` over the same bodies",
      measured: checkRatio == null ? '– (Starlight not measured)' : `${ratio(checkRatio)} (${ms(scale.checkCliMs)} against ${ms(sync)})`,
      met: judged(checkRatio, 0.1),
      note: scaleNote,
    },
    {
      target: 'kept for reference: cold build, ours / floor (bare Astro + MDX)',
      measured: `${ratio(div(ours, floor))} (${ms(ours)} against ${ms(floor)})`,
      met: null,
      note,
    },
  ];
}

export function report(sizes: SizeResult[], scale: ScaleResult, info: Record<string, string>): string {
  const col = (fn: (s: SizeResult) => string) => sizes.map(fn);
  const b = (s: SizeResult, v: Variant) => s.builds[v];
  const has = (v: Variant) => sizes.some((s) => b(s, v));
  const perPage = (s: SizeResult, v: Variant) => {
    const f = b(s, v);
    return f && wall(f) !== null ? f.wallMs / Math.max(1, f.htmlPages) : null;
  };
  const w = (s: SizeResult) => b(s, 'ours')?.weight;
  const time = (f: BuildFigures | undefined) => (!f ? '–' : f.failed ? 'failed' : `${ms(f.wallMs)} (n=${f.runs.length})`);
  const over = (s: SizeResult, v: Variant, against: Variant) => ratio(div(wall(b(s, v)), wall(b(s, against))));
  const list = (s: SizeResult, fn: (f: BuildFigures) => string, variants: readonly Variant[]) => variants.filter(has).map((v) => (b(s, v) ? fn(b(s, v)!) : '–')).join(' / ');
  const named = (variants: readonly Variant[]) => variants.filter(has).map((v) => LABELS[v]).join(' / ');
  const main: Variant[] = ['ours', 'floor', 'starlight'];
  const share = (c: CorpusFigures) => `${int(c.filesWithWarnings)} of ${int(c.files)} (${formatShare(c.filesWithWarnings / Math.max(1, c.files))}) / ${int(c.warnings)} / ${int(c.errors)}`;
  const corpus = (c: CorpusFigures) => `${int(c.filesWithWarnings)} of them with warnings (${formatShare(c.filesWithWarnings / Math.max(1, c.files))}), ${int(c.warnings)} warnings, ${int(c.errors)} errors`;
  const rows: string[][] = [
    ['entity files / MDX files / playbooks', ...col((s) => `${int(s.tree.entityFiles)} / ${int(s.tree.mdxFiles)} / ${s.tree.playbooks.length}`)],
    ['bodies with a table / task list / link / code / <Metric> / <Callout>', ...col((s) => Object.values(s.tree.bodies).map(int).join(' / '))],
    ['body components (off: --plain-bodies)', ...col((s) => (s.tree.components ? 'on' : 'off: plain numbers, blockquotes'))],
    ['files with warnings (share) / warnings / errors, from check', ...col((s) => share(s.corpus))],
    [`check, in process (median of ${sizes[0]!.checkInProcessRuns.length})`, ...col((s) => ms(s.checkInProcessMs))],
    [`check, CLI process (median of ${sizes[0]!.checkCliRuns.length})`, ...col((s) => ms(s.checkCliMs))],
    ['build, ours (median wall)', ...col((s) => time(b(s, 'ours')))],
    ['build, ours with Shiki off', ...col((s) => time(b(s, 'oursNoShiki')))],
    ['build, ours without search index', ...col((s) => time(b(s, 'oursNoSearch')))],
    ['build, ours with a 1 GB JS heap', ...col((s) => time(b(s, 'oursHeap1g')))],
    ['build, floor (bare Astro + MDX)', ...col((s) => time(b(s, 'floor')))],
    ...(has('starlight') ? [[`build, Starlight (${info['starlight sidebar'] ?? 'plain pages'})`, ...col((s) => time(b(s, 'starlight')))]] : []),
    ['warm rebuild, ours, after editing one body (median)', ...col((s) => (s.warm ? `${ms(s.warm.wallMs)} (n=${s.warm.runs.length})${s.warm.updated.every(Boolean) ? '' : ' ✗ stale'}` : '–'))],
    ['warm rebuild / ours cold', ...col((s) => ratio(div(s.warm?.wallMs, wall(b(s, 'ours')))))],
    ...(has('starlight') ? [['cold build: ours / Starlight', ...col((s) => over(s, 'ours', 'starlight'))]] : []),
    ['overhead: ours / floor', ...col((s) => over(s, 'ours', 'floor'))],
    ['overhead: ours with Shiki off / floor', ...col((s) => over(s, 'oursNoShiki', 'floor'))],
    ['overhead: ours without search / floor', ...col((s) => over(s, 'oursNoSearch', 'floor'))],
    ...(has('starlight') ? [['Starlight / floor', ...col((s) => over(s, 'starlight', 'floor'))]] : []),
    ['Astro log, ours: bundle / render / total', ...col((s) => phaseCell(b(s, 'ours')))],
    ['Astro log, floor: bundle / render / total', ...col((s) => phaseCell(b(s, 'floor')))],
    ...(has('starlight') ? [['Astro log, Starlight: bundle / render / total', ...col((s) => phaseCell(b(s, 'starlight')))]] : []),
    [`HTML pages: ${named(main)}`, ...col((s) => list(s, (f) => int(f.htmlPages), main))],
    ['entity pages built / expected, ours', ...col((s) => `${int(b(s, 'ours')?.entityPagesFound ?? 0)} / ${int(s.tree.entityFiles)}${b(s, 'ours')?.entityPagesFound === s.tree.entityFiles ? '' : ' ✗'}`)],
    ...(has('starlight') ? [['entity pages built / expected, Starlight', ...col((s) => `${int(b(s, 'starlight')?.entityPagesFound ?? 0)} / ${int(s.tree.entityFiles)}${b(s, 'starlight')?.entityPagesFound === s.tree.entityFiles ? '' : ' ✗'}`)]] : []),
    [`ms per page: ${named(main)}`, ...col((s) => main.filter(has).map((v) => msPrecise(perPage(s, v))).join(' / '))],
    [`peak memory (max RSS, worst run): ${named(main)}`, ...col((s) => list(s, (f) => bytes(f.peakRss), main))],
    ['peak memory, ours with a 1 GB JS heap / warm rebuild', ...col((s) => `${bytes(b(s, 'oursHeap1g')?.peakRss)} / ${bytes(s.warm?.peakRss)}`)],
    [`dist size: ${named(main)}`, ...col((s) => list(s, (f) => bytes(f.distBytes), main))],
    ['HTML per entity page, raw (median)', ...col((s) => bytes(w(s)?.htmlMedian))],
    ['HTML + CSS gzip per entity page (median)', ...col((s) => (w(s) ? `${bytes(w(s)!.htmlCssGzipMedian)} (${bytes(w(s)!.htmlGzipMedian)} + ${bytes(w(s)!.cssGzipMedian)})` : '–'))],
    ['HTML + CSS gzip per entity page (max)', ...col((s) => bytes(w(s)?.htmlCssGzipMax))],
    ['HTML + CSS gzip per page, floor (median)', ...col((s) => bytes(b(s, 'floor')?.weight.htmlCssGzipMedian))],
    ...(has('starlight')
      ? [['HTML + CSS gzip per entity page, Starlight (median)', ...col((s) => { const sw = b(s, 'starlight')?.weight; return sw ? `${bytes(sw.htmlCssGzipMedian)} (${bytes(sw.htmlGzipMedian)} + ${bytes(sw.cssGzipMedian)})` : '–'; })]]
      : []),
    ['JS gzip per entity page (max)', ...col((s) => bytes(w(s)?.jsGzipMax))],
    ['JS files in dist outside pagefind/', ...col((s) => String(b(s, 'ours')?.jsFiles.length ?? '–'))],
    ['CPU used by other processes during builds (max)', ...col((s) => noise(s))],
  ];
  const lines = [table(['measurement', ...sizes.map((s) => `${int(s.tree.entityFiles)} files`)], rows), ''];
  if (sizes.length > 1) {
    const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
    const marginal = (v: Variant) => div((wall(b(large, v)) ?? NaN) - (wall(b(small, v)) ?? NaN), Math.max(1, (b(large, v)?.htmlPages ?? 0) - (b(small, v)?.htmlPages ?? 0)));
    const perPageRatio = (v: Variant) => ratio(div(perPage(large, v), perPage(small, v)));
    lines.push(
      `Per-page time ratio, ${int(large.tree.entityFiles)} / ${int(small.tree.entityFiles)} files: ${main.filter(has).map((v) => `${v} ${perPageRatio(v)}`).join(', ')}.`,
      `Marginal time per added page between the sizes: ${main.filter(has).map((v) => `${v} ${msPrecise(marginal(v))}`).join(', ')}.`,
    );
  }
  if (lines.at(-1) !== '') lines.push('');
  lines.push('Every build (wall time, CPU share taken by other processes):');
  for (const s of sizes) {
    for (const v of VARIANTS) {
      const f = b(s, v);
      if (!f) continue;
      const runs = f.runs.map((wall, i) => `${ms(wall)} (${formatShare(f.otherCpu[i])})`);
      lines.push(`  ${int(s.tree.entityFiles)} files, ${v}: ${runs.join(', ') || 'failed'}`);
    }
    if (s.warm) {
      const runs = s.warm.runs.map((wall, i) => `${ms(wall)} (${formatShare(s.warm!.otherCpu[i])})${s.warm!.updated[i] ? '' : ' stale ✗'}`);
      lines.push(`  ${int(s.tree.entityFiles)} files, ours warm (after a cold build of ${ms(s.warm.baseMs)}; edited ${s.warm.edited.join(', ')}): ${runs.join(', ')}`);
    }
  }
  const sl = scale.starlightSync;
  lines.push(
    '',
    `check over ${int(scale.entityFiles)} entity files (${int(scale.mdxFiles)} MDX files, ${corpus(scale.corpus)}): ${ms(scale.checkInProcessMs)} in process, ${ms(scale.checkCliMs)} as the CLI (median of ${scale.checkCliRuns.length}: ${scale.checkCliRuns.map(ms).join(', ')}; peak ${bytes(scale.checkCliPeakRss)}).`,
    `astro sync of the same files, cold: floor (bare Astro + MDX) ${ms(scale.syncMs)} (peak ${bytes(scale.syncPeakRss)}), check CLI / floor sync ${ratio(div(scale.checkCliMs, scale.syncMs))}; ` +
      (sl ? `Starlight ${ms(sl.ms)} (median of ${sl.runs.length}, peak ${bytes(sl.peakRss)}), check CLI / Starlight sync ${ratio(div(scale.checkCliMs, sl.ms))}.` : 'Starlight not measured.'),
    '',
    'Targets (issue 12), from this run:',
    '',
    table(
      ['target', 'measured', 'met'],
      targets(sizes, scale).map((t) => [t.target, t.note ? `${t.measured} [${t.note}]` : t.measured, t.met == null ? '–' : t.met ? 'yes' : 'no']),
    ),
    '',
    Object.entries(info)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );
  return lines.join('\n');
}
