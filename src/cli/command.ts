/**
 * One definition per command (in the manner of citty's `defineCommand`): its
 * synopsis, positionals and options with their descriptions give both the
 * usage text and the strict parser, so the two cannot disagree. Every
 * command takes `--help` (exit 0). Mistakes are UsageErrors (exit 2).
 */
import { parseArgs } from 'node:util';
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

/** The `--help` text of a command. */
export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = [
    ...spec.positionals.map((p): [string, string] => [p.required ? `<${p.name}>` : `[${p.name}]`, p.description]),
    ...Object.entries(spec.options).map(([name, o]): [string, string] => [
      `--${name}${o.type === 'boolean' ? '' : ` <${o.placeholder ?? 'value'}>`}`,
      `${o.description}${o.values ? ` One of: ${o.values.join(', ')}.` : ''}`,
    ]),
    ['--help', 'Show this help.'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return `Usage: npm run playbook -- ${synopsis(spec)}

${spec.summary}

${rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n')}
${spec.details ? `\n${spec.details.trim()}\n` : ''}`;
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
    throw new UsageError(`${spec.name}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}`, spec.name);
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { values, positionals: parsed.positionals, help: true };
  if (parsed.positionals.length > spec.positionals.length) {
    throw new UsageError(`${spec.name}: unexpected argument \`${parsed.positionals[spec.positionals.length]}\`.`, spec.name);
  }
  spec.positionals.forEach((p, i) => {
    if (p.required && parsed.positionals[i] === undefined) throw new UsageError(`${spec.name}: missing <${p.name}>: ${p.description}`, spec.name);
  });
  for (const [name, o] of Object.entries(spec.options)) {
    const value = values[name];
    if (!o.values || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!o.values.includes(String(v))) throw new UsageError(`${spec.name}: --${name} must be one of ${o.values.join(', ')}, not \`${String(v)}\`.`, spec.name);
    }
  }
  return { values, positionals: parsed.positionals, help: false };
}
