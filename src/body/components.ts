/**
 * The table of body components, COMPONENTS (format §9): the one place that knows
 * which components exist, which props they take, where they may be used and
 * what they render to. The checker and the renderer read it and have no
 * component names of their own; a new component, prop or value is an entry
 * here.
 */
import { closest } from '../format/text.ts';
import type { BodyContext, BodyLang, MetricRequest } from './types.ts';

/** What a prop's value names in the model: a value that names nothing is `unknown-metric`. */
export type Names = 'metric' | 'scenario' | 'month' | 'stage';

export interface PropSpec {
  readonly required?: boolean;
  /** The values allowed (another value is `unknown-component`), the first being the default. */
  readonly values?: readonly string[];
  /** What the value names in the model (for `unknown-metric`). */
  readonly names?: Names;
  /** The shape the value must have; a value of another shape names nothing (`unknown-metric`). */
  readonly format?: RegExp;
}

/**
 * Where a component may stand:
 * - `inline`: anywhere, also inside a sentence;
 * - `block`: on lines of its own (not inside a paragraph);
 * - `top-level`: on lines of its own, outside any other element or list.
 */
export type Placement = 'inline' | 'block' | 'top-level';

/** What a component renders to; render.ts turns it into HTML after the sanitizer. */
export type ComponentOutput =
  /** A `<span>` holding a text of ours. */
  | { type: 'text'; className: readonly string[]; text: string; title?: string }
  /** An element wrapping the component's Markdown content, with a title of ours first. */
  | { type: 'wrap'; tagName: 'aside'; className: readonly string[]; role?: string; title: string; titleClassName: string }
  /** Content taken out of the body and returned apart (`RenderedBody.stages[key]`). */
  | { type: 'extract'; key: string };

export type Resolution = { ok: true; output: ComponentOutput } | { ok: false; what: Names; value: string; suggestion?: string };

export interface ComponentSpec {
  readonly props: Readonly<Record<string, PropSpec>>;
  /** The kinds of file whose bodies may use the component (`BodyContext.kind`); all kinds when absent. */
  readonly kinds?: readonly string[];
  readonly placement: Placement;
  /** Whether it takes Markdown content between its tags; without, it must be self-closing (`<Metric … />`). */
  readonly content: boolean;
  /**
   * Looks up what the props name and decides the output. Called only when the
   * props are valid (required ones present, values allowed, formats met).
   */
  resolve(props: Readonly<Record<string, string>>, ctx: BodyContext): Resolution;
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** Asks the model for a `<Metric>`/`<Delta>` number. */
function resolveNumber(component: MetricRequest['component'], className: readonly string[]) {
  return (props: Readonly<Record<string, string>>, ctx: BodyContext): Resolution => {
    const request: MetricRequest = { component, of: props.of ?? '' };
    if (props.scenario !== undefined) request.scenario = props.scenario;
    if (props.month !== undefined) request.month = props.month;
    const answer = ctx.metric(request);
    if (!answer.ok) return answer.suggestion === undefined ? { ok: false, what: answer.what, value: answer.value } : { ...answer };
    const output: ComponentOutput = answer.title === undefined ? { type: 'text', className, text: answer.text } : { type: 'text', className, text: answer.text, title: answer.title };
    return { ok: true, output };
  };
}

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
type CalloutType = (typeof CALLOUT_TYPES)[number];

/** A callout's visible title, in the page's language. */
export const CALLOUT_TITLES: Record<BodyLang, Record<CalloutType, string>> = {
  en: { note: 'Note', tip: 'Tip', warning: 'Warning' },
  'zh-CN': { note: '备注', tip: '提示', warning: '警告' },
};

/** The components a body may use, by name: their props and where they may stand (the body checks and the renderer read them). */
export const COMPONENTS: Readonly<Record<string, ComponentSpec>> = Object.freeze({
  Metric: {
    props: { of: { required: true, names: 'metric' }, scenario: { names: 'scenario' }, month: { names: 'month', format: MONTH } },
    placement: 'inline',
    content: false,
    resolve: resolveNumber('Metric', ['metric']),
  },
  Delta: {
    props: { of: { required: true, names: 'metric' }, scenario: { required: true, names: 'scenario' } },
    placement: 'inline',
    content: false,
    resolve: resolveNumber('Delta', ['metric', 'metric--delta']),
  },
  Callout: {
    props: { type: { values: CALLOUT_TYPES } },
    placement: 'block',
    content: true,
    resolve: (props, ctx) => {
      const type = (props.type ?? CALLOUT_TYPES[0]) as CalloutType;
      return {
        ok: true,
        output: {
          type: 'wrap',
          tagName: 'aside',
          className: ['callout', `callout--${type}`],
          // A note, not a landmark: a page may have many callouts, and landmarks need unique names.
          role: 'note',
          title: CALLOUT_TITLES[ctx.lang][type],
          titleClassName: 'callout__title',
        },
      };
    },
  },
  Stage: {
    props: { id: { required: true, names: 'stage' } },
    kinds: ['processes'],
    placement: 'top-level',
    content: true,
    resolve: (props, ctx) => {
      const id = props.id ?? '';
      const ids = ctx.stageIds ?? [];
      if (ids.includes(id)) return { ok: true, output: { type: 'extract', key: id } };
      const suggestion = closest(id, ids);
      return suggestion === undefined ? { ok: false, what: 'stage', value: id } : { ok: false, what: 'stage', value: id, suggestion };
    },
  },
} satisfies Record<string, ComponentSpec>);

/** The names of the components, for messages. */
export const COMPONENT_NAMES: readonly string[] = Object.freeze(Object.keys(COMPONENTS));

/** The component of that name, if there is one (never an `Object.prototype` member). */
export function findComponent(name: string): ComponentSpec | undefined {
  return Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
}

/**
 * Whether a JSX name is HTML (lowercase, as in JSX: `div`, `svg:rect`) and
 * not a component (`Metric`, `_x`, `ui.Chart`).
 */
export function isHtmlName(name: string): boolean {
  return /^[a-z]/.test(name) && !name.includes('.');
}
