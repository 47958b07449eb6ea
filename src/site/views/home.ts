import { ui, type Lang } from '../../i18n/index.ts';
import { siteChrome, type PageChrome } from '../chrome.ts';
import { formatter } from '../../format/numbers.ts';
import type { Site } from '../site.ts';
import { isBelow } from './shared.ts';

/** A playbook on the home page. Texts are in the playbook's language, figures in English. */
export interface PlaybookCard {
  id: string;
  href: string;
  /** Language of the title and summary (for the `lang` attribute). */
  lang: Lang;
  langLabel: string;
  title: string;
  summary: string;
  segmentCount: string;
  figures: { label: string; computed: string; goal: string; meets: boolean; verdict: string }[];
}

export interface HomeView {
  chrome: PageChrome;
  heading: string;
  intro: string;
  cards: PlaybookCard[];
  docs: { label: string; href: string };
}

/** The home page: every playbook as a card. */
export function homeView(site: Site): HomeView {
  const t = ui('en');
  const fmt = formatter('en');
  return {
    chrome: siteChrome(site, { kind: 'home', title: t.siteTitle }),
    heading: t.siteTitle,
    intro: t.playbooksIntro,
    docs: { label: t.docs, href: site.paths.docs() },
    cards: site.playbooks.map((pb) => {
      const { title, summary, goals } = pb.graph.index.data;
      const figure = (label: string, computed: number, goal: number) => {
        const meets = !isBelow(computed, goal);
        return { label, computed: fmt.percent(computed), goal: fmt.percent(goal), meets, verdict: meets ? t.meetsGoal : t.belowGoal };
      };
      return {
        id: pb.id,
        href: site.paths.playbook(pb.id),
        lang: pb.lang,
        langLabel: t.languageNames[pb.lang],
        title,
        summary,
        segmentCount: t.segmentCount(pb.graph.segments.length),
        figures: [figure(t.coverage, pb.metrics.coverage, goals.coverage), figure(t.winRate, pb.metrics.winRate, goals.winRate)],
      };
    }),
  };
}
