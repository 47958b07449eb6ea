/**
 * An MDX file split into its frontmatter and its body (format §1): the YAML
 * between the opening and closing `---` lines, the body after them, and the
 * line where each starts, whatever the file's line endings.
 */
export interface SplitFile {
  /** The YAML between the `---` lines, or null when there is no frontmatter block. */
  yaml: string | null;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** When there is no closing `---` but a `...` line (YAML's document end, which authors sometimes use to close it): its line. */
  closedByDots?: number;
}

const FENCE = /^---[ \t]*$/;

/** A line ending: LF, CRLF, or a CR alone (old Mac files), as YAML and Markdown count them. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Splits an MDX file into frontmatter and body. Accepts a BOM and LF, CRLF or CR line endings (the parts get LF). */
export function splitFile(raw: string): SplitFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = text.split(LINE_BREAK);
  if (!FENCE.test(lines[0] ?? '')) return { yaml: null, yamlLine: 1, body: text, bodyLine: 1 };
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) {
      return {
        yaml: lines.slice(1, i).join('\n'),
        yamlLine: 2,
        body: lines.slice(i + 1).join('\n'),
        bodyLine: i + 2,
      };
    }
  }
  const dots = lines.findIndex((line) => /^\.\.\.[ \t]*$/.test(line));
  return { yaml: null, yamlLine: 1, body: text, bodyLine: 1, closedByDots: dots > 0 ? dots + 1 : undefined };
}
