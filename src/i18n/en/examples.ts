/**
 * English UI strings of the docs' quotes of the example playbooks: what a page says in place of an example that the
 * site does not include. One part of the dictionary that en.ts assembles.
 */

export const exampleStrings = {
  // The docs' quotes of the example playbooks (src/components/docs/FromExample.astro): what a page says in place of
  // the part about an example that the site does not include (a team that dropped the examples).
  examples: {
    leftOut: (ids: readonly string[]) =>
      `This part of the page illustrates the idea with the example playbook${ids.length === 1 ? '' : 's'} ${ids.join(' and ')}, which this site does not include.`,
  },
};
