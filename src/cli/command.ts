/**
 * One definition per command (in the manner of citty's `defineCommand`): its
 * synopsis, positionals and options with their descriptions give both the
 * usage text and the strict parser, so the two cannot disagree. Every
 * command takes `--help` (exit 0). Mistakes are UsageErrors (exit 2).
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../diagnostics/context.ts';
import { setup } from '../diagnostics/setup.ts';
import { HELP_ZH } from './help-zh.ts';
import { UsageError, type Io } from './io.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** The allowed values of a string option; anything else is a usage error. */
  values?: readonly string[];
  /** A string option that may be given several times (`--set a=1 --set b=2`). */
  multiple?: boolean;
  /** How the value is shown in the usage: `--out <file>`. */
  placeholder?: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  /** One line: what the command does. */
  summary: string;
  positionals: readonly PositionalSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  /** More text for `--help`: examples, exit codes. */
  details?: string;
  /** Every argument but `--help` goes to the implementation unparsed, as positionals (Astro's own commands). */
  passthrough?: boolean;
  /** The implementation, loaded only when the command runs. */
  load(): Promise<(args: ParsedArgs, io: Io) => Promise<number>>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function defineCommand<const S extends CommandSpec>(spec: S): S {
  return spec;
}

/** `check [root] [--format pretty|json|github] [--strict]`. */
export function synopsis(spec: CommandSpec): string {
  const positionals = spec.positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`));
  const options = Object.entries(spec.options).map(([name, o]) => {
    const value = o.type === 'boolean' ? '' : ` ${o.values ? o.values.join('|') : `<${o.placeholder ?? 'value'}>`}`;
    return `[--${name}${value}]${o.multiple ? '...' : ''}`;
  });
  return [spec.name, ...positionals, ...options].join(' ');
}

/**
 * The `--help` text of a command, in a language: Chinese from src/cli/help-zh.ts where it has the command's words
 * (a command it does not know yet keeps its English ones).
 */
export function commandHelp(spec: CommandSpec, lang: Lang = 'en'): string {
  const zh = lang === 'zh-CN' ? HELP_ZH.commands[spec.name] : undefined;
  const words = lang === 'zh-CN' ? HELP_ZH.words : { usage: 'Usage: ', help: 'Show this help.', oneOf: (values: readonly string[]) => ` One of: ${values.join(', ')}.` };
  const rows: [string, string][] = [
    ...spec.positionals.map((p): [string, string] => [p.required ? `<${p.name}>` : `[${p.name}]`, zh?.positionals?.[p.name] ?? p.description]),
    ...Object.entries(spec.options).map(([name, o]): [string, string] => [
      `--${name}${o.type === 'boolean' ? '' : ` <${o.placeholder ?? 'value'}>`}`,
      `${zh?.options?.[name] ?? o.description}${o.values ? words.oneOf(o.values) : ''}`,
    ]),
    ['--help', words.help],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  const details = zh?.details ?? spec.details;
  return `${words.usage}npm run playbook -- ${synopsis(spec)}

${zh?.summary ?? spec.summary}

${rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n')}
${details ? `\n${details.trim()}\n` : ''}`;
}

/** Parses a command's arguments strictly; `help` is true when `--help`/`-h` is given. */
export function parseCommand(spec: CommandSpec, args: readonly string[]): ParsedArgs & { help: boolean } {
  if (spec.passthrough) {
    const help = args.length === 1 && (args[0] === '--help' || args[0] === '-h');
    return { values: {}, positionals: [...args], help };
  }
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) options[name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(argumentsProblem(spec.name, error as NodeJS.ErrnoException), spec.name);
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { values, positionals: parsed.positionals, help: true };
  if (parsed.positionals.length > spec.positionals.length) {
    throw new UsageError(setup('unexpected-argument', { command: spec.name, argument: parsed.positionals[spec.positionals.length]! }), spec.name);
  }
  spec.positionals.forEach((p, i) => {
    if (p.required && parsed.positionals[i] === undefined) throw new UsageError(setup('missing-argument', { command: spec.name, name: p.name, description: p.description }), spec.name);
  });
  for (const [name, o] of Object.entries(spec.options)) {
    const value = values[name];
    if (!o.values || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!o.values.includes(String(v))) throw new UsageError(setup('option-value', { command: spec.name, option: name, values: o.values, value: String(v) }), spec.name);
    }
  }
  return { values, positionals: parsed.positionals, help: false };
}

/** Node's parser errors as problems of the catalogue, told apart by their code (the option is quoted in the message). */
function argumentsProblem(command: string, error: NodeJS.ErrnoException) {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (option && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return setup('unknown-option', { command, option });
  if (option && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return setup(/does not take/.test(error.message) ? 'option-takes-no-value' : 'option-needs-value', { command, option });
  }
  return setup('bad-arguments', { command, detail: error.message.replace(/\. To specify a positional argument.*$/s, '.') });
}
