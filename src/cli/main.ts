import { SetupError } from '../model/load.ts';
import { commandHelp, parseCommand, synopsis, type CommandSpec } from './command.ts';
import { COMMANDS } from './commands.ts';
import { EXIT, UsageError, processIo, type Io } from './io.ts';

export const USAGE = `Usage: npm run playbook -- <command> [options]

Commands:
${COMMANDS.map((c) => `  ${synopsis(c)}\n      ${c.summary}`).join('\n')}

[root] is the project folder that contains playbooks/ (default: the current folder).
\`npm run playbook -- <command> --help\` describes a command.
Exit codes: 0 no errors, 1 content errors, 2 usage, configuration or I/O problems.
`;

const find = (name: string): CommandSpec | undefined => COMMANDS.find((c) => c.name === name);

/** `new site` is a command of its own (its options are not those of `new <kind>`): `new` followed by `site`. */
function splitCommand(argv: readonly string[]): [string | undefined, string[]] {
  const [name, ...rest] = argv;
  if (name === 'new' && rest[0] === 'site') return ['new site', rest.slice(1)];
  if ((name === '--help' || name === '-h' || name === 'help') && rest[0] === 'new' && rest[1] === 'site') return [name, ['new site']];
  return [name, rest];
}

/** Runs the command line and returns the exit code; only the bin calls process.exit. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, rest] = splitCommand(argv);
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = rest[0] === undefined ? undefined : find(rest[0]);
    if (rest[0] !== undefined && !command) return unknownCommand(rest[0], io);
    io.stdout(command ? commandHelp(command) : USAGE);
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) return unknownCommand(name, io);
  try {
    const parsed = parseCommand(command, rest);
    if (parsed.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await (await command.load())(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = error.command ? find(error.command) : undefined;
      io.stderr(`${error.message}\n\n${usage ? commandHelp(usage) : USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof SetupError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function unknownCommand(name: string, io: Io): number {
  io.stderr(`Unknown command \`${name}\`. The commands are: ${COMMANDS.map((c) => c.name).join(', ')}.\n\n${USAGE}`);
  return EXIT.usage;
}
