/**
 * A property over random bodies from a grammar of Markdown, GFM, HTML and MDX
 * constructs (test/support/body-grammar.ts): each is checked AND rendered, and
 * the check passes exactly the bodies the render renders, its shortcuts answer
 * as the full analysis, and a broken body costs at most a bounded number of
 * parses of its size (test/support/body-property.ts).
 *
 * A short seeded run here; `node_modules/.bin/node scripts/soak-bodies.ts`
 * runs the same property for as long as one likes, with random seeds, and
 * reports the slowest bodies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodies, longBodies } from '../support/body-grammar.ts';
import { holdsFor } from '../support/body-property.ts';

describe('check ⇔ render, on random bodies', () => {
  it('holds for bodies of every construct, valid or broken', async () => {
    let rendered = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const outcome = await holdsFor(body);
        if (outcome.rendered) rendered++;
        else refused++;
      }),
      { numRuns: 100, seed: 20261207 },
    );
    // Both sides of the property were met.
    expect(rendered).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it('holds for long bodies, where the bounds are met', async () => {
    await fc.assert(
      fc.asyncProperty(longBodies, async (body) => {
        await holdsFor(body);
      }),
      { numRuns: 10, seed: 7 },
    );
  });
});
