/** The targets of issue 27 (and issue 22's import), each judged on this run's figures. */
import { bytes, int, ms, ratio } from './format.ts';
import { div, wall, type DevFigures, type ImportFigures, type ScaleResult, type SizeResult, type Target } from './results.ts';

/** Where a figure is not at its target's size: the note the targets table adds. */
const sizeNote = (what: string, measured: number, target: number) => (measured === target ? undefined : `at ${int(measured)} ${what}, not ${int(target)}`);

/**
 * The page weight of today that pages must not exceed (issue 27): 9.7 KB of
 * HTML + CSS, gzip, the median entity page — a figure rounded to 0.1 KB, so
 * anything below 9.75 KB is not heavier.
 */
export const PAGE_WEIGHT_LIMIT = 9.75 * 1024;

/** The targets of issue 27 (and issue 22's import), judged on the largest size measured and the other parts of this run. */
export function targets(sizes: readonly SizeResult[], scale: ScaleResult, dev: DevFigures | null, imp: ImportFigures | null): Target[] {
  const size = sizes[sizes.length - 1]!;
  const note = sizeNote('entity files', size.tree.entityFiles, 2600);
  const scaleNote = sizeNote('entity files', scale.entityFiles, 10_000);
  const ours = wall(size.builds.ours);
  const starlight = wall(size.builds.starlight);
  const floor = wall(size.builds.floor);
  const buildRatio = div(ours, starlight);
  const warmRatio = div(size.warm?.wallMs, ours);
  const memory = [size.builds.ours?.peakRss ?? null, size.builds.starlight?.peakRss ?? null] as const;
  const sync = scale.starlightSync?.ms ?? null;
  const checkRatio = div(scale.checkCliMs, sync);
  const stale = size.warm ? size.warm.updated.filter((u) => !u).length : 0;
  const weight = size.builds.ours?.weight ?? null;
  const judged = (value: number | null | undefined, limit: number) => (value == null ? null : value <= limit);
  const devNote = dev ? [sizeNote('entity files', dev.entityFiles, 1000), dev.problems.length ? dev.problems.join('; ') : undefined].filter(Boolean).join('; ') || undefined : undefined;
  const importNote = imp?.available ? [sizeNote('rows', imp.rows, 1_000_000), ...imp.problems].filter(Boolean).join('; ') || undefined : undefined;
  const importMeasured = (figure: string) => (!imp ? '– (not measured)' : !imp.available ? `– ${imp.note}` : figure);
  return [
    {
      target: "cold build of 2,600 entity files ≤ 1.0× Starlight's, same run (aim: 0.8×)",
      measured: buildRatio == null ? `– (ours ${ms(ours)}; Starlight not measured)` : `${ratio(buildRatio)} (${ms(ours)} against ${ms(starlight)})`,
      met: judged(buildRatio, 1.0),
      note,
    },
    {
      target: 'warm rebuild after editing one body ≤ 0.3× our cold build',
      measured:
        warmRatio == null ? '–' : `${ratio(warmRatio)} (${ms(size.warm!.wallMs)} against ${ms(ours)})${stale ? `; ${stale} of ${size.warm!.updated.length} warm builds did not show the edit ✗` : ''}`,
      met: warmRatio == null ? null : warmRatio <= 0.3 && stale === 0,
      note,
    },
    {
      target: "peak memory of the build ≤ Starlight's",
      measured: memory[1] == null ? `– (ours ${bytes(memory[0])}; Starlight not measured)` : `${bytes(memory[0])} against ${bytes(memory[1])}`,
      met: memory[0] == null || memory[1] == null ? null : memory[0] <= memory[1],
      note,
    },
    {
      target: '`playbook check` of ~10,000 files, as a command, ≤ 1.0 s median',
      measured: `${ms(scale.checkCliMs)} (median of ${scale.checkCliRuns.length}; ${int(scale.corpus.warnings)} warnings on ${int(scale.corpus.filesWithWarnings)} files)`,
      met: scale.checkCliMs <= 1000,
      note: scaleNote,
    },
    {
      target: "`playbook check` ≤ 0.08× Starlight's cold `astro sync` of the same bodies",
      measured: checkRatio == null ? '– (Starlight not measured)' : `${ratio(checkRatio)} (${ms(scale.checkCliMs)} against ${ms(sync)})`,
      met: judged(checkRatio, 0.08),
      note: scaleNote,
    },
    {
      target: '`astro dev` at 1,000 files: server answers a page ≤ 5 s (caches cleared)',
      measured: !dev ? '– (not measured)' : dev.startMedianMs == null ? '– (no answer)' : `${ms(dev.startMedianMs)}${dev.startMs.length > 1 ? ` (median of ${dev.startMs.length})` : ''}`,
      met: judged(dev?.startMedianMs, 5000),
      note: devNote,
    },
    {
      target: '`astro dev` at 1,000 files: save → updated page served ≤ 1 s (median)',
      measured: !dev ? '– (not measured)' : dev.saveMedianMs == null ? '– (no edit shown)' : `${ms(dev.saveMedianMs)} (median of ${dev.saveMs.length}: ${dev.saveMs.map(ms).join(', ')})`,
      met: dev && dev.problems.length === 0 ? judged(dev.saveMedianMs, 1000) : dev?.saveMedianMs == null ? null : false,
      note: devNote,
    },
    {
      target: 'page weight: HTML + CSS gzip of the median entity page not above today\'s 9.7 KB (below 9.75 KB)',
      measured: weight
        ? `${(weight.htmlCssGzipMedian / 1024).toFixed(2)} KB (${int(Math.round(weight.htmlCssGzipMedian))} B: ${bytes(weight.htmlGzipMedian)} + ${bytes(weight.cssGzipMedian)})`
        : '–',
      met: weight ? weight.htmlCssGzipMedian < PAGE_WEIGHT_LIMIT : null,
      note,
    },
    {
      target: '`actuals import` of a 1,000,000-row export ≤ 10 s (issue 22)',
      measured: importMeasured(`${ms(imp?.ms)}${imp && imp.runs.length > 1 ? ` (median of ${imp.runs.length})` : ''}, ${bytes(imp?.bytes)} file`),
      met: imp?.available && imp.problems.length === 0 ? judged(imp.ms, 10_000) : imp?.available && imp.ms != null ? false : null,
      note: importNote,
    },
    {
      target: '`actuals import` of a 1,000,000-row export ≤ 400 MB peak memory (issue 22)',
      measured: importMeasured(bytes(imp?.peakRss)),
      met: imp?.available && imp.problems.length === 0 ? judged(imp.peakRss, 400 * 1024 ** 2) : imp?.available && imp.peakRss != null ? false : null,
      note: importNote,
    },
    {
      target: 'kept for reference: cold build, ours / floor (bare Astro + MDX)',
      measured: `${ratio(div(ours, floor))} (${ms(ours)} against ${ms(floor)})`,
      met: null,
      note,
    },
  ];
}
