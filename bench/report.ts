/** The benchmark's results and the table it prints. */
import { bytes, int, ms, msPrecise, ratio, table } from './format.ts';
import type { WeightSummary } from './dist.ts';
import type { GeneratedTree } from './generate.ts';
import { median } from './measure.ts';

export type Variant = 'ours' | 'oursNoShiki' | 'oursNoSearch' | 'oursHeap1g' | 'floor';
export const VARIANTS: readonly Variant[] = ['ours', 'oursNoShiki', 'oursNoSearch', 'oursHeap1g', 'floor'];

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

export interface SizeResult {
  label: string;
  tree: Omit<GeneratedTree, 'entityPages' | 'root'>;
  checkInProcessMs: number;
  checkInProcessRuns: number[];
  checkCliMs: number;
  checkCliPeakRss: number | null;
  builds: Record<Variant, BuildFigures>;
}

export interface ScaleResult {
  entityFiles: number;
  mdxFiles: number;
  checkInProcessMs: number;
  checkCliMs: number;
  syncMs: number;
  syncRuns: number[];
  syncPeakRss: number | null;
}

/** The worst share of the machine other processes took during any build of a size: timings above a few % are suspect. */
function noise(s: SizeResult): string {
  const shares = VARIANTS.flatMap((v) => s.builds[v].otherCpu).filter((x): x is number => x !== null);
  return shares.length ? formatShare(Math.max(...shares)) : '–';
}

const formatShare = (share: number | null | undefined) => (share == null ? '–' : `${(share * 100).toFixed(1)}%`);

function phaseCell(f: BuildFigures): string {
  const pick = (key: keyof Phases) => {
    const values = f.phases.map((p) => p[key]).filter((v): v is number => v !== null);
    return values.length ? ms(median(values)) : '–';
  };
  return `${pick('bundle')} / ${pick('render')} / ${pick('astroTotal')}`;
}

export function report(sizes: SizeResult[], scale: ScaleResult, info: Record<string, string>): string {
  const col = (fn: (s: SizeResult) => string) => sizes.map(fn);
  const b = (s: SizeResult, v: Variant) => s.builds[v];
  const perPage = (s: SizeResult, v: Variant) => b(s, v).wallMs / Math.max(1, b(s, v).htmlPages);
  const w = (s: SizeResult) => b(s, 'ours').weight;
  const rows: string[][] = [
    ['entity files / MDX files / playbooks', ...col((s) => `${int(s.tree.entityFiles)} / ${int(s.tree.mdxFiles)} / ${s.tree.playbooks.length}`)],
    [`check, in process (median of ${sizes[0]!.checkInProcessRuns.length})`, ...col((s) => ms(s.checkInProcessMs))],
    ['check, CLI process (median)', ...col((s) => ms(s.checkCliMs))],
    ['build, ours (median wall)', ...col((s) => `${ms(b(s, 'ours').wallMs)} (n=${b(s, 'ours').runs.length})`)],
    ['build, ours with Shiki off', ...col((s) => `${ms(b(s, 'oursNoShiki').wallMs)} (n=${b(s, 'oursNoShiki').runs.length})`)],
    ['build, ours without search index', ...col((s) => `${ms(b(s, 'oursNoSearch').wallMs)} (n=${b(s, 'oursNoSearch').runs.length})`)],
    ['build, ours with a 1 GB JS heap', ...col((s) => (b(s, 'oursHeap1g').failed ? 'failed' : `${ms(b(s, 'oursHeap1g').wallMs)} (n=${b(s, 'oursHeap1g').runs.length})`))],
    ['build, floor (bare Astro + MDX)', ...col((s) => `${ms(b(s, 'floor').wallMs)} (n=${b(s, 'floor').runs.length})`)],
    ['overhead: ours / floor', ...col((s) => ratio(b(s, 'ours').wallMs / b(s, 'floor').wallMs))],
    ['overhead: ours with Shiki off / floor', ...col((s) => ratio(b(s, 'oursNoShiki').wallMs / b(s, 'floor').wallMs))],
    ['overhead: ours without search / floor', ...col((s) => ratio(b(s, 'oursNoSearch').wallMs / b(s, 'floor').wallMs))],
    ['Astro log, ours: bundle / render / total', ...col((s) => phaseCell(b(s, 'ours')))],
    ['Astro log, floor: bundle / render / total', ...col((s) => phaseCell(b(s, 'floor')))],
    ['HTML pages: ours / floor', ...col((s) => `${int(b(s, 'ours').htmlPages)} / ${int(b(s, 'floor').htmlPages)}`)],
    ['entity pages built / expected', ...col((s) => `${int(b(s, 'ours').entityPagesFound)} / ${int(s.tree.entityFiles)}${b(s, 'ours').entityPagesFound === s.tree.entityFiles ? '' : ' ✗'}`)],
    ['ms per page: ours / floor', ...col((s) => `${msPrecise(perPage(s, 'ours'))} / ${msPrecise(perPage(s, 'floor'))}`)],
    ['peak memory (max RSS, worst run): ours / floor', ...col((s) => `${bytes(b(s, 'ours').peakRss)} / ${bytes(b(s, 'floor').peakRss)}`)],
    ['peak memory, ours with a 1 GB JS heap', ...col((s) => bytes(b(s, 'oursHeap1g').peakRss))],
    ['dist size: ours / floor', ...col((s) => `${bytes(b(s, 'ours').distBytes)} / ${bytes(b(s, 'floor').distBytes)}`)],
    ['HTML per entity page, raw (median)', ...col((s) => bytes(w(s).htmlMedian))],
    ['HTML + CSS gzip per entity page (median)', ...col((s) => `${bytes(w(s).htmlCssGzipMedian)} (${bytes(w(s).htmlGzipMedian)} + ${bytes(w(s).cssGzipMedian)})`)],
    ['HTML + CSS gzip per entity page (max)', ...col((s) => bytes(w(s).htmlCssGzipMax))],
    ['HTML + CSS gzip per page, floor (median)', ...col((s) => bytes(b(s, 'floor').weight.htmlCssGzipMedian))],
    ['JS gzip per entity page (max)', ...col((s) => bytes(w(s).jsGzipMax))],
    ['JS files in dist outside pagefind/', ...col((s) => String(b(s, 'ours').jsFiles.length))],
    ['CPU used by other processes during builds (max)', ...col((s) => noise(s))],
  ];
  const lines = [table(['measurement', ...sizes.map((s) => `${int(s.tree.entityFiles)} files`)], rows), ''];
  if (sizes.length > 1) {
    const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
    const marginal = (v: Variant) => (b(large, v).wallMs - b(small, v).wallMs) / Math.max(1, b(large, v).htmlPages - b(small, v).htmlPages);
    lines.push(
      `Per-page time ratio, ${int(large.tree.entityFiles)} / ${int(small.tree.entityFiles)} files: ours ${ratio(perPage(large, 'ours') / perPage(small, 'ours'))}, floor ${ratio(perPage(large, 'floor') / perPage(small, 'floor'))}.`,
      `Marginal time per added page between the sizes: ours ${msPrecise(marginal('ours'))}, floor ${msPrecise(marginal('floor'))}.`,
    );
  }
  if (lines.at(-1) !== '') lines.push('');
  lines.push('Every build (wall time, CPU share taken by other processes):');
  for (const s of sizes) {
    for (const v of VARIANTS) {
      const runs = b(s, v).runs.map((wall, i) => `${ms(wall)} (${formatShare(b(s, v).otherCpu[i])})`);
      lines.push(`  ${int(s.tree.entityFiles)} files, ${v}: ${runs.join(', ') || 'failed'}`);
    }
  }
  lines.push(
    '',
    `check over ${int(scale.entityFiles)} entity files (${int(scale.mdxFiles)} MDX files): ${ms(scale.checkInProcessMs)} in process, ${ms(scale.checkCliMs)} as the CLI; astro sync of the same tree in the bare project: ${ms(scale.syncMs)} (peak ${bytes(scale.syncPeakRss)}). astro sync / check CLI: ${ratio(scale.syncMs / scale.checkCliMs)}; astro sync / check in process: ${ratio(scale.syncMs / scale.checkInProcessMs)}.`,
    '',
    Object.entries(info)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );
  return lines.join('\n');
}
