/**
 * English UI strings of the book of a playbook (format §6): its page and its PDF, the Markdown twins of the pages and
 * /llms.txt. One part of the dictionary that en.ts assembles.
 */
import { metricLabel } from '../../model/metric-catalogue.ts';

export const bookStrings = {
  // The book of a playbook (format §6, `/<pb>/book/`), its PDF, the Markdown twins of the pages and /llms.txt.
  book: {
    /** The link to the book in the playbook's navigation. */
    nav: 'Whole playbook (print)',
    title: 'Book',
    /** The book's `<title>`, also the PDF's title. */
    documentTitle: (playbook: string) => `${playbook} — the whole playbook`,
    eyebrow: 'Sales playbook',
    intro: 'Everything in this playbook on one page, in reading order: print it, or save it as a PDF.',
    /** Before the command that prints the book to PDF (shown on screen, not printed). */
    pdfHint: 'For a PDF with page numbers: ',
    contents: 'Contents',
    /** The PDF's page footer; the arguments are markup that Chromium fills in. */
    pageFooter: (page: string, total: string) => `Page ${page} of ${total}`,
    /** The Markdown twins: the file's fields (named as in the format) and what the model computes from them. */
    fields: 'Fields',
    field: 'Field',
    value: 'Value',
    figures: 'Computed figures',
    figure: 'Figure',
    wholePlaybook: 'The whole playbook',
    coveredAccounts: metricLabel('coveredAccounts', 'en'),
    openPipeline: metricLabel('openPipeline', 'en'),
    pipelineValue: metricLabel('pipelineValue', 'en'),
    baseline: 'Baseline',
    changes: 'Changes',
    months: (n: number) => (n === 1 ? '1 month' : `${n} months`),
    /** Before a warning that a scenario clears or adds. */
    cleared: 'Cleared:',
    added: 'Added:',
    /** /llms.txt (in the site's language, English). */
    llms: {
      intro:
        'Each playbook is one sales model: its target segments, offerings, sales processes and team roles, and the coverage, capacity and win rate they add up to.',
      markdown:
        'Every page of a playbook has a Markdown version at its address followed by `index.md`. The links below go to each playbook’s whole book in Markdown, and to the guides.',
      playbooks: 'Playbooks',
      docs: 'Docs',
    },
  },
};
