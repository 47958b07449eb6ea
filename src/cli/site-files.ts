/**
 * The files `new site` writes besides the starter playbook: everything a
 * team's site holds of its own — its package.json, config, content config,
 * workflows, .gitignore and README — and nothing of the engine's.
 */
import type { Lang } from '../i18n/index.ts';

export interface SiteSpec {
  /** The npm package name of the site (from its folder). */
  name: string;
  title: string;
  lang: Lang;
  /** The starter playbook's id. */
  playbook: string;
  /** The engine's package name and the spec the site depends on it with. */
  engine: { name: string; spec: string };
  /** The range of Node.js (the `node` package) the engine was made with. */
  node: string;
}

export function packageJson(site: SiteSpec): string {
  const manifest = {
    name: site.name,
    private: true,
    type: 'module',
    scripts: {
      dev: 'playbook dev',
      build: 'playbook build',
      preview: 'playbook preview',
      check: 'playbook check',
      playbook: 'playbook',
    },
    // The engine brings the Astro it was made with: upgrading the engine upgrades Astro with it.
    dependencies: { [site.engine.name]: site.engine.spec },
    // Node.js 22 for the scripts, whatever Node.js the machine has: `npm run` puts this one first on the PATH.
    devDependencies: { node: site.node },
    // npm 11 runs a package's install script only when it is allowed: `node` downloads Node.js 22, esbuild its binary.
    allowScripts: { node: true, esbuild: true },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function astroConfig(site: SiteSpec): string {
  return `// @ts-check
import salesPlaybook, { defineConfig } from '${site.engine.name}';

export default defineConfig({
  // The site's address and the path it is served under: set by .github/workflows/deploy.yml (or your host).
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  integrations: [
    salesPlaybook({
      // The site's name: one text, or one per language: { en: '…', 'zh-CN': '…' }.
      title: ${JSON.stringify(site.title)},
      // The language of the home page, of the pages outside the playbooks and of the 404 page: 'en' or 'zh-CN'.
      lang: '${site.lang}',
      // "Edit this page" on every playbook page; {path} is the file's path in the repository.
      // editLink: 'https://github.com/<owner>/<repository>/edit/main/{path}',
      // The engine's guides (writing a playbook, the metrics and their formulas…) under /docs/.
      guides: true,
      // Your own stylesheets, after the site's: colours, fonts served from public/ (the variables: the engine's src/styles/theme.css).
      // customCss: ['./src/styles/brand.css'],
    }),
  ],
});
`;
}

export function contentConfig(site: SiteSpec): string {
  return `import { playbookCollections } from '${site.engine.name}/content';

export const collections = playbookCollections();
`;
}

export const TSCONFIG = `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', 'src'], exclude: ['dist'] }, null, 2)}\n`;

export const GITIGNORE = `node_modules/
dist/
.astro/
# PDFs made by \`npm run playbook -- pdf <playbook>\`: copies of the playbooks, not sources.
pdf/
`;

export const VSCODE_SETTINGS = `${JSON.stringify(
  { 'astro.content-intellisense': true, 'files.associations': { '*.mdx': 'mdx' } },
  null,
  2,
)}\n`;

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['astro-build.astro-vscode'] }, null, 2)}\n`;

/** On pull requests: the playbooks checked (annotations on the changed lines), what the change does to the numbers, the site built. */
export const CHECK_WORKFLOW = `# On every pull request: every problem of the playbooks as an annotation on its line, what the change does to
# the numbers (coverage, win rate, load, people, money) in the job summary, and the site built.
name: Check the playbooks
on:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the report compares with the base branch
      - run: npm ci
      - name: Check (annotations on the changed lines)
        run: npm run -s playbook -- check --format github
      - name: What the change does to the numbers (job summary)
        if: always()
        run: npm run -s playbook -- diff "origin/\${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"
      - name: Build
        run: npm run build
`;

/** On main: the site built under the repository's path and published to GitHub Pages. */
export const DEPLOY_WORKFLOW = `# On main: build the site and publish it to GitHub Pages (Settings → Pages → Source: GitHub Actions).
name: Deploy to GitHub Pages
on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # full history: each page shows when its file last changed
      - run: npm ci
      - run: npm run build
        env:
          # The repository's variables BASE_PATH and SITE_URL (Settings → Secrets and variables → Actions →
          # Variables) override these defaults, e.g. for a custom domain served at /.
          BASE_PATH: \${{ vars.BASE_PATH || format('/{0}/', github.event.repository.name) }}
          SITE_URL: \${{ vars.SITE_URL || format('https://{0}.github.io', github.repository_owner) }}
          EDIT_URL_BASE: \${{ github.server_url }}/\${{ github.repository }}/edit/\${{ github.ref_name }}/
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;

export function readme(site: SiteSpec): string {
  if (site.lang === 'zh-CN') {
    return `# ${site.title}

我们的销售作战手册：目标客群、产品与服务、销售流程和团队职能，每个文件一个部分，用拉取请求（pull request）来评审修改。

## 两条命令

\`\`\`sh
npm install && npm run dev     # 在本机打开网站（http://localhost:4321/），每次保存都会重新检查
npm run check                  # 列出手册中的每个问题，精确到文件、行和列
\`\`\`

本机的 Node.js 是 20 也没关系：\`npm install\` 会从 npm 仓库带来 Node.js 22，\`npm run …\` 的每条命令都用它。在 Node.js 20 上安装时出现的 EBADENGINE 警告可以忽略，原因同上。

## 文件在哪里

- \`playbooks/${site.playbook}/\`：手册本身。\`index.mdx\` 是总览，\`segments/\`、\`offerings/\`、\`processes/\`、\`roles/\`、\`scenarios/\` 各放一类文件。
- \`astro.config.mjs\`：网站名称、语言和选项。
- \`.github/workflows/\`：拉取请求上的检查，以及合并到 main 后发布到 GitHub Pages。

新建文件：\`npm run playbook -- new segment ${site.playbook}/<id>\`（还有 offering、process、role、scenario）。打印成 PDF：\`npm run playbook -- pdf ${site.playbook}\`（写到 \`pdf/\`）。

## 升级

\`npm install ${site.engine.name}@latest\`：只有 \`package.json\` 和 \`package-lock.json\` 会变，你的文件一个都不会动。

更多说明见网站的 /zh-cn/docs/（编写手册、指标与公式、部署）。
`;
  }
  return `# ${site.title}

Our sales playbooks: target segments, offerings, sales processes and team roles, a file each, reviewed in pull requests.

## Two commands

\`\`\`sh
npm install && npm run dev     # the site on your machine (http://localhost:4321/), checked again on every save
npm run check                  # every problem of the playbooks, at its file, line and column
\`\`\`

Node.js 20 on your machine is fine: \`npm install\` brings Node.js 22 from the npm registry and every \`npm run …\` uses it. The EBADENGINE warnings \`npm install\` prints on Node.js 20 are harmless for the same reason.

## Where things are

- \`playbooks/${site.playbook}/\`: the playbook. \`index.mdx\` is its overview; \`segments/\`, \`offerings/\`, \`processes/\`, \`roles/\` and \`scenarios/\` hold a file each.
- \`astro.config.mjs\`: the site's name, language and options.
- \`.github/workflows/\`: the check on pull requests, and the deployment to GitHub Pages from main.

New files: \`npm run playbook -- new segment ${site.playbook}/<id>\` (also offering, process, role, scenario). A PDF: \`npm run playbook -- pdf ${site.playbook}\` (into \`pdf/\`).

## Upgrading

\`npm install ${site.engine.name}@latest\`: only \`package.json\` and \`package-lock.json\` change; none of your files is touched.

More in the site's /docs/ (writing a playbook, the metrics and their formulas, deploying).
`;
}
