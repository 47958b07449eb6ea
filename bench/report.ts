/** The table and the lines the benchmark prints. */
import { bytes, int, ms, msPrecise, ratio, table } from './format.ts';
import { median } from './measure.ts';
import { div, VARIANTS, wall, type BuildFigures, type CorpusFigures, type DevFigures, type ImportFigures, type Phases, type ScaleResult, type SizeResult, type Variant } from './results.ts';
import { targets } from './targets.ts';

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

export function report(sizes: SizeResult[], scale: ScaleResult, dev: DevFigures | null, imp: ImportFigures | null, info: Record<string, string>): string {
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
    [`check, \`playbook check\` (median of ${sizes[0]!.checkCliRuns.length})`, ...col((s) => ms(s.checkCliMs))],
    ['build, ours, cold (median wall)', ...col((s) => time(b(s, 'ours')))],
    ...(has('oursNoShiki') ? [['build, ours with Shiki off', ...col((s) => time(b(s, 'oursNoShiki')))]] : []),
    ...(has('oursNoSearch') ? [['build, ours without search index', ...col((s) => time(b(s, 'oursNoSearch')))]] : []),
    ...(has('oursHeap1g') ? [['build, ours with a 1 GB JS heap', ...col((s) => time(b(s, 'oursHeap1g')))]] : []),
    ['build, floor (bare Astro + MDX)', ...col((s) => time(b(s, 'floor')))],
    ...(has('starlight') ? [[`build, Starlight (${info['starlight sidebar'] ?? 'plain pages'})`, ...col((s) => time(b(s, 'starlight')))]] : []),
    ['warm rebuild, ours, after editing one body (median)', ...col((s) => (s.warm ? `${ms(s.warm.wallMs)} (n=${s.warm.runs.length})${s.warm.updated.every(Boolean) ? '' : ' ✗ stale'}` : '–'))],
    ['warm rebuild / ours cold', ...col((s) => ratio(div(s.warm?.wallMs, wall(b(s, 'ours')))))],
    ...(has('starlight') ? [['cold build: ours / Starlight', ...col((s) => over(s, 'ours', 'starlight'))]] : []),
    ['overhead: ours / floor', ...col((s) => over(s, 'ours', 'floor'))],
    ...(has('oursNoShiki') ? [['overhead: ours with Shiki off / floor', ...col((s) => over(s, 'oursNoShiki', 'floor'))]] : []),
    ...(has('oursNoSearch') ? [['overhead: ours without search / floor', ...col((s) => over(s, 'oursNoSearch', 'floor'))]] : []),
    ...(has('starlight') ? [['Starlight / floor', ...col((s) => over(s, 'starlight', 'floor'))]] : []),
    ['Astro log, ours: bundle / render / total', ...col((s) => phaseCell(b(s, 'ours')))],
    ['Astro log, floor: bundle / render / total', ...col((s) => phaseCell(b(s, 'floor')))],
    ...(has('starlight') ? [['Astro log, Starlight: bundle / render / total', ...col((s) => phaseCell(b(s, 'starlight')))]] : []),
    [`HTML pages: ${named(main)}`, ...col((s) => list(s, (f) => int(f.htmlPages), main))],
    ['entity pages built / expected, ours', ...col((s) => `${int(b(s, 'ours')?.entityPagesFound ?? 0)} / ${int(s.tree.entityFiles)}${b(s, 'ours')?.entityPagesFound === s.tree.entityFiles ? '' : ' ✗'}`)],
    ...(has('starlight') ? [['entity pages built / expected, Starlight', ...col((s) => `${int(b(s, 'starlight')?.entityPagesFound ?? 0)} / ${int(s.tree.entityFiles)}${b(s, 'starlight')?.entityPagesFound === s.tree.entityFiles ? '' : ' ✗'}`)]] : []),
    [`ms per page: ${named(main)}`, ...col((s) => main.filter(has).map((v) => msPrecise(perPage(s, v))).join(' / '))],
    [`peak memory (max RSS, worst run): ${named(main)}`, ...col((s) => list(s, (f) => bytes(f.peakRss), main))],
    ['peak memory, ours warm rebuild', ...col((s) => bytes(s.warm?.peakRss))],
    ...(has('oursHeap1g') ? [['peak memory, ours with a 1 GB JS heap', ...col((s) => bytes(b(s, 'oursHeap1g')?.peakRss))]] : []),
    [`dist size: ${named(main)}`, ...col((s) => list(s, (f) => bytes(f.distBytes), main))],
    ['HTML per entity page, raw (median)', ...col((s) => bytes(w(s)?.htmlMedian))],
    ['HTML + CSS gzip per entity page (median)', ...col((s) => (w(s) ? `${bytes(w(s)!.htmlCssGzipMedian)} (${bytes(w(s)!.htmlGzipMedian)} + ${bytes(w(s)!.cssGzipMedian)})` : '–'))],
    ['HTML + CSS gzip per entity page (max)', ...col((s) => bytes(w(s)?.htmlCssGzipMax))],
    ['HTML + CSS gzip per page, floor (median)', ...col((s) => bytes(b(s, 'floor')?.weight?.htmlCssGzipMedian))],
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
  const fl = scale.floorSync;
  lines.push(
    '',
    `check over ${int(scale.entityFiles)} entity files (${int(scale.mdxFiles)} MDX files, ${corpus(scale.corpus)}): ${ms(scale.checkInProcessMs)} in process, ${ms(scale.checkCliMs)} as \`playbook check\` (median of ${scale.checkCliRuns.length}: ${scale.checkCliRuns.map(ms).join(', ')}; peak ${bytes(scale.checkCliPeakRss)}).`,
    `astro sync of the same files, cold: ` +
      (fl ? `floor (bare Astro + MDX) ${ms(fl.ms)} (median of ${fl.runs.length}, peak ${bytes(fl.peakRss)}), check / floor sync ${ratio(div(scale.checkCliMs, fl.ms))}; ` : 'floor not measured; ') +
      (sl ? `Starlight ${ms(sl.ms)} (median of ${sl.runs.length}: ${sl.runs.map(ms).join(', ')}; peak ${bytes(sl.peakRss)}), check / Starlight sync ${ratio(div(scale.checkCliMs, sl.ms))}.` : 'Starlight not measured.'),
    '',
    devLine(dev),
    importLine(imp),
    '',
    'Targets (issue 27; the import: issue 22), from this run:',
    '',
    table(
      ['target', 'measured', 'met'],
      targets(sizes, scale, dev, imp).map((t) => [t.target, t.note ? `${t.measured} [${t.note}]` : t.measured, t.met == null ? '–' : t.met ? 'yes' : 'no']),
    ),
    '',
    Object.entries(info)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );
  return lines.join('\n');
}

function devLine(dev: DevFigures | null): string {
  if (!dev) return '`astro dev`: not measured.';
  const starts = dev.startMs.map(ms).join(', ') || 'none';
  const saves = dev.saveMs.map(ms).join(', ') || 'none';
  const noise = dev.otherCpu.map(formatShare).join(', ');
  return (
    `\`astro dev\` (\`playbook dev\`) at ${int(dev.entityFiles)} entity files, caches cleared, page ${dev.page}: answered after ${starts}; save → page showing it: ${saves}; ` +
    `peak memory of the server ${bytes(dev.peakRss)}; CPU taken by other processes ${noise}.${dev.problems.length ? ` Problems: ${dev.problems.join('; ')}.` : ''}`
  );
}

function importLine(imp: ImportFigures | null): string {
  if (!imp) return '`actuals import`: not measured.';
  if (!imp.available) return `\`actuals import\`: ${imp.note}.`;
  const history = imp.withHistory
    ? ` With --history (${int(imp.withHistory.historyRows)} rows, ${bytes(imp.withHistory.historyBytes)}): ${ms(imp.withHistory.ms)}, peak ${bytes(imp.withHistory.peakRss)}.`
    : '';
  return (
    `\`actuals import\` of a Salesforce-shaped export, ${int(imp.rows)} rows, ${bytes(imp.bytes)}: ${imp.runs.map(ms).join(', ') || 'failed'} (CPU taken by other processes ${imp.otherCpu.map(formatShare).join(', ') || '–'}), ` +
    `peak ${bytes(imp.peakRss)}; the snapshot's counts ${imp.problems.length ? `differ or the import failed: ${imp.problems.slice(0, 5).join('; ')}` : 'match the export'}.${history}`
  );
}
