/** Helpers for the skeletons `new` writes (each kind's file in this folder has its own). */
import { stringify } from 'yaml';

/** A readable title from an id: `mid-market` → `Mid market`. */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A YAML scalar, quoted when plain YAML would read it as something else (`2024`, `null`, `a: b`). */
export function yamlScalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A file: the frontmatter lines between `---` lines, then the body. */
export function fileText(lines: readonly string[], body: string): string {
  return `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`;
}

/** A seller if there is one (field sales, then telesales), else the first role. */
export function pickRole<T extends { id: string; data: Record<string, unknown> }>(roles: readonly T[]): T | undefined {
  return roles.find((r) => r.data.function === 'sales') ?? roles.find((r) => r.data.function === 'telesales') ?? roles[0];
}
