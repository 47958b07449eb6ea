/**
 * The Markdown twin of the actuals page (`/<pb>/actuals/index.md`): the same
 * view model as the page, so every figure reads the same in both; the funnel
 * as a table of shares instead of bars.
 */
import type { RootContent } from 'mdast';
import { ui } from '../../i18n/index.ts';
import type { ActualsView } from '../views/actuals.ts';
import type { Comparison } from '../views/actuals-comparisons.ts';
import { heading, link, list, paragraph, phrase, strong, table, text, withCode } from './mdast.ts';

function comparisons(rows: readonly Comparison[], lang: ActualsView['chrome']['lang']) {
  const a = ui(lang).actuals;
  return table(
    [a.assumption, a.assumed, a.measured, a.range, a.sample, a.standing],
    rows.map((c) => [c.label, c.assumed, c.measured, c.range, c.sample, c.standing === 'drift' ? strong(c.standingText) : c.standingText]),
    [1, 2, 3, 4],
  );
}

export function actualsTwin(view: ActualsView): RootContent[] {
  const lang = view.chrome.lang;
  const t = ui(lang);
  const a = t.actuals;
  const ref = (l: { label: string; href: string | null }) => (l.href ? link(l.label, `${l.href}index.md`) : l.label);
  return [
    heading(1, view.title),
    paragraph(view.intro),
    // The colon after the bold: `**现实检验：**有` would not close the bold in CommonMark (GitHub), and the writer escapes the
    // character after it instead (`&#x6709;`).
    paragraph(strong(a.realityLabel), text(t.locale.colon), view.reality),
    heading(2, a.model),
    paragraph(strong(view.verdict)),
    table([a.assumption, a.asWritten, a.atMeasured], view.model.map((m) => [m.label, m.written, m.measured]), [1, 2]),
    heading(3, a.replacedTitle),
    list(view.replaced.map((line) => withCode(`\`${line}\``))),
    heading(2, a.bySegment),
    ...view.segments.flatMap((s) => [heading(3, ref(s.segment)), paragraph(s.counts), comparisons(s.comparisons, lang)]),
    heading(2, a.byProcess),
    ...view.processes.flatMap((p) => [
      heading(3, ref(p.process)),
      comparisons(p.comparisons, lang),
      heading(4, a.funnel),
      table([t.stage, a.funnelPlanned, a.funnelMeasured], p.funnel.map((f) => [f.label, f.plannedText, f.measuredText]), [1, 2]),
      paragraph(p.funnelDescription),
      ...(p.trend.length > 1 ? [heading(4, a.trend), table([a.snapshot, ...p.trendColumns], p.trend.map((r) => [`${r.snapshot}${t.parenthetical(r.period)}`, ...r.cells]), p.trendColumns.map((_, i) => i + 1))] : []),
    ]),
    heading(2, a.snapshots),
    list(view.snapshots.map((s) => [...phrase(ref(s)), text(t.parenthetical(s.period))])),
  ];
}
