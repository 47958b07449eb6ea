/**
 * Every command of the CLI (format §5), each described once: the usage
 * text, `--help` and the parser come from these definitions. The
 * implementations load lazily, so that `check` never pays for `new` or `diff`.
 */
import { REGISTRY } from '../kinds/index.ts';
import { PROCESS_TYPES } from '../schema/common.ts';
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
    fix: {
      type: 'boolean',
      description: 'Write the safe fixes into the files (a full-width colon, `60%` for a share, `150万` for a number…), list what changed, and touch nothing else.',
    },
    playbook,
    lang,
  },
  details: 'Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors, 2 usage, configuration or I/O problems. With --fix, they are those of what is left.',
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
    { name: 'kind', required: true, description: `What to create: ${[REGISTRY.playbook, ...REGISTRY.entities].map((k) => k.singular).join(', ')}.` },
    { name: 'target', required: true, description: 'A playbook id (`acme`), or `<playbook>/<id>` for the others (`acme/mid-market`).' },
    root,
  ],
  options: {
    root: { type: 'string', placeholder: 'dir', description: 'The project folder (same as the [root] argument).' },
    lang: {
      type: 'string',
      values: LANGS,
      description: 'For `new playbook`: the language of the playbook, of its pages and of the skeletons written into it (default en). The other files follow their playbook\u2019s `lang`.',
    },
    type: {
      type: 'string',
      values: PROCESS_TYPES,
      description: 'For `new process`: the process type. Without it, the type that serves the motives the offerings answer.',
    },
  },
  details: `Examples:
  npm run playbook -- new playbook acme
  npm run playbook -- new playbook huayuan --lang zh-CN
  npm run playbook -- new segment acme/mid-market
  npm run playbook -- new process acme/key-account-sale --type key-account

Exit codes: 0 written; 1 not written (the file exists, or the playbook lacks what the file must refer to); 2 usage problems.`,
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

export const whatIf = defineCommand({
  name: 'what-if',
  summary: 'The numbers before and after a scenario or ad-hoc changes: coverage, win rate, wins, bookings, load, warnings.',
  positionals: [{ name: 'playbook', required: true, description: 'The playbook id (its folder under playbooks/).' }, root],
  options: {
    scenario: { type: 'string', placeholder: 'id', description: 'Start from the changes of scenarios/<id>.mdx.' },
    set: {
      type: 'string',
      multiple: true,
      placeholder: 'path=value',
      description: 'A change: a path (as a scenario\u2019s `set`) and a YAML value (`roles/inside-sales.headcount=6`); `path+=n` adds n. Applied after the scenario\u2019s, in order.',
    },
    'next-hire': {
      type: 'boolean',
      description:
        'Price the next hire of every role instead: what one more person (half or a quarter of one for a role shared below one person) adds to coverage, wins and bookings, and within the plan when there is one. With --scenario or --set, after those changes.',
    },
    format: { type: 'string', values: ['table', 'json'], description: 'table (default: before, after and change, for a planning meeting) or json.' },
    lang,
  },
  details: `Examples:
  npm run playbook -- what-if northwind-software --next-hire
  npm run playbook -- what-if northwind-software --set roles/inside-sales.headcount=7
  npm run playbook -- what-if northwind-software --set 'roles/inside-sales.hires=[{start: 2027-03, count: 2}]'
  npm run playbook -- what-if northwind-software --scenario <id> --format json

Exit codes: 0 the report; 1 the playbook has errors, or a path or value of the changes is invalid (listed instead of a report); 2 usage problems (an unknown playbook or scenario, a --set without =).`,
  load: async () => (await import('./what-if.ts')).runWhatIf,
});

export const schema = defineCommand({
  name: 'schema',
  summary: 'Write JSON Schemas of the frontmatter, for editors.',
  positionals: [root],
  options: { out: { type: 'string', placeholder: 'dir', description: 'Where to write them (default .vscode/playbook-schemas).' } },
  load: async () => (await import('./schema.ts')).runSchema,
});

export const pdf = defineCommand({
  name: 'pdf',
  summary: 'Print a playbook\u2019s book (every page of it, in reading order) to an A4 PDF with page numbers.',
  positionals: [{ name: 'playbook', required: true, description: 'The playbook id (its folder under playbooks/).' }, root],
  options: {
    out: { type: 'string', placeholder: 'file', description: 'Where to write the PDF (default: pdf/<playbook>.pdf, a folder that .gitignore leaves out).' },
    site: {
      type: 'string',
      placeholder: 'dir',
      description: 'Print from this built site (e.g. dist, after npm run build) instead of building one: much faster, but only as current as that build.',
    },
  },
  details: `The PDF shows the playbook as its files are now: pdf checks the project, builds the site into a temporary
folder (dist/ is left alone), prints /<playbook>/book/ from it with Chromium and deletes the folder. The build
takes about half a minute; with --site, pdf prints the book of that build as it is, in a few seconds.

Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium (apt-get install -y chromium, and fonts-wqy-zenhei for
Chinese playbooks). The same book is at /<playbook>/book/ on the site, to print from any browser.

Examples:
  npm run playbook -- pdf northwind-software
  npm run playbook -- pdf huayuan-equipment --out huayuan.pdf
  npm run build && npm run playbook -- pdf northwind-software --site dist

Exit codes: 0 written; 1 the playbooks have errors (listed; nothing is written); 2 usage problems (an unknown
playbook), no Chromium, or a build or file that failed.`,
  load: async () => (await import('./pdf.ts')).runPdf,
});

export const actuals = defineCommand({
  name: 'actuals',
  summary: 'Import a CRM export into a snapshot of what the playbook\u2019s assumptions measured (docs: Measuring the playbook).',
  positionals: [
    { name: 'action', required: true, description: 'What to do: `import`.' },
    { name: 'playbook', required: true, description: 'The playbook id (its folder under playbooks/), whose `actuals.import` maps the export.' },
    { name: 'export.csv', required: true, description: 'The CRM export: opportunities (Salesforce) or deals (HubSpot), UTF-8 CSV.' },
  ],
  options: {
    history: { type: 'string', placeholder: 'history.csv', description: 'A stage-history export (Salesforce\u2019s OpportunityHistory; columns as `actuals.import.history` says).' },
    from: { type: 'string', placeholder: 'date', description: 'First day of the cohort, YYYY-MM-DD (default: the first created date of the export).' },
    to: { type: 'string', placeholder: 'date', description: 'Last day of the cohort, YYYY-MM-DD (default: the last day the export knows of, a creation, a win or a loss); the snapshot is actuals/<YYYY-MM of to>.mdx.' },
    force: { type: 'boolean', description: 'Replace the snapshot when it exists (its body is kept).' },
    root: { type: 'string', placeholder: 'dir', description: 'The project folder that contains playbooks/ (default: the current folder).' },
  },
  details: `Reads the export as it streams (a million rows in seconds), maps it with the playbook's \`actuals.import\`,
and writes playbooks/<playbook>/actuals/<YYYY-MM>.mdx: counts and sums only, never a row. Nothing is written
unless every row can be used; every problem is listed at <file>:<line>.

Examples:
  npm run playbook -- actuals import northwind-software exports/opportunities.csv --history exports/history.csv --to 2026-11-30
  npm run playbook -- actuals import huayuan-equipment exports/deals.csv --from 2025-12-01 --to 2026-11-30

Exit codes: 0 written; 1 problems in the export or the mapping (nothing written); 2 usage or I/O problems, or the
snapshot exists and --force was not given.`,
  load: async () => (await import('./actuals.ts')).runActuals,
});

export const newSite = defineCommand({
  name: 'new site',
  summary: 'Create a team\u2019s playbook site in a new folder: a config, a starter playbook, workflows; the engine as a dependency.',
  positionals: [{ name: 'dir', required: true, description: 'The folder to create (it must not exist, or be empty).' }],
  options: {
    title: { type: 'string', placeholder: 'text', description: 'The site\u2019s name (default: Sales playbooks / 销售作战手册).' },
    lang: { type: 'string', values: LANGS, description: 'The language of the site and of its starter playbook (default en).' },
    playbook: { type: 'string', placeholder: 'id', description: 'The id of the starter playbook, its folder under playbooks/ (default sales-model).' },
    engine: { type: 'string', placeholder: 'npm spec', description: 'What the site depends on for the engine (default ^ the version running now); e.g. a tarball: file:../sales-playbook-0.2.0.tgz.' },
  },
  details: `Then:
  cd <dir> && npm install && npm run dev

The folder holds package.json, astro.config.mjs (the site's name, language and options), src/content.config.ts,
playbooks/<id>/ (a starter playbook that passes check), .github/workflows/ (check on pull requests, build and
deploy to GitHub Pages on main), .gitignore and a README. Nothing of the engine is copied: upgrading is
\`npm install sales-playbook@<version>\`.

This command runs on Node.js 20 too; the site's scripts bring Node.js 22 themselves (the \`node\` package).

Exit codes: 0 created; 2 usage problems, or the folder exists and is not empty (nothing is written).`,
  load: async () => (await import('./new-site.ts')).runNewSite,
});

const astroPassthrough = (name: 'dev' | 'build' | 'preview', summary: string) =>
  defineCommand({
    name,
    summary,
    positionals: [],
    options: {},
    passthrough: true,
    details: `Runs \`astro ${name}\` in the current folder with every argument as given (e.g. \`npm run ${name} -- --port 3000\`),
without Astro's telemetry notice or update hint: the engine brings the Astro it was tested with.`,
    load: async () => (await import('./astro.ts')).astroCommand(name),
  });

export const dev = astroPassthrough('dev', 'Serve the site on your machine, checking the playbooks again on every save (astro dev).');
export const build = astroPassthrough('build', 'Check the playbooks and build the site into dist/ (astro build).');
export const preview = astroPassthrough('preview', 'Serve the built site in dist/ (astro preview).');


export const COMMANDS: readonly CommandSpec[] = [check, exportCommand, newCommand, newSite, diff, whatIf, schema, pdf, actuals, dev, build, preview];
