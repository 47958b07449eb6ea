/**
 * A strict little XML reader for the feed tests: it builds the element tree
 * and throws on anything that is not well-formed (unclosed or crossed tags, a
 * bare `<` or `&`, unquoted or repeated attributes, text outside the root).
 * Enough for RSS; no DTDs.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`A bare < at ${where}`);
  return raw.replace(/&([^;\s&]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`A bare & at ${where}: ${JSON.stringify(match)}`);
    if (name in NAMED) return NAMED[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`An unknown entity &${name}; at ${where}`);
    return String.fromCodePoint(name.startsWith('#x') || name.startsWith('#X') ? parseInt(code, 16) : Number(code));
  });
}

const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

/** Parses a whole document; returns its root element. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    if (text !== '') {
      if (stack.length === 0) {
        if (text.trim() !== '') throw new Error(`Text outside the root element at ${i}`);
      } else stack.at(-1)!.text += decode(text, i);
    }
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end < 0 || stack.length > 0) throw new Error(`A misplaced or unclosed processing instruction at ${i}`);
      i = end + 2;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) throw new Error(`An unclosed comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) throw new Error(`A misplaced or unclosed CDATA section at ${i}`);
      stack.at(-1)!.text += source.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    const tag = TAG.exec(source.slice(i));
    if (!tag) throw new Error(`A malformed tag at ${i}: ${source.slice(i, i + 40)}`);
    const [whole, closing, name, attributeText = '', selfClosing] = tag;
    i += whole.length;
    if (closing) {
      if (attributeText || selfClosing) throw new Error(`A malformed end tag </${name}> at ${i}`);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${i}`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, double, single] of attributeText.matchAll(ATTRIBUTE)) {
      if (Object.hasOwn(attributes, key!)) throw new Error(`A repeated attribute ${key} on <${name}> at ${i}`);
      attributes[key!] = decode(double ?? single ?? '', i);
    }
    const element: XmlElement = { name: name!, attributes, children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else if (root) throw new Error(`A second root element <${name}> at ${i}`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('The document has no root element');
  return root;
}

/** The child elements of a name. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

/** The text of the one child of a name; throws when there is none or more than one. */
export function childText(element: XmlElement, name: string): string {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> elements`);
  return found[0]!.text;
}

/** RFC 822 date-time as RSS 2.0 uses it (four-digit years), e.g. `Thu, 05 Mar 2026 10:00:00 GMT`. */
export const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$/;
