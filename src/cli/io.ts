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
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
  };
}

/** A mistake in how the command was called: exit code 2 with a message and the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, content: 1, usage: 2 } as const;
