// @ts-check
// The config of the test sites (test/fixtures/*/ and the temporary sites of the build and dev tests): a team's site
// as `new site` makes it — the engine's integration — with its own playbooks/ and content/, without the engine's
// guides (their content/ is the docs), and with the engine's src/ as its srcDir, for src/content.config.ts.
import { fileURLToPath } from 'node:url';
import salesPlaybook, { defineConfig } from '../../src/integration/index.ts';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  srcDir: fileURLToPath(new URL('../../src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../public/', import.meta.url)),
  integrations: [salesPlaybook({ title: { en: 'Sales playbooks', 'zh-CN': '销售作战手册' }, guides: false })],
});
