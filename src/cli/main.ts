import { SetupError } from '../model/load.ts';
import { EXIT, UsageError, processIo, type Io } from './io.ts';

type Command = (args: string[], io: Io) => Promise<number>;

/** Commands load lazily so that `check` never pays for `new` or `export`. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'check [root] [--format pretty|json|github] [--strict]   report every problem', load: async () => (await import('./check.ts')).runCheck },
  export: { summary: 'export [root] [--strict]   print every playbook and its numbers as JSON', load: async () => (await import('./export.ts')).runExport },
  new: { summary: 'new <segment|offering|process|role|playbook> <playbook>[/<id>] [--root <dir>]   write a skeleton file', load: async () => (await import('./new.ts')).runNew },
  diff: { summary: 'diff <git-ref> [root] [--format markdown|json]   what a change does to the numbers', load: async () => (await import('./diff.ts')).runDiff },
  schema: { summary: 'schema [root] [--out <dir>]   write JSON Schemas of the frontmatter for editors', load: async () => (await import('./schema.ts')).runSchema },
};

export const USAGE = `Usage: npm run playbook -- <command> [options]

Commands:
${formatSummaries()}

[root] is the project folder that contains playbooks/ (default: the current folder).
Exit codes: 0 no errors, 1 content errors, 2 usage, configuration or I/O problems.
`;

/** Each command's synopsis, with what it does on the next line. */
function formatSummaries(): string {
  return Object.values(COMMANDS)
    .map((c) => {
      const [synopsis, what = ''] = c.summary.split(/ {3,}/);
      return `  ${synopsis}\n      ${what}`;
    })
    .join('\n');
}

/** Runs the command line and returns the exit code; only the bin calls process.exit. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command \`${name}\`. The commands are: ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof SetupError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
