/**
 * Mainland typography in the zh-CN example (`playbooks/huayuan-equipment/`),
 * frontmatter text and bodies alike: full-width punctuation after Chinese
 * characters (，；：（）？ rather than `, ; : ( ) ?`) and “…” rather than
 * straight double quotes around Chinese text. Code (`…`, fenced blocks),
 * tags and their attributes, YAML keys and the `---` lines are not prose
 * and are not read; nor is the mapping of the CRM export (`actuals.import`),
 * whose stage, pipeline and column names are written exactly as HubSpot
 * writes them (`进入"询价确认（中小制造工厂）"的日期`).
 *
 * Issue 17: against the example as committed before its rewrite, this test
 * fails and lists every offending line (284 of them), as `file:line: text`,
 * so the rewrite can be checked off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'playbooks/huayuan-equipment');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []))
    .sort();
}

const HAN = '\\p{Script=Han}';
/** A half-width mark right after a Han character (a `:` that starts a YAML value after a Han key is not prose, but keys are ASCII). */
const HALF_WIDTH_AFTER_HAN = new RegExp(`${HAN}[,;:()?]`, 'u');
/** Straight double quotes around text with a Han character: `"为什么买"`. */
const STRAIGHT_QUOTES_AROUND_HAN = new RegExp(`"[^"\\n]*${HAN}[^"\\n]*"`, 'u');

/** The prose of a line: without inline code, tags and their attributes (`<Metric of="…" />`), and for a YAML line without its key. */
function proseOf(line: string, inFrontmatter: boolean): string {
  let text = line.replace(/`[^`]*`/g, '').replace(/<\/?[A-Za-z][^>]*>/g, '');
  if (inFrontmatter) text = text.replace(/^\s*(- )?[A-Za-z][\w-]*:\s?/, '');
  return text;
}

/** Lines with half-width punctuation after Chinese characters or straight quotes around Chinese text, as `file:line: text`. */
function typographyProblems(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const problems: string[] = [];
  let dashes = 0;
  let fence = false;
  let mapping = false;
  lines.forEach((line, i) => {
    if (/^---\s*$/.test(line) && dashes < 2 && !fence) {
      dashes++;
      return;
    }
    if (dashes === 1) {
      // The CRM's own names: from `  import:` under `actuals:` to the next key that is not indented deeper.
      if (/^ {2}import:/.test(line)) mapping = true;
      else if (/^ {0,2}\S/.test(line)) mapping = false;
      if (mapping) return;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      return;
    }
    if (fence) return;
    const prose = proseOf(line, dashes === 1);
    if (HALF_WIDTH_AFTER_HAN.test(prose) || STRAIGHT_QUOTES_AROUND_HAN.test(prose)) {
      problems.push(`${relative(ROOT, file).split('\\').join('/')}:${i + 1}: ${line.trim()}`);
    }
  });
  return problems;
}

describe('zh-CN example typography', () => {
  it('the checker of this test finds what it should, and nothing in code or keys', () => {
    expect(HALF_WIDTH_AFTER_HAN.test('客户说,价格')).toBe(true);
    expect(HALF_WIDTH_AFTER_HAN.test('客户说，价格')).toBe(false);
    expect(STRAIGHT_QUOTES_AROUND_HAN.test('他问"为什么买"')).toBe(true);
    expect(STRAIGHT_QUOTES_AROUND_HAN.test('他问“为什么买”')).toBe(false);
    expect(proseOf('见 `流程,代码` 部分', false)).toBe('见  部分');
    expect(proseOf('  - title: 需求诊断', true)).toBe('需求诊断');
    expect(proseOf('成交周期 <Metric of="processes.quick-quote.cycleDays" />；赢单率 <Metric of="winRate" />。', false)).toBe('成交周期 ；赢单率 。');
  });

  it('has full-width punctuation and “” quotes in every frontmatter text and body of playbooks/huayuan-equipment/', () => {
    const problems = mdxFiles(EXAMPLE).flatMap(typographyProblems);
    expect(problems, `${problems.length} lines with half-width punctuation or straight quotes:\n${problems.join('\n')}`).toEqual([]);
  });
});
