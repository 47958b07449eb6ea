/**
 * The shape of a kind of playbook file: what the registry (./index.ts) holds
 * for each, and what everything else derives from — the loader, the
 * reference and unused rules, `new`, `schema`, the docs reference, the site's
 * navigation, pages, last-changed dates and search filters.
 */
import type { z } from 'astro/zod';
import type { NumberKind } from '../format/numbers.ts';

export type { Lang } from '../format/lang.ts';
import type { Lang } from '../format/lang.ts';

/** How a kind is called in a language: `segment` / `segments`, `目标客群`. Lowercase in English. */
export interface KindNames {
  one: string;
  many: string;
}

/**
 * Where a kind's data refers to entities of another (or its own) kind. The
 * path walks the frontmatter: a field name, `*` for each item of a list, `{}`
 * for each key of a map (the key is the reference), e.g.
 * `['stages', '*', 'raci', '{}']`.
 */
export interface ReferenceSpec {
  path: readonly string[];
  /** The kind the ids name. */
  to: string;
  /**
   * When given, a map key counts only if this returns true for the map's
   * parent object (another rule reports the others: `hours` keys without a
   * `raci` entry are `hours-without-raci`).
   */
  when?: (parent: Record<string, unknown>, key: string) => boolean;
}

/** One reference found in a file's data. */
export interface FoundReference {
  /** Data path of the id: the value, or the key for map keys. */
  path: (string | number)[];
  id: string;
  to: string;
  at: 'key' | 'value';
}

/** What a skeleton may pick from: the playbook's valid entities of each kind. */
export interface SkeletonContext {
  lang: Lang;
  currency: string;
  entities(kind: string): readonly { id: string; data: Record<string, unknown> }[];
  /** What the author chose on the command line (`new process … --type key-account`). */
  choices?: { type?: string };
}

/** A skeleton ready to write, or the kinds the playbook lacks for it. */
export type Skeleton =
  | { ok: true; text: string; /** What it refers to, e.g. `process \`quick\``. */ refers: string[] }
  | { ok: false; missing: string[] };

export interface KindDefinition<Id extends string = string, S extends z.ZodType = z.ZodType> {
  /** The folder of the kind's files inside a playbook, and its URL segment: `segments`. */
  id: Id;
  /** One of it, as the CLI names it: `new segment`, `segment.schema.json`. */
  singular: string;
  names: Record<Lang, KindNames>;
  /** Frontmatter schema. */
  schema: S;
  /**
   * The Chinese description of every field, beside the English one of the schema's `.describe()`, by its path in
   * the format reference (`coverage.owner`, `stages[].raci`): the Chinese reference and messages show them
   * (./descriptions-zh.ts).
   */
  descriptionsZh?: Readonly<Record<string, string>>;
  /** The fields that name other entities. */
  references: readonly ReferenceSpec[];
  /** Whether an entity of this kind that nothing refers to is `unused-entity`. */
  mustBeUsed: boolean;
  /** Whether the kind's entities are listed in the playbook's navigation (in registry order). */
  inNav: boolean;
  /** The kinds whose entities the skeleton refers to: they are created first (`new playbook` lists the order). */
  requires: readonly string[];
  /** What `new <singular>` writes. */
  skeleton(id: string, context: SkeletonContext): Skeleton;
  /**
   * The texts the skeleton writes for what it cannot know (a summary, a stage's goal), in each language, by name.
   * The `placeholder` warning reports a field of any file that still holds one of them.
   */
  placeholders?: Readonly<Record<Lang, Readonly<Record<string, string>>>>;
  /** What to do after `new` wrote one: the next step for the author, in each language (or in English only). */
  next: string | Readonly<Record<Lang, string>>;
  /**
   * The rule of this kind's file names when it is not an id of format §1: a snapshot is named after a month
   * (`actuals/2026-09.mdx`). A name that breaks it is `invalid-id`, its message saying what the name must be.
   */
  fileId?: FileIdRule;
  /** Whether a scenario may change the kind's entities (format §7: `<kind>/<id>.<field>`); the playbook's index always may. */
  inScenarios?: boolean;
  /**
   * The unit a scenario's page shows the values of a numeric field in (`dealSize` → money), by the field's path in
   * the syntax of `references` (`stages.*.hours.{}`: the hours of any role in any stage). The other fields are shown
   * as written.
   */
  fieldUnits?: Readonly<Record<string, NumberKind>>;
  /**
   * Numbers of the kind's data that the model takes as figures of each entity, by key: quoted by `<Metric
   * of="<kind>.<id>.<key>">`, moved by scenarios and `what-if`, compared by `diff`, listed in the metric catalogue
   * (src/model/metric-catalogue.ts). The figures the model computes for segments, roles and processes are the
   * catalogue's own.
   */
  figures?: Readonly<Record<string, KindFigure>>;
}

/** A figure of the model: its unit (how every page and report writes it), its names and what it means, in each language. */
export interface FigureDefinition {
  unit: NumberKind;
  /** Its name on the pages and in the twins: a heading, a table's row or column (`Win rate`, `赢单率`). */
  label: Readonly<Record<Lang, string>>;
  /** Its name inside a sentence, lowercase in English (`diff`'s rows: "Segment `smb` win rate"). */
  term: Readonly<Record<Lang, string>>;
  /** What it is and how it is computed, in a sentence or two (the docs). */
  description: Readonly<Record<Lang, string>>;
}

/** A number of an entity's data that the model takes as a figure of the entity (`<Metric of="<kind>.<id>.<key>">`). */
export interface KindFigure extends FigureDefinition {
  /** Its value in an entity's data; null when the entity does not give one. */
  read(data: Record<string, unknown>): number | null;
}

/** A rule for file names other than ids. */
export interface FileIdRule {
  /** What the name must be, for the `invalid-id` message. */
  format: 'month';
  test(id: string): boolean;
}

/** Declares a kind, keeping its id as a literal type. */
export function defineKind<const Id extends string, S extends z.ZodType>(kind: KindDefinition<Id, S>): KindDefinition<Id, S> {
  return kind;
}
