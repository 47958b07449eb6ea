/** The benchmark's results: what each part of a run measured (bench/report.ts prints them, bench/targets.ts judges them). */
import type { WeightSummary } from './dist.ts';
import type { GeneratedTree } from './generate.ts';

export type Variant = 'ours' | 'oursNoShiki' | 'oursNoSearch' | 'oursHeap1g' | 'floor' | 'starlight';
/** Every kind of build, in the order of the report; `starlight` only when the reference is on. */
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
  /** Page weight of the first run (null before it). */
  weight: WeightSummary | null;
}

/** Our build again after editing one body, with every cache of the build before kept (`.astro/`, the data store). */
export interface WarmFigures {
  /** The cold build whose caches the warm builds kept (the last cold build of ours). */
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

/** A target of issue 27 (or 22), judged on this run's figures. */
export interface Target {
  target: string;
  measured: string;
  /** null when a figure is missing (Starlight off, a build failed). */
  met: boolean | null;
  /** Why the figure is not quite the target's (a smaller size, a problem on the way). */
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
  /** `astro sync` in the floor (bare Astro + MDX) over the same files, cache cleared each time; null when not run. */
  floorSync: SyncFigures | null;
  /** `astro sync` in the Starlight reference over the same bodies, cache cleared each time; null when it is off. */
  starlightSync: SyncFigures | null;
}

/** `astro dev` in a team's site: time to the first answer of a page, and from a save to the page that shows it. */
export interface DevFigures {
  entityFiles: number;
  /** The page requested (URL path). */
  page: string;
  /** Per start: ms from starting `playbook dev` until the page answered. */
  startMs: number[];
  startMedianMs?: number | null;
  /** Per save: ms from writing the file until the page showed the new sentence. */
  saveMs: number[];
  saveMedianMs?: number | null;
  /** Per start: share of the CPU other processes took while the server ran. */
  otherCpu: Array<number | null>;
  /** Peak of the server's process tree (summed VmRSS, sampled). */
  peakRss: number | null;
  /** What did not happen in time. */
  problems: string[];
}

/** `actuals import` of a generated export (issue 22). */
export interface ImportFigures {
  /** False until the engine has the command. */
  available: boolean;
  note: string | null;
  rows: number;
  bytes: number;
  runs: number[];
  otherCpu: Array<number | null>;
  ms: number | null;
  peakRss: number | null;
  /** A failed import, or a snapshot whose counts differ from the export's. */
  problems: string[];
  /** One import with `--history` (--full). */
  withHistory: { historyRows: number; historyBytes: number; ms: number; peakRss: number | null } | null;
}

/** The median wall time of a build that ran and did not fail, else null. */
export function wall(f: BuildFigures | undefined): number | null {
  return f && !f.failed && f.runs.length > 0 ? f.wallMs : null;
}

export const div = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b);
