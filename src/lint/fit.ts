import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { byId, type PlaybookGraph } from '../model/graph.ts';
import { PROCESS_FOR_MOTIVE } from '../schema/index.ts';

/**
 * The fit of the four elements: `motive-process-fit`, `offering-motive-gap`,
 * `key-account-executive` and `mirror-gap`.
 */
export function checkFit(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  const roleFunction = (id: string) => byId(graph.roles, id)?.data.function;

  for (const s of graph.segments) {
    const process = byId(graph.processes, s.data.process);
    const wanted = PROCESS_FOR_MOTIVE[s.data.motive];
    if (process && process.data.type !== wanted) {
      out.push(
        diagnostic(
          'motive-process-fit',
          s.file,
          s.source.locate(['process']),
          `Segment \`${s.id}\` buys on \`${s.data.motive}\`, which calls for a ${wanted} process, but its process \`${process.id}\` is ${process.data.type}. Use a ${wanted} process, or explain the exception in the segment's body.`,
        ),
      );
    }
    const offerings = s.data.offerings.map((id) => byId(graph.offerings, id));
    if (offerings.every((o) => o !== undefined) && !offerings.some((o) => o!.data.motives.includes(s.data.motive))) {
      out.push(
        diagnostic(
          'offering-motive-gap',
          s.file,
          s.source.locate(['offerings'], 'key'),
          `None of segment \`${s.id}\`'s offerings answers its motive \`${s.data.motive}\`, so nothing it is offered matches why it buys. Add an offering whose \`motives\` include \`${s.data.motive}\`, or add the motive to one that answers it.`,
        ),
      );
    }
    if (process?.data.type === 'key-account') {
      const mirrored = new Set<string>();
      for (const stage of process.data.stages) {
        for (const roleId of Object.keys(stage.raci)) {
          for (const c of byId(graph.roles, roleId)?.data.counterparts ?? []) mirrored.add(normalise(c));
        }
      }
      (s.data.buyingCenter ?? []).forEach((buyer, i) => {
        if (mirrored.has(normalise(buyer.function))) return;
        out.push(
          diagnostic(
            'mirror-gap',
            s.file,
            s.source.locate(['buyingCenter', i, 'function']),
            `Nobody on our side mirrors the customer's ${buyer.function}: no role in process \`${process.id}\` lists "${buyer.function}" in its counterparts. Key-account selling pairs each customer function with ours; add it to the counterparts of the role that meets them.`,
          ),
        );
      });
    }
  }

  for (const p of graph.processes) {
    if (p.data.type !== 'key-account') continue;
    const hasExecutive = p.data.stages.some((stage) => Object.keys(stage.raci).some((r) => roleFunction(r) === 'executive'));
    if (!hasExecutive) {
      out.push(
        diagnostic(
          'key-account-executive',
          p.file,
          p.source.locate(['type']),
          `Key-account process \`${p.id}\` involves no executive: no stage's raci names a role with \`function: executive\`. A key account is an organisation-to-organisation relationship; give an executive a part (\`A\`, \`R\` or \`C\`) in at least one stage.`,
        ),
      );
    }
  }
  return out;
}

/** Functions compare without case and surrounding space: `cfo` mirrors `CFO`. */
function normalise(fn: string): string {
  return fn.trim().toLowerCase();
}
