import type { Lang } from '../diagnostics/context.ts';
import { setup } from '../diagnostics/setup.ts';
import { SetupError } from '../model/load.ts';
import { commandHelp, parseCommand, synopsis, type CommandSpec } from './command.ts';
import { COMMANDS } from './commands.ts';
import { HELP_ZH } from './help-zh.ts';
import { EXIT, UsageError, processIo, type Io } from './io.ts';
import { cliLang } from './lang.ts';

/** The overall usage, in a language. */
export function usage(lang: Lang = 'en'): string {
  const zh = lang === 'zh-CN' ? HELP_ZH : undefined;
  const words = zh?.usage ?? {
    commands: 'Commands:',
    root: '[root] is the project folder that contains playbooks/ (default: the current folder).',
    more: '`npm run playbook -- <command> --help` describes a command.',
    exit: 'Exit codes: 0 no errors, 1 content errors, 2 usage, configuration or I/O problems.',
  };
  return `${zh ? `${zh.words.usage}npm run playbook -- <命令> [选项]` : 'Usage: npm run playbook -- <command> [options]'}

${words.commands}
${COMMANDS.map((c) => `  ${synopsis(c)}\n      ${zh?.commands[c.name]?.summary ?? c.summary}`).join('\n')}

${words.root}
${words.more}
${words.exit}
`;
}

export const USAGE = usage('en');

const find = (name: string): CommandSpec | undefined => COMMANDS.find((c) => c.name === name);

/** `new site` is a command of its own (its options are not those of `new <kind>`): `new` followed by `site`. */
function splitCommand(argv: readonly string[]): [string | undefined, string[]] {
  const [name, ...rest] = argv;
  if (name === 'new' && rest[0] === 'site') return ['new site', rest.slice(1)];
  if ((name === '--help' || name === '-h' || name === 'help') && rest[0] === 'new' && rest[1] === 'site') return [name, ['new site']];
  return [name, rest];
}

/**
 * Runs the command line and returns the exit code; only the bin calls process.exit. Usage and setup problems are
 * written in the language of the playbooks the command works on (src/cli/lang.ts).
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, rest] = splitCommand(argv);
  const langOf = (spec?: CommandSpec) => cliLang(rest, io.cwd, spec);
  if (name === undefined) {
    io.stderr(usage(langOf()));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = rest[0] === undefined ? undefined : find(rest[0]);
    if (rest[0] !== undefined && !command) return unknownCommand(rest[0], io, langOf());
    const lang = langOf(command);
    io.stdout(command ? commandHelp(command, lang) : usage(lang));
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) return unknownCommand(name, io, langOf());
  try {
    const parsed = parseCommand(command, rest);
    if (parsed.help) {
      io.stdout(commandHelp(command, langOf(command)));
      return EXIT.ok;
    }
    return await (await command.load())(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const lang = langOf(command);
      const shown = error.command ? find(error.command) : undefined;
      io.stderr(`${error.messageIn(lang)}\n\n${shown ? commandHelp(shown, lang) : usage(lang)}`);
      return EXIT.usage;
    }
    if (error instanceof SetupError) {
      io.stderr(`${error.messageIn(langOf(command))}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function unknownCommand(name: string, io: Io, lang: Lang): number {
  io.stderr(`${new UsageError(setup('unknown-command', { name, commands: COMMANDS.map((c) => c.name) })).messageIn(lang)}\n\n${usage(lang)}`);
  return EXIT.usage;
}
