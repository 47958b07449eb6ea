import { byId } from '../../model/graph.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { accountableRoleIds, entityLink, own, responsibleRoleIds, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { realityCheck } from './actuals.ts';
import { leaderSummary, type LeaderSummary } from './leader.ts';
import { isBelow, links, priorityBadge, processTypeBadge, type Badge } from './shared.ts';

/** One segment's line through the sales model: segment → offerings → process → roles. */
export interface ModelRow {
  segment: EntityLink;
  priority: Badge;
  motive: string;
  offerings: EntityLink[];
  process: EntityLink;
  processType: Badge | null;
  accountable: EntityLink[];
  responsible: EntityLink[];
  coverage: string;
  coverageBelow: boolean;
  winRate: string;
  winRateBelow: boolean;
}

export interface OverviewView {
  chrome: PageChrome;
  /** Content collection entry of the body (`playbooks` collection). */
  entryId: string;
  hasBody: boolean;
  title: string;
  summary: string;
  /** The answers first: coverage, win rate, bookings, the bottleneck, the next hire and what to do. */
  leader: LeaderSummary;
  facts: { label: string; value: string }[];
  rows: ModelRow[];
  /** v1.2: how many assumptions drift from the latest snapshot, how old it is, and the model at measured rates; null without a snapshot. */
  reality: { label: string; text: string; href: string; linkText: string } | null;
}

/** The playbook overview: the leader's summary, then the sales model at a glance. */
export function overviewView(site: Site, playbookId: string | undefined): OverviewView {
  const pb = findPlaybook(site, playbookId);
  const { t, fmt } = pb;
  const index = pb.graph.index;
  const { title, summary, owner, lang } = index.data;
  const goals = index.data.goals;
  const rows = pb.segments.map((s): ModelRow => {
    const process = byId(pb.graph.processes, s.data.process);
    const m = own(pb.metrics.segments, s.id);
    const coverage = m?.coverage ?? 0;
    const winRate = m?.winRate ?? 0;
    return {
      segment: entityLink(site, pb, 'segments', s.id),
      priority: priorityBadge(pb, s.data.priority),
      motive: t.motive[s.data.motive],
      offerings: links(site, pb, 'offerings', s.data.offerings),
      process: entityLink(site, pb, 'processes', s.data.process),
      processType: process ? processTypeBadge(pb, process.data.type) : null,
      accountable: process ? links(site, pb, 'roles', accountableRoleIds(process.data)) : [],
      responsible: process ? links(site, pb, 'roles', responsibleRoleIds(process.data)) : [],
      coverage: fmt.percent(coverage),
      coverageBelow: isBelow(coverage, goals.coverage),
      winRate: fmt.percent(winRate),
      winRateBelow: isBelow(winRate, goals.winRate),
    };
  });
  const facts = [
    ...(owner ? [{ label: t.owner, value: owner }] : []),
    { label: t.language, value: t.languageNames[lang] },
    { label: t.currency, value: fmt.currencyName() },
  ];
  return {
    // The overview draws on every file of the playbook: its last change is the newest of them all.
    chrome: playbookChrome(site, pb, { kind: 'overview', title, description: summary, file: index.file, sources: pb.files }),
    entryId: pb.id,
    hasBody: index.body.trim() !== '',
    title,
    summary,
    leader: leaderSummary(site, pb, 'overview'),
    facts,
    rows,
    reality: pb.actuals ? { label: t.actuals.realityLabel, text: realityCheck(site, pb) ?? '', href: site.paths.actuals(pb.id), linkText: t.actuals.seeActuals } : null,
  };
}
