/**
 * The architecture, checked (in the manner of Starlight's import-guard test,
 * `no-internal-barrel-imports.test.ts`): every import of every module under
 * src/ is read with TypeScript's own pre-processor and held against the
 * layers. From the bottom: format and schema, kinds, diagnostics, model,
 * lint; the CLI, the site's view models and the Astro shell sit on top.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

interface Import {
  /** The importing file, relative to src/: `lint/check-project.ts`. */
  from: string;
  /** The specifier as written: `../model/load.ts`, `astro:content`, `yaml`. */
  specifier: string;
  /** For a module of src/, its path relative to src/; undefined for packages and virtual modules. */
  target?: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The script parts of a file: a .ts file whole; an .astro file's frontmatter and its `<script>` elements. */
function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Static imports, re-exports, `import type`, side-effect imports and dynamic `import('…')`. */
function importsOf(path: string): Import[] {
  const from = relative(SRC, path).split('\\').join('/');
  return ts.preProcessFile(scriptOf(path), true, true).importedFiles.map(({ fileName: specifier }) => {
    const target = specifier.startsWith('.') ? relative(SRC, resolve(dirname(path), specifier)).split('\\').join('/') : undefined;
    return { from, specifier, target };
  });
}

const IMPORTS = filesUnder(SRC).flatMap(importsOf);

/** The top folder of a module of src/ (`model`), or the file itself for top-level files (`content.config.ts`). */
const layerOf = (path: string) => path.split('/')[0]!;
const inLayer = (...layers: string[]) => IMPORTS.filter((i) => layers.includes(layerOf(i.from)));
const show = (i: Import) => `src/${i.from} imports ${i.specifier}`;

describe('the import scanner', () => {
  it('sees static, re-exported, type-only and dynamic imports in .ts files and .astro frontmatter', () => {
    const edges = new Set(IMPORTS.map((i) => `${i.from} → ${i.target ?? i.specifier}`));
    expect(edges).toContain('lint/check-project.ts → model/load.ts');
    expect(edges).toContain('schema/index.ts → schema/segment.ts'); // export * from
    expect(edges).toContain('model/graph.ts → kinds/index.ts'); // import type
    expect(edges).toContain('cli/commands.ts → cli/check.ts'); // await import('../check.ts')
    expect(edges).toContain('site/astro-site.ts → astro:content');
    expect(edges).toContain('routes/[pb]/[kind]/[id].astro → site/views/entity.ts');
    expect(IMPORTS.length).toBeGreaterThan(300);
  });

  it('resolves every relative import to a module that exists', () => {
    const files = new Set(filesUnder(SRC).map((p) => relative(SRC, p).split('\\').join('/')));
    const unresolved = IMPORTS.filter((i) => i.target !== undefined && !files.has(i.target) && !/\.(css|json|svg)$/.test(i.target));
    expect(unresolved.map(show)).toEqual([]);
  });
});

describe('the layers', () => {
  it('schema, model, lint and diagnostics never import the site, the CLI, the Astro shell or astro:* modules', () => {
    const above = ['site', 'cli', 'components', 'layouts', 'routes', 'integration', 'docs', 'diff'];
    const bad = inLayer('schema', 'model', 'lint', 'diagnostics').filter(
      (i) => i.specifier.startsWith('astro:') || (i.target !== undefined && above.includes(layerOf(i.target))),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it('components never import the model: they read the props their view model gives them', () => {
    expect(inLayer('components').filter((i) => i.target !== undefined && layerOf(i.target) === 'model').map(show)).toEqual([]);
  });

  it('kinds import only the schemas, the formatter and themselves', () => {
    expect(inLayer('kinds').filter((i) => i.target !== undefined && !['kinds', 'schema', 'format'].includes(layerOf(i.target))).map(show)).toEqual([]);
  });

  it('the formatter imports nothing of the project but itself', () => {
    expect(inLayer('format').filter((i) => i.target !== undefined && layerOf(i.target) !== 'format').map(show)).toEqual([]);
  });

  it('schemas import only Zod (`astro/zod`, `zod`), each other and the list of languages', () => {
    expect(inLayer('schema').filter((i) => (i.target === undefined ? !['astro/zod', 'zod'].includes(i.specifier) : layerOf(i.target) !== 'schema' && i.target !== 'format/lang.ts')).map(show)).toEqual([]);
  });

  it('define the languages once (src/format/lang.ts)', () => {
    const definitions = filesUnder(SRC).filter((path) => /export type Lang\s*=/.test(readFileSync(path, 'utf8'))).map((path) => relative(SRC, path));
    expect(definitions).toEqual(['format/lang.ts']);
  });
});
