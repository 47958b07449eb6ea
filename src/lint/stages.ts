import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PlaybookGraph } from '../model/graph.ts';

/** `duplicate-id`, `raci-accountable`, `raci-responsible`, `hours-without-raci`: the rules of a process's stages. */
export function checkStages(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of graph.processes) {
    const seen = new Map<string, number>();
    p.data.stages.forEach((stage, i) => {
      const name = `Stage \`${stage.id}\` of process \`${p.id}\``;
      const first = seen.get(stage.id);
      if (first !== undefined) {
        out.push(
          diagnostic(
            'duplicate-id',
            p.file,
            p.source.locate(['stages', i, 'id']),
            `Stage id \`${stage.id}\` is used twice in process \`${p.id}\` (stages ${first + 1} and ${i + 1}), so links and RACI rows would be ambiguous. Give each stage its own id.`,
          ),
        );
      } else {
        seen.set(stage.id, i);
      }
      const letters = Object.entries(stage.raci);
      const accountable = letters.filter(([, l]) => l === 'A' || l === 'AR').map(([r]) => r);
      if (accountable.length !== 1) {
        out.push(
          diagnostic(
            'raci-accountable',
            p.file,
            p.source.locate(['stages', i, 'raci'], 'key'),
            accountable.length === 0
              ? `${name} has no accountable role, so nobody owns its outcome. Mark exactly one role \`A\` (or \`AR\` if it also does the work).`
              : `${name} has ${accountable.length} accountable roles (${accountable.map((r) => `\`${r}\``).join(', ')}); accountability must sit with exactly one. Keep one \`A\`/\`AR\` and make the others \`R\` or \`C\`.`,
          ),
        );
      }
      if (!letters.some(([, l]) => l === 'R' || l === 'AR')) {
        out.push(
          diagnostic(
            'raci-responsible',
            p.file,
            p.source.locate(['stages', i, 'raci'], 'key'),
            `${name} has no responsible role, so nobody does its work. Mark at least one role \`R\` (or \`AR\`).`,
          ),
        );
      }
      for (const role of Object.keys(stage.hours ?? {})) {
        if (role in stage.raci) continue;
        out.push(
          diagnostic(
            'hours-without-raci',
            p.file,
            p.source.locate(['stages', i, 'hours', role], 'key'),
            `${name} gives \`${role}\` hours but its \`raci\` does not name \`${role}\`, so the work has no defined part. Add \`${role}\` to the stage's raci (usually \`R\` or \`C\`), or remove its hours.`,
          ),
        );
      }
    });
  }
  return out;
}
