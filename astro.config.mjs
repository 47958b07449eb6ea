// @ts-check
// This repository's own site: the engine's documentation and its two example playbooks, built through the engine's
// integration exactly as a team's site is (a site made by `playbook new site` has the same file).
import salesPlaybook, { defineConfig } from 'sales-playbook';

export default defineConfig({
  // The site's absolute URL (canonical links, sitemap, the playbooks' RSS feeds) and the path it is served under,
  // from the deployment (.github/workflows/deploy.yml sets both from the repository's variables).
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  integrations: [salesPlaybook({ title: { en: 'Sales playbooks', 'zh-CN': '销售作战手册' }, lang: 'en' })],
});
