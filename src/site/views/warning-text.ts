/**
 * The model's warnings in the playbook's language. `check` speaks English; a
 * zh-CN playbook's pages say the same thing, with the same numbers, in
 * Chinese. Other codes, and English pages, keep the checker's own message.
 * Ids and field names go between backticks (shown as code), as in `check`.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { byId } from '../../model/graph.ts';
import type { SitePlaybook } from '../site.ts';

/** The page text of a diagnostic, or undefined to use the checker's message. */
export function localizedMessage(pb: SitePlaybook, d: Diagnostic): string | undefined {
  if (pb.lang !== 'zh-CN') return undefined;
  const { graph, metrics, fmt } = pb;
  const name = (title: string, id: string) => `「${title}」(\`${id}\`)`;
  const segmentName = (id: string) => {
    const s = byId(graph.segments, id);
    return s ? name(s.data.title, id) : `\`${id}\``;
  };
  switch (d.code) {
    case 'capacity-exceeded': {
      const role = graph.roles.find((r) => r.file === d.file);
      const m = role && metrics.roles[role.id];
      if (!role || !m) return undefined;
      const segments = Object.keys(m.bySegment).sort().map(segmentName);
      const need = `角色${name(role.data.title, role.id)}每年需要 ${fmt.hours(m.requiredHours)}`;
      const has =
        m.availableHours === 0
          ? `,但没有可用工时(编制 ${fmt.number(role.data.headcount, 2)});需要约 ${fmt.number(m.fteNeeded, 2)} 个全职人力。`
          : `,可用 ${fmt.hours(m.availableHours)}:负荷 ${fmt.load(m.load)};还需约 ${fmt.number(Math.max(0, m.fteNeeded - role.data.headcount), 2)} 个全职人力。`;
      const effect = segments.length
        ? `补足之前它只能完成 ${fmt.percent(m.capacityFactor)} 的工作,这限制了目标客群 ${segments.join('、')} 的覆盖率。`
        : '';
      return `${need}${has}${effect}可以增加编制、减少各阶段或每次拜访的工时,或把工作交给其他角色。`;
    }
    case 'coverage-below-goal': {
      const accounts = graph.segments.reduce((sum, s) => sum + s.data.accounts, 0);
      const causes = graph.segments
        .map((s) => ({ s, m: metrics.segments[s.id] }))
        .filter(({ m }) => m?.bottleneck)
        .map(({ s, m }) => {
          const role = byId(graph.roles, m!.bottleneck!);
          return `角色${role ? name(role.data.title, role.id) : `\`${m!.bottleneck}\``}把目标客群${name(s.data.title, s.id)}限制在 ${fmt.percent(m!.coverage)}`;
        });
      const why = causes.length ? `:${causes.join(';')}` : '';
      return `在 ${fmt.number(accounts, 0)} 家目标客户中,销售模式能覆盖 ${fmt.percent(metrics.coverage)},低于 ${fmt.percent(graph.index.data.goals.coverage)} 的目标${why}。请为瓶颈角色增加产能、减少每个客户的覆盖工作量,或重新审视目标。`;
    }
    case 'win-rate-below-goal': {
      const segment = graph.segments.find((s) => s.file === d.file);
      const m = segment && metrics.segments[segment.id];
      if (!segment || !m) return undefined;
      const process = byId(graph.processes, segment.data.process);
      const via = process ? `(销售流程${name(process.data.title, process.id)})` : '';
      return `目标客群${name(segment.data.title, segment.id)}的赢单率为 ${fmt.percent(m.winRate)}${via},低于 ${fmt.percent(graph.index.data.goals.winRate)} 的目标。请改进转化率最低的阶段,或重新审视目标。`;
    }
    default:
      return undefined;
  }
}
