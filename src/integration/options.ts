/**
 * The options of the integration, as a team writes them in its
 * `astro.config.mjs` (`salesPlaybook({ title, lang, editLink, guides, customCss })`),
 * validated with Zod: a bad option stops the build with a message that names
 * the option and what to write.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/index.ts';

const langSchema = z.enum(LANGS);

const titleText = z.string().trim().min(1);

export const optionsSchema = z
  .object({
    title: z
      .union([titleText, z.partialRecord(langSchema, titleText).refine((titles) => Object.keys(titles).length > 0, 'at least one language')])
      .optional()
      .describe('The site\u2019s name: one string, or one per language (`{ en: \u2026, "zh-CN": \u2026 }`).'),
    lang: langSchema.default('en').describe('The language of `/`, of the pages outside the playbooks and of the 404 page.'),
    editLink: z
      .string()
      .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'an http(s) URL')
      .optional()
      .describe('Where "Edit this page" links point: a URL with `{path}` for the file\u2019s path in the repository, or a URL the path is appended to.'),
    guides: z.boolean().default(true).describe('Whether the engine\u2019s guides (reading and writing a playbook, the metrics and their formulas, the references) are part of the site, under /docs/.'),
    customCss: z
      .array(
        z
          .string()
          .trim()
          // Lower-case `.css`: Vite takes only that for a stylesheet (`.CSS` would be read as JavaScript).
          .refine((value) => /^\.{1,2}\/[^\n]+\.css$/.test(value), 'a path to a .css file from the site\u2019s folder, starting with ./'),
      )
      .default([])
      .describe('Your own stylesheets, applied after the site\u2019s on every page: colours, fonts, a logo (paths from the site\u2019s folder, `./src/styles/brand.css`).'),
  })
  .strict();

export type PlaybookOptions = z.input<typeof optionsSchema>;

/** The options once validated, with their defaults: what the site's pages read. */
export interface ResolvedOptions {
  /** The site's name in each language. */
  titles: Partial<Record<Lang, string>>;
  lang: Lang;
  editLink: string | null;
  /** Whether the site includes the engine's guides: the option, unless the site is the engine's own repository (see includesGuides). */
  guides: boolean;
  /** The site's own stylesheets, as written (paths from the site's folder); the integration resolves and checks them. */
  customCss: string[];
}

/** A problem with one option, as data (the integration turns it into an AstroError). */
export interface OptionProblem {
  option: string;
  message: string;
}

/**
 * Validates the options; `env` supplies the fallbacks a deployment sets (EDIT_URL_BASE).
 * Returns the resolved options or every problem, each naming its option.
 */
export function resolveOptions(input: unknown, env: Record<string, string | undefined> = {}): { ok: true; options: ResolvedOptions } | { ok: false; problems: OptionProblem[] } {
  const parsed = optionsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ option: issue.path.length ? issue.path.map(String).join('.') : '(options)', message: describeIssue(issue) })),
    };
  }
  const { title, lang, editLink, guides, customCss } = parsed.data;
  const titles: Partial<Record<Lang, string>> = typeof title === 'string' ? Object.fromEntries(LANGS.map((l) => [l, title])) : { ...(title ?? {}) };
  return { ok: true, options: { titles, lang, editLink: editLink ?? env.EDIT_URL_BASE ?? null, guides, customCss } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}; the options are \`title\`, \`lang\`, \`editLink\`, \`guides\` and \`customCss\``;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'record' || issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'invalid_union':
      return 'must be a string, or an object with a string per language: `{ en: "Sales playbooks", "zh-CN": "销售作战手册" }`';
    case 'too_small':
      return 'must not be empty';
    default:
      // The refinements above say what the value must be ('an http(s) URL').
      return `must be ${issue.message}`;
  }
}
