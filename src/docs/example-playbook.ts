/**
 * The example playbook of the diagnostics page: a valid playbook (EXAMPLE_BASE)
 * that every worked example (src/docs/diagnostic-examples.ts) changes, what an
 * example is, and the helpers that write an example's files over the playbook.
 */
import type { Code } from '../diagnostics/codes.ts';

/** Path of the example playbook inside the project root. */
export const EXAMPLE_DIR = 'playbooks/acme';

/** A valid playbook, without a single diagnostic: the starting point of every example. */
export const EXAMPLE_BASE: Readonly<Record<string, string>> = {
  [`${EXAMPLE_DIR}/index.mdx`]: `---
title: Acme sales model
summary: How Acme sells its scheduling software to small businesses and to a few large partners.
goals:
  coverage: 0.8
  winRate: 0.2
---
`,
  [`${EXAMPLE_DIR}/segments/smb.mdx`]: `---
title: Small businesses
summary: Owner-led companies that buy on price and want to be up and running today.
priority: core
motive: price-performance
criteria:
  employees: { max: 50 }
buyingCriteria: [price, ease of use]
accounts: 200
opportunityRate: 0.5
dealSize: 2000
offerings: [starter]
process: quick
coverage:
  owner: rep
  touchesPerYear: 2
  hoursPerTouch: 0.5
---
`,
  [`${EXAMPLE_DIR}/segments/enterprise.mdx`]: `---
title: Enterprise partners
summary: Large groups that want a long-term scheduling partner across all their sites.
priority: strategic
motive: partnership
criteria:
  employees: { min: 1000 }
buyingCriteria: [reliability, roadmap influence, executive access]
accounts: 10
opportunityRate: 0.3
dealSize: 100000
offerings: [platform]
process: key-account
coverage:
  owner: rep
  touchesPerYear: 12
  hoursPerTouch: 2
buyingCenter:
  - { influence: economic, function: CEO }
---
`,
  [`${EXAMPLE_DIR}/offerings/starter.mdx`]: `---
title: Starter plan
summary: The self-serve plan, priced per seat.
kind: product
motives: [price-performance]
---
`,
  [`${EXAMPLE_DIR}/offerings/platform.mdx`]: `---
title: Enterprise platform
summary: The platform with single sign-on, a roadmap council and a named team.
kind: product
motives: [partnership, value-realization]
---
`,
  [`${EXAMPLE_DIR}/processes/quick.mdx`]: `---
title: Quick sale
summary: Qualify on the first call, quote on the second.
type: transactional
stages:
  - id: qualify
    title: Qualify
    goal: Confirm need, budget and timing.
    exitCriteria: [Budget confirmed]
    days: 3
    conversion: 0.5
    raci: { rep: AR }
    hours: { rep: 1 }
  - id: close
    title: Close
    goal: Send the quote and get it signed.
    exitCriteria: [Order signed]
    days: 7
    conversion: 0.5
    raci: { rep: AR }
    hours: { rep: 2 }
---
`,
  [`${EXAMPLE_DIR}/processes/key-account.mdx`]: `---
title: Key-account sale
summary: A joint plan with the customer's leadership, then a multi-year agreement.
type: key-account
stages:
  - id: plan
    title: Joint plan
    goal: Agree on the goals of the partnership with the customer's CEO.
    exitCriteria: [Joint plan signed off by both CEOs]
    days: 30
    conversion: 0.6
    raci: { rep: AR, ceo: C }
    hours: { rep: 10, ceo: 2 }
  - id: commit
    title: Commit
    goal: Sign the multi-year agreement.
    exitCriteria: [Agreement signed]
    days: 60
    conversion: 0.6
    raci: { rep: R, ceo: A }
    hours: { rep: 20, ceo: 4 }
---
`,
  [`${EXAMPLE_DIR}/roles/rep.mdx`]: `---
title: Account executive
summary: Owns every deal end to end and keeps in touch with every account.
function: sales
headcount: 2
---
`,
  [`${EXAMPLE_DIR}/roles/ceo.mdx`]: `---
title: Chief executive
summary: Meets the CEOs of the enterprise partners and signs the agreements.
function: executive
headcount: 0.1
counterparts: [CEO]
---
`,
};

export interface DiagnosticExample {
  code: Code;
  /** What the author changed, one sentence. */
  change: string;
  /** Files written over EXAMPLE_BASE (full contents), by path from the project root; shown on the page. */
  files: Record<string, string>;
  /** The file the diagnostic is reported in (not always the changed one). */
  file: string;
}

/** A base file with one piece of text replaced; throws when the text is not there, so examples stay real. */
export function edit(name: string, from: string, to: string): Record<string, string> {
  const path = `${EXAMPLE_DIR}/${name}`;
  const base = EXAMPLE_BASE[path];
  if (base === undefined) throw new Error(`No example base file ${path}.`);
  if (!base.includes(from)) throw new Error(`Example base file ${path} does not contain ${JSON.stringify(from)}.`);
  return { [path]: base.replace(from, to) };
}

export const at = (name: string) => `${EXAMPLE_DIR}/${name}`;

/** A snapshot of the example playbook (format §10) with the small-business counts given, for the actuals examples. */
export function snapshot(month: string, from: string, to: string, smb: string): Record<string, string> {
  return { [at(`actuals/${month}.mdx`)]: `---\ntitle: Actuals to ${month}\nperiod:\n  from: ${from}\n  to: ${to}\nsegments:\n  smb:\n${smb}---\n` };
}

/** The example playbook after an example's change. */
export function exampleTree(example: DiagnosticExample): Record<string, string> {
  return { ...EXAMPLE_BASE, ...example.files };
}
