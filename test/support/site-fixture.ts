/**
 * The site of test/fixtures/site, as the view tests see it (one file per view
 * module: test/site-view-*.test.ts).
 *
 * The fixture's numbers, by hand from format §4:
 * enterprise: O = 100 × 0.2 = 20; D_ae = 20 × (1 × 4 + 0.5 × 2) = 100; D_se = 20 × (1 × 2 + 0.5 × 10) = 140; C = 100 × 4 × 1 = 400.
 * smb: O = 1000; D_ae = 1000 × 1 = 1000; C = 1000 × 1 × 0.5 = 500.
 * ae: H = 2000, A = 1 × 1000 → load 200%, f = 0.5, FTE 2. se: H = 140, A = 500 → load 28%. exec: H = 0.
 * κ = 0.5 for both segments; W_enterprise = 0.25, W_smb = 0.4; E = 2.5 + 200; W = 202.5 / (10 + 500).
 * Velocity (v1.1, ÷ 365): enterprise 20 × 0.5 × 50,000 × 0.25 / 365 = $342; smb 1000 × 0.5 × 1,000 × 0.4 / 365 = $548.
 */
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite } from '../../src/site/index.ts';

export const SITE_ROOT = 'test/fixtures/site';

export function fixtureSite() {
  return createSite(checkProject(SITE_ROOT), { base: '/sub/', editUrlBase: 'https://example.com/repo/edit/main/' });
}
