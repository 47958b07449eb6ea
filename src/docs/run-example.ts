/**
 * Runs a diagnostic example through the real checker, so that the diagnostics
 * page shows the messages `check` prints today and can never drift from them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Code } from '../diagnostics/codes.ts';
import { plainContext, type Lang } from '../diagnostics/context.ts';
import { renderMessages, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPretty } from '../diagnostics/format.ts';
import { checkProject, type CheckResult } from '../lint/check-project.ts';
import { exampleTree, type DiagnosticExample } from './example-playbook.ts';

export interface ExampleResult {
  /** The diagnostic the example illustrates. */
  diagnostic: Diagnostic;
  /** Every other code the same change reports, sorted. */
  also: Code[];
  /** What `npm run check` prints for the diagnostic: location, severity, code, message and a code frame. */
  output: string;
}

/**
 * One temporary folder per process for every tree checked, removed when the process ends: removing a folder per
 * example was most of the time the docs took to build.
 */
let scratch: { dir: string; next: number } | undefined;

function scratchRoot(): string {
  if (!scratch) {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-docs-example-'));
    scratch = { dir, next: 0 };
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return join(scratch.dir, String(scratch.next++));
}

/** Loads and checks a tree of files (path from the project root → text) in a temporary folder. */
export function checkTree(files: Readonly<Record<string, string>>): CheckResult {
  const root = scratchRoot();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return checkProject(root);
}

/** The diagnostics of a tree of files. */
export function checkFiles(files: Readonly<Record<string, string>>): Diagnostic[] {
  return checkTree(files).diagnostics;
}

const cache = new Map<string, Map<DiagnosticExample, ExampleResult>>();
/** Each example's diagnostics, checked once for every language its page is in. */
const checked = new Map<DiagnosticExample, Diagnostic[]>();

/**
 * The example's diagnostic as `check` reports it, with its message in a
 * language (`check --lang zh-CN` for the Chinese docs); throws when the
 * example no longer shows its code.
 */
export function runExample(example: DiagnosticExample, lang: Lang = 'en'): ExampleResult {
  let byExample = cache.get(lang);
  if (!byExample) cache.set(lang, (byExample = new Map()));
  const cached = byExample.get(example);
  if (cached) return cached;
  const tree = exampleTree(example);
  let diagnostics = checked.get(example);
  if (!diagnostics) checked.set(example, (diagnostics = checkFiles(tree)));
  const reported = diagnostics.find((d) => d.code === example.code && d.file === example.file);
  const found = reported && lang !== 'en' ? renderMessages([reported], () => plainContext(lang))[0] : reported;
  if (!found) {
    throw new Error(
      `The docs example for \`${example.code}\` (src/docs/diagnostic-examples.ts) no longer reports it in ${example.file}; it reports: ${
        diagnostics.map((d) => `${d.code} at ${d.file}:${d.line}`).join(', ') || 'nothing'
      }. Update the example.`,
    );
  }
  const also = [...new Set(diagnostics.filter((d) => d !== reported).map((d) => d.code))].sort();
  // The closing summary line ("1 error and 0 warnings.") is left out: the page shows one diagnostic at a time.
  const output = formatPretty([found], { readSource: (file) => tree[file], lang }).replace(/\n\n[^\n]*\n$/, '\n');
  const result = { diagnostic: found, also, output };
  byExample.set(example, result);
  return result;
}
