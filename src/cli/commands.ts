/**
 * Every command of the CLI (format.md §5), each described once: the usage
 * text, `--help` and the parser come from these definitions. The
 * implementations load lazily, so that `check` never pays for `new` or `diff`.
 */
import { LANGS } from '../schema/playbook.ts';
import { defineCommand, type CommandSpec } from './command.ts';

const root = { name: 'root', description: 'The project folder that contains playbooks/ (default: the current folder).' } as const;
const lang = { type: 'string', values: LANGS, description: 'The language of the messages; by default each playbook\u2019s own `lang`.' } as const;
const playbook = { type: 'string', placeholder: 'id', description: 'Work on this playbook only.' } as const;

export const check = defineCommand({
  name: 'check',
  summary: 'Report every problem of the playbooks, at its file, line and column.',
  positionals: [root],
  options: {
    format: { type: 'string', values: ['pretty', 'json', 'github'], description: 'pretty (a code frame per problem, on stderr), json (one array on stdout) or github (workflow annotations).' },
    strict: { type: 'boolean', description: 'Fail on warnings too.' },
    playbook,
    lang,
  },
  details: 'Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors, 2 usage, configuration or I/O problems.',
  load: async () => (await import('./check.ts')).runCheck,
});

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Print every playbook, its entities and its computed numbers as one JSON document.',
  positionals: [root],
  options: {
    strict: { type: 'boolean', description: 'Refuse to export when there are warnings too.' },
    playbook,
    lang,
  },
  details: 'Content with errors is never exported (exit 1, the problems on stderr).',
  load: async () => (await import('./export.ts')).runExport,
});

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Write a skeleton file that passes check; never overwrites.',
  positionals: [
    { name: 'kind', required: true, description: 'What to create: playbook, segment, offering, process or role.' },
    { name: 'target', required: true, description: 'A playbook id (`acme`), or `<playbook>/<id>` for the others (`acme/mid-market`).' },
    root,
  ],
  options: { root: { type: 'string', placeholder: 'dir', description: 'The project folder (same as the [root] argument).' } },
  details: 'Exit codes: 0 written; 1 not written (the file exists, or the playbook lacks what the file must refer to); 2 usage problems.',
  load: async () => (await import('./new.ts')).runNew,
});

export const diff = defineCommand({
  name: 'diff',
  summary: 'What a change does to coverage, win rate, load and the warnings, against a git ref (Markdown or JSON).',
  positionals: [{ name: 'git-ref', required: true, description: 'The version to compare with, e.g. `origin/main`.' }, root],
  options: {
    format: { type: 'string', values: ['markdown', 'json'], description: 'markdown (for a pull request) or json.' },
    lang,
  },
  details: 'Exit codes: 0 the report; 1 the working tree has errors (listed instead of a report); 2 usage or git problems.',
  load: async () => (await import('./diff.ts')).runDiff,
});

export const schema = defineCommand({
  name: 'schema',
  summary: 'Write JSON Schemas of the frontmatter, for editors.',
  positionals: [root],
  options: { out: { type: 'string', placeholder: 'dir', description: 'Where to write them (default .vscode/playbook-schemas).' } },
  load: async () => (await import('./schema.ts')).runSchema,
});

export const COMMANDS: readonly CommandSpec[] = [check, exportCommand, newCommand, diff, schema];
