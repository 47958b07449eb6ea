/**
 * English UI strings of the site's chrome and vocabulary: title, navigation, search and languages, the names of the
 * sections and kinds, and the enumerations (priority, buying motive, process type, offering kind, role function,
 * influence, RACI). One part of the dictionary that en.ts assembles.
 */
import { kindTitle } from '../../kinds/index.ts';

export const siteStrings = {
  siteTitle: 'Sales playbooks',
  siteDescription: 'Sales models as code: segments, offerings, processes, roles and the numbers they add up to.',
  skipToContent: 'Skip to content',
  menu: 'Menu',
  closeMenu: 'Close menu',
  mainNavigation: 'Site',
  playbookNavigation: 'Playbook sections',
  breadcrumbs: 'Breadcrumbs',
  pagination: 'Previous and next pages',
  previous: 'Previous',
  next: 'Next',
  editPage: 'Edit this page',
  lastUpdated: 'Last updated',
  allPlaybooks: 'All playbooks',
  docs: 'Documentation',
  search: 'Search',
  searchLabel: 'Search the playbooks',
  searchPlaceholder: 'Search…',
  /** Names of the search filters (Pagefind shows them above the values). */
  filterPlaybook: 'Playbook',
  filterKind: 'Kind',
  searchNoScript: 'Search needs JavaScript. Every page is also reachable from the navigation.',
  searchHint: 'The search index is written by the production build (npm run build), so search does not work in the development server.',
  languageNames: { en: 'English', 'zh-CN': 'Simplified Chinese' },
  language: 'Language',
  notes: 'Notes',
  none: 'None',

  // Sections and kinds (the kinds' names are the registry's).
  overview: 'Sales model',
  segments: kindTitle('segments', 'en', 'many'),
  segment: kindTitle('segments', 'en'),
  offerings: kindTitle('offerings', 'en', 'many'),
  offering: kindTitle('offerings', 'en'),
  processes: kindTitle('processes', 'en', 'many'),
  process: kindTitle('processes', 'en'),
  roles: kindTitle('roles', 'en', 'many'),
  role: kindTitle('roles', 'en'),
  matrix: 'Team-role matrix',
  metrics: 'Metrics',
  stage: 'Stage',
  stages: 'Stages',
  playbook: 'Playbook',

  // Enumerations.
  priority: {
    strategic: 'Strategic high ground',
    core: 'Core',
    opportunistic: 'Opportunistic',
  },
  motive: {
    'price-performance': 'Price-performance',
    'value-realization': 'Value realisation',
    partnership: 'Partnership',
  },
  processType: {
    transactional: 'Transactional',
    solution: 'Solution',
    'key-account': 'Key account',
  },
  processTypeExplanation: {
    transactional: 'Many small, quick deals: the buyer knows what they need and compares offers on price and performance.',
    solution: 'Fewer, larger deals: we diagnose the customer’s problem and prove the value of a tailored solution.',
    'key-account': 'A lasting organisation-to-organisation relationship: our executives mirror theirs and we plan the account together.',
  },
  offeringKind: { product: 'Product', service: 'Service', bundle: 'Bundle' },
  roleFunction: {
    sales: 'Sales',
    telesales: 'Telesales',
    presales: 'Presales',
    executive: 'Executive',
    service: 'Service',
    other: 'Other',
  },
  influence: { economic: 'Economic buyer', technical: 'Technical buyer', user: 'User', coach: 'Coach' },
  raci: {
    R: 'Responsible: does the work',
    A: 'Accountable: owns the outcome and signs off',
    C: 'Consulted: gives input before the decision',
    I: 'Informed: is kept up to date',
    AR: 'Accountable and responsible',
  },
};
