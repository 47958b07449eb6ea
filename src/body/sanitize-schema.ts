/**
 * The sanitizer's schema for bodies: GitHub's allow-list (hast-util-sanitize's
 * `defaultSchema`) with NO allowance added.
 *
 * Our components do not need one: the renderer hands them to the sanitizer
 * as plain `<div>`/`<span>` placeholders marked in their hast `data` (which
 * raw HTML cannot set), and gives them their real element, classes and title
 * only after the sanitizer (render.ts). So a raw `<aside class="callout">`
 * or `<span class="metric">` in a body stays what GitHub makes of it (no
 * `<aside>`, no class): an author cannot forge a model number.
 *
 * Two changes make the schema stricter: elements whose content a browser
 * never shows as page text (`<style>`, `<template>`, `<title>`…) are dropped
 * with their content, as `<script>` is, rather than unwrapped into prose; and
 * a few attributes are never kept (NEVER_KEPT).
 *
 * Also here: how a literal attribute of HTML written as JSX becomes a hast
 * property (`class` → `className`, `colspan` → `colSpan`), for exactly the
 * properties this schema can keep.
 */
import type { Properties } from 'hast';
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** The prefix the sanitizer puts on every `id` and `name` (against DOM clobbering). */
export const CLOBBER_PREFIX: string = defaultSchema.clobberPrefix ?? 'user-content-';

const NEVER_SHOWN = ['script', 'style', 'template', 'title', 'iframe', 'noembed', 'noframes'];

/**
 * Attributes GitHub's schema allows that a body must not have: `srcSet` (a
 * list of URLs whose protocols the sanitizer does not check: a `data:` image
 * would get through), `tabIndex` and `accessKey` (a body's element would take
 * the page's first Tab stop, before the skip link).
 */
const NEVER_KEPT = new Set(['srcSet', 'tabIndex', 'accessKey']);

const attributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([element, list]) => [
    element,
    list.filter((definition) => !NEVER_KEPT.has(typeof definition === 'string' ? definition : definition[0])),
  ]),
);

export const BODY_SCHEMA: Readonly<Schema> = Object.freeze({
  ...defaultSchema,
  attributes,
  clobberPrefix: CLOBBER_PREFIX,
  strip: [...new Set([...(defaultSchema.strip ?? []), ...NEVER_SHOWN])],
});

const normalize = (name: string) => name.toLowerCase().replace(/[-:_]/g, '');

/** Normalised HTML/JSX attribute name → hast property name, for every property the schema allows on some element. */
const PROPERTIES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const definitions of Object.values(BODY_SCHEMA.attributes ?? {})) {
    for (const definition of definitions) {
      const name = typeof definition === 'string' ? definition : definition[0];
      if (name !== 'data*') map.set(normalize(name), name);
    }
  }
  map.set('class', 'className');
  map.set('for', 'htmlFor');
  return map;
})();

/**
 * The hast properties of an HTML element's literal attributes (`value` null
 * for a boolean attribute: `<details open>`). Attributes the schema would
 * drop anyway (`style`, `onclick`…) are left out here already.
 */
export function htmlProperties(attributes: readonly { name: string; value: string | null }[]): Properties {
  const properties: Properties = {};
  for (const { name, value } of attributes) {
    const property = PROPERTIES.get(normalize(name));
    if (!property) continue;
    if (value === null) properties[property] = true;
    else if (property === 'className') properties[property] = value.split(/[ \t\n\f\r]+/).filter(Boolean);
    else properties[property] = value;
  }
  return properties;
}
