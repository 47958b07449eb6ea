/**
 * The public types of the safe body pipeline (format §1, §3, §9): what the
 * model answers for `<Metric>`/`<Delta>`, what a check reports, what a render
 * returns. Plain data, no behaviour.
 */

/** The languages a body is rendered in (the playbook's `lang`). */
export type BodyLang = 'en' | 'zh-CN';

/** What a `<Metric>` or `<Delta>` asks the model. */
export interface MetricRequest {
  component: 'Metric' | 'Delta';
  of: string;
  scenario?: string;
  month?: string;
}

export type MetricAnswer =
  | { ok: true; text: string; /** exact value for a title attribute, optional */ title?: string }
  | {
      ok: false;
      /** what names nothing */
      what: 'metric' | 'scenario' | 'month';
      value: string;
      /** closest existing, if any */
      suggestion?: string;
    };

export interface BodyContext {
  lang: BodyLang;
  /** kind of file the body belongs to: 'playbook' | 'segments' | 'offerings' | 'processes' | 'roles' | 'scenarios' */
  kind: string;
  /** answers <Metric>/<Delta>; the model provides it */
  metric(request: MetricRequest): MetricAnswer;
  /** stage ids of the process (process bodies only) */
  stageIds?: readonly string[];
}

export type BodyCode = 'body-syntax' | 'unsafe-body' | 'unknown-component' | 'unknown-metric' | 'external-image';

/** The body codes that are warnings (the build renders the body): an image the site's CSP blocks. */
export const BODY_WARNINGS: ReadonlySet<BodyCode> = new Set(['external-image']);

/** Whether a problem keeps the body from being rendered. */
export const isBodyError = (problem: BodyProblem): boolean => !BODY_WARNINGS.has(problem.code);

/** Data for a problem's message; the catalogue types the params of each code (src/diagnostics/messages/body.ts, `BodyCodeParams`). */
export type BodyParams = Record<string, string | number | readonly string[] | undefined>;

export interface BodyProblem {
  code: BodyCode;
  /** 1-based, in the FILE (the body's first line is the file's line `bodyLine`). */
  line: number;
  /** 1-based, in UTF-16 code units, as the rest of the checker counts. */
  column: number;
  params: BodyParams;
}

export interface RenderedHeading {
  depth: number;
  /** The heading's id in the HTML (with the `user-content-` prefix): link to `#${slug}`. */
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  /** Headings of `html`, in order (not those inside a `<Stage>`, nor the footnotes' hidden label). */
  headings: RenderedHeading[];
  /** process bodies: stage id → html of its <Stage> content */
  stages: Record<string, string>;
}
