import { byId } from '../../model/graph.ts';
import { entityLink, offeringsIncluding, segmentsUsingOffering, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { type EntityHeader, entityHeader, fileWarnings, type Warning } from './shared.ts';

export interface OfferingView extends EntityHeader {
  kind: string;
  motives: string[];
  includes: (EntityLink & { kind: string })[];
  includedIn: EntityLink[];
  /** Backlinks: segments that use the offering, directly or through an offering that includes it. */
  segments: { segment: EntityLink; via: EntityLink | null }[];
  warnings: Warning[];
}

/** An offering page. */
export function offeringView(site: Site, playbookId: string | undefined, id: string | undefined): OfferingView {
  const pb = findPlaybook(site, playbookId);
  const offering = byId(pb.graph.offerings, id ?? '');
  if (!offering) throw new Error(`There is no offering \`${String(id)}\` in playbook \`${pb.id}\`.`);
  const { t } = pb;
  const o = offering.data;
  return {
    ...entityHeader(site, pb, 'offerings', offering),
    kind: t.offeringKind[o.kind],
    motives: o.motives.map((m) => t.motive[m]),
    includes: (o.includes ?? []).map((inner) => {
      const found = byId(pb.graph.offerings, inner);
      return { ...entityLink(site, pb, 'offerings', inner), kind: found ? t.offeringKind[found.data.kind] : '' };
    }),
    includedIn: offeringsIncluding(pb, offering.id).map((outer) => entityLink(site, pb, 'offerings', outer.id)),
    segments: segmentsUsingOffering(pb, offering.id).map(({ segment, via }) => ({
      segment: entityLink(site, pb, 'segments', segment.id),
      via: via ? entityLink(site, pb, 'offerings', via) : null,
    })),
    warnings: fileWarnings(pb, offering.file, site),
  };
}
