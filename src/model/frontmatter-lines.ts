/**
 * What frontmatter's lines tell without parsing it: the positions of keys
 * and values in plain block maps, and the comments that end lines. They
 * spare the `yaml` document for most files that have a problem to place.
 */

/**
 * Positions in frontmatter written as plain block maps (`key: value` lines,
 * nested by indentation), read off the lines without parsing. It answers
 * only for text whose lines cannot mean anything else — no block scalars,
 * quotes spanning lines, tabs, anchors, tags, complex keys or lists on the
 * way — and leaves every other case to the `yaml` document (undefined).
 */
export class SimpleBlockLines {
  private readonly starts: number[] = [];
  private readonly texts: string[] = [];
  private readonly simple: boolean;

  constructor(yaml: string) {
    let start = 0;
    for (const text of yaml.split('\n')) {
      this.starts.push(start);
      this.texts.push(text);
      start += text.length + 1;
    }
    this.simple = !this.texts.some(
      (t) =>
        /^\t|^\s*\?\s|^(---|\.\.\.)\s*$/.test(t) ||
        /:[ \t]*[|>][-+0-9]*[ \t]*(#.*)?$/.test(t) ||
        /(^|[\s:,[{])[&*!]/.test(t) ||
        (t.split('"').length - 1) % 2 === 1 ||
        /(^|[\s:,[])'/.test(t),
    );
  }

  private indent(i: number): number {
    return /^ */.exec(this.texts[i]!)![0].length;
  }

  private blank(i: number): boolean {
    return /^\s*(#.*)?$/.test(this.texts[i]!);
  }

  /** The offset of a path's key (or one-line value) in the text; undefined when the lines cannot say. */
  locate(path: readonly PropertyKey[], want: 'key' | 'value'): number | undefined {
    if (!this.simple || path.length === 0 || path.some((p) => typeof p !== 'string')) return undefined;
    let from = 0;
    let to = this.texts.length;
    let parent = -1;
    for (const [depth, segment] of path.entries()) {
      let child = -1;
      let found = -1;
      let valueAt = 0;
      for (let i = from; i < to; i++) {
        if (this.blank(i)) continue;
        const indent = this.indent(i);
        if (child === -1) child = indent;
        if (indent <= parent || indent < child) return undefined;
        if (indent > child) continue;
        const match = /^ *(?:([A-Za-z_$][\w$-]*)|"([^"\\:]*)")[ \t]*:(?=[ \t]|$)[ \t]*/.exec(this.texts[i]!);
        if (!match) return undefined; // A list item or something else: not a plain map.
        if ((match[2] ?? match[1]) === segment) {
          if (found !== -1) return undefined;
          found = i;
          valueAt = match[0].length;
        }
      }
      if (found === -1 || child <= parent) return undefined;
      const keyOffset = this.starts[found]! + child;
      if (depth === path.length - 1) {
        if (want === 'key') return keyOffset;
        const value = this.texts[found]!.slice(valueAt);
        if (value.trim() === '' || value.startsWith('#')) return undefined;
        return this.starts[found]! + valueAt;
      }
      from = found + 1;
      to = from;
      while (to < this.texts.length && (this.blank(to) || this.indent(to) > child)) to++;
      parent = child;
    }
    return undefined;
  }
}

/**
 * The comment at the end of each line that has something before it (`key: value # comment`), by file line: a `#`
 * after a space, outside quotes. Quotes count where a quoted scalar can start (`title: "a # b"`), not inside
 * plain text (`title: Buyer's guide # note`).
 */
export function trailingComments(yaml: string, yamlLine: number): Map<number, string> {
  const out = new Map<number, string>();
  if (!yaml.includes('#')) return out;
  yaml.split('\n').forEach((text, i) => {
    let quote: '"' | "'" | null = null;
    for (let j = 0; j < text.length; j++) {
      const ch = text[j]!;
      const before = j === 0 ? ' ' : text[j - 1]!;
      if (quote === '"') {
        if (ch === '\\') j++;
        else if (ch === '"') quote = null;
      } else if (quote === "'") {
        if (ch === "'" && text[j + 1] === "'") j++;
        else if (ch === "'") quote = null;
      } else if ((ch === '"' || ch === "'") && /[\s:,[{-]/.test(before)) {
        quote = ch;
      } else if (ch === '#' && /\s/.test(before)) {
        if (text.slice(0, j).trim() !== '') out.set(i + yamlLine, text.slice(j + 1).trim());
        return;
      }
    }
  });
  return out;
}
