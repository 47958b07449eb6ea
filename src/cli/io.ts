import { CatalogueError, type SetupProblem } from '../diagnostics/setup.ts';

/** Where a command writes; tests pass their own to capture output. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Colour pretty output (a terminal that is not NO_COLOR). */
  color: boolean;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
  };
}

/**
 * A mistake in how the command was called: exit code 2 with a message and the command's usage. It carries a problem
 * of the catalogue (src/diagnostics/setup.ts), written in the playbook's language, or an English text.
 */
export class UsageError extends CatalogueError {
  override name = 'UsageError';
  /** The command whose usage to show; the overall usage when absent. */
  readonly command: string | undefined;
  constructor(problem: SetupProblem | string, command?: string) {
    super(problem);
    this.command = command;
  }
}

export const EXIT = { ok: 0, content: 1, usage: 2 } as const;
