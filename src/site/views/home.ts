import { LANGS, ui, type Lang } from '../../i18n/index.ts';
import { siteChrome, type PageChrome } from '../navigation.ts';
import { formatter } from '../../format/numbers.ts';
import type { Site } from '../site.ts';
import { isBelow } from './shared.ts';

/** A playbook on the home page. Its title and summary are in the playbook's language, the rest in the page's. */
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

/** The home page of a language (`/`, `/zh-cn/`): every playbook, whatever its language, as a card. */
export function homeView(site: Site, lang: Lang = site.lang): HomeView {
  const t = ui(lang);
  const fmt = formatter(lang);
  const alternates = Object.fromEntries(LANGS.map((l) => [l, site.paths.home(l)]));
  return {
    chrome: siteChrome(site, { kind: 'home', title: site.title(lang), lang, alternates }),
    heading: site.title(lang),
    intro: t.playbooksIntro,
    docs: { label: t.docs, href: site.paths.docs(undefined, lang) },
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
