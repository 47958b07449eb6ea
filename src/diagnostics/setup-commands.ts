/**
 * The setup and usage problems that belong to one command: new, what-if, pdf,
 * diff's git and actuals import. The catalogue (setup.ts) spreads them in
 * after the problems every command shares.
 */
import { ID_REASON_HINTS, ID_REASONS, type IdReason } from './messages/files.ts';
import { setupMessage, tick, ticks } from './setup-define.ts';

export const COMMAND_MESSAGES = {
  // --- new ------------------------------------------------------------------------------------------------------------
  'new-kind': setupMessage<{ kinds: readonly string[]; kind: string }>({
    en: (p) => `new: the kind must be one of ${p.kinds.join(', ')}, not ${tick(p.kind)}.`,
    'zh-CN': (p) => `new：类别只能是 ${p.kinds.join('、')} 之一，现在是 ${tick(p.kind)}。`,
  }),
  'new-lang-not-playbook': setupMessage<{ kind: string }>({
    en: (p) => `new: --lang is for \`new playbook\`; a new ${p.kind} is written in the language of its playbook (the \`lang\` of its index.mdx).`,
    'zh-CN': () => `new：--lang 只用于 \`new playbook\`；其他文件一律使用所属销售手册的语言（其 index.mdx 中的 \`lang\`）。`,
  }),
  'new-type-not-process': setupMessage<{ kind: string }>({
    en: (p) => `new: --type is for \`new process\` (the process type), not for a new ${p.kind}.`,
    'zh-CN': () => `new：--type 只用于 \`new process\`（销售流程的类型）。`,
  }),
  'new-target': setupMessage<{ entity: boolean; target: string }>({
    en: (p) => `new: the target must be ${p.entity ? '`<playbook>/<id>`, e.g. `acme/mid-market`' : 'a playbook id, e.g. `acme`'}, not ${tick(p.target)}.`,
    'zh-CN': (p) => `new：目标应写成${p.entity ? ' `<销售手册>/<id>`，例如 `acme/mid-market`' : '销售手册的 id，例如 `acme`'}，现在是 ${tick(p.target)}。`,
  }),
  'new-invalid-id': setupMessage<{ id: string; suggestion?: string; reason?: IdReason; max?: number }>({
    en: (p) =>
      p.reason
        ? `new: ${ID_REASONS.en[p.reason](p.id, tick, p.max ?? 0)}. Nothing was written. ${ID_REASON_HINTS.en[p.reason](p.id, tick)}`
        : `new: ${tick(p.id)} is not a valid id, and ids become file names, URLs and references. Use lowercase letters and digits in words joined by single hyphens, e.g. ${tick(p.suggestion ?? 'mid-market')}.`,
    'zh-CN': (p) =>
      p.reason
        ? `new：${ID_REASONS['zh-CN'][p.reason](p.id, tick, p.max ?? 0)}。没有写入任何文件。${ID_REASON_HINTS['zh-CN'][p.reason](p.id, tick)}`
        : `new：${tick(p.id)} 不是合法的 id，而 id 会成为文件名、网址和引用。请用单个连字符连接的小写字母和数字${p.suggestion ? `，例如 ${tick(p.suggestion)}` : '（例如 `mid-market`；中文名称写在文件的 `title` 里）'}。`,
  }),
  'new-reserved-id': setupMessage<{ id: string; reserved: readonly string[] }>({
    en: (p) =>
      `new: ${tick(p.id)} is the address of one of the site's own pages (/${p.id}/), so a playbook cannot have it as its id; nothing was written. Choose another id (the reserved ones are ${ticks(p.reserved, ', ')}).`,
    'zh-CN': (p) => `new：${tick(p.id)} 与网站自身页面的地址（/${p.id}/）重名，不能用作销售手册的 id；没有写入任何文件。请换一个 id（被占用的有：${ticks(p.reserved, '、')}）。`,
  }),
  'new-index-folder': setupMessage<{ dir: string; playbook: string }>({
    en: (p) =>
      `${p.dir}/index.mdx is a folder, but a playbook file is expected there; nothing was written. Remove the folder or rename it, then create the playbook with \`npm run playbook -- new playbook ${p.playbook}\`.`,
    'zh-CN': (p) => `${p.dir}/index.mdx 是一个文件夹，但这里应当是销售手册文件；没有写入任何文件。请删除或重命名这个文件夹，再用 \`npm run playbook -- new playbook ${p.playbook}\` 新建销售手册。`,
  }),
  'new-no-playbook': setupMessage<{ dir: string; playbook: string; playbooks: readonly string[] }>({
    en: (p) =>
      `There is no playbook ${tick(p.playbook)} (no ${p.dir}/index.mdx); nothing was written. ${
        p.playbooks.length ? `Existing playbooks: ${ticks(p.playbooks, ', ')}.` : 'The project has no playbook yet.'
      } Create it with \`npm run playbook -- new playbook ${p.playbook}\`, or fix the name.`,
    'zh-CN': (p) =>
      `没有销售手册 ${tick(p.playbook)}（找不到 ${p.dir}/index.mdx），没有写入任何文件。${
        p.playbooks.length ? `现有的销售手册：${ticks(p.playbooks, '、')}。` : '这个项目还没有销售手册。'
      }请用 \`npm run playbook -- new playbook ${p.playbook}\` 新建，或改正名称。`,
  }),

  // --- what-if --------------------------------------------------------------------------------------------------------
  'what-if-set-no-value': setupMessage<{ arg: string }>({
    en: (p) => `what-if: --set ${p.arg} needs a value: write --set <path>=<value>, e.g. --set roles/inside-sales.headcount=6.`,
    'zh-CN': (p) => `what-if：--set ${p.arg} 缺少新的值。请写成 --set <路径>=<值>，例如 --set roles/inside-sales.headcount=6。`,
  }),
  'what-if-set-no-path': setupMessage<{ arg: string }>({
    en: (p) => `what-if: --set ${p.arg} has no path before \`=\`: write --set <path>=<value>, e.g. --set roles/inside-sales.headcount=6.`,
    'zh-CN': (p) => `what-if：--set ${p.arg} 的 \`=\` 前面没有路径。请写成 --set <路径>=<值>，例如 --set roles/inside-sales.headcount=6。`,
  }),
  /** `detail` is the YAML parser's own (English) words; the Chinese gives the column it points at instead. */
  'what-if-set-yaml': setupMessage<{ arg: string; detail: string; column?: number }>({
    en: (p) => `what-if: the value of --set ${p.arg} is not valid YAML (${p.detail}). Quote the whole argument for the shell, e.g. --set 'roles/inside-sales.hires=[{start: 2027-03, count: 2}]'.`,
    'zh-CN': (p) =>
      `what-if：--set ${p.arg} 的值不是合法的 YAML${p.column === undefined ? '' : `（问题在值的第 ${p.column} 个字符附近）`}。请给整个参数加上引号，以免被命令行拆开，例如 --set 'roles/inside-sales.hires=[{start: 2027-03, count: 2}]'。`,
  }),
  'what-if-set-add': setupMessage<{ arg: string; path: string }>({
    en: (p) => `what-if: --set ${p.arg}: \`+=\` adds a number to a number; write e.g. --set ${p.path}+=1, or --set ${p.path}=<value> to replace it.`,
    'zh-CN': (p) => `what-if：--set ${p.arg} 有误，\`+=\` 只能给数字加上一个数。请写成 --set ${p.path}+=1 这样的形式；要整个替换，写 --set ${p.path}=<值>。`,
  }),
  'what-if-nothing': setupMessage<{ playbook: string }>({
    en: (p) => `what-if: say what changes: --scenario <id> (a file under playbooks/${p.playbook}/scenarios/), --set <path>=<value>, or both; or ask for --next-hire.`,
    'zh-CN': (p) => `what-if：请说明要改什么，用 --scenario <id>（playbooks/${p.playbook}/scenarios/ 下的一个文件）、--set <路径>=<值>，或两者都用；也可以用 --next-hire 测算多招一人。`,
  }),
  'what-if-no-scenario': setupMessage<{ playbook: string; scenario: string; dir: string; near?: string; scenarios: readonly string[] }>({
    en: (p) =>
      `what-if: playbook ${tick(p.playbook)} has no scenario ${tick(p.scenario)} (no ${p.dir}/scenarios/${p.scenario}.mdx).${p.near ? ` Did you mean ${tick(p.near)}?` : ''} ${
        p.scenarios.length ? `Its scenarios: ${ticks(p.scenarios, ', ')}.` : `It has no scenarios yet: try --set, or write one with \`npm run playbook -- new scenario ${p.playbook}/<id>\`.`
      }`,
    'zh-CN': (p) =>
      `what-if：销售手册 ${tick(p.playbook)} 没有情景 ${tick(p.scenario)}（找不到 ${p.dir}/scenarios/${p.scenario}.mdx）。${p.near ? `是不是要写 ${tick(p.near)}？` : ''}${
        p.scenarios.length ? `现有的情景：${ticks(p.scenarios, '、')}。` : `这本手册还没有情景，可以改用 --set，或用 \`npm run playbook -- new scenario ${p.playbook}/<id>\` 写一个。`
      }`,
  }),

  // --- pdf ------------------------------------------------------------------------------------------------------------
  'pdf-no-chromium': setupMessage<{ path: string; fromEnv: boolean }>({
    en: (p) =>
      `pdf: Chromium prints the PDF, and there is none at ${p.path}${p.fromEnv ? ' (CHROMIUM_PATH)' : ''}. ` +
      `Install Debian's Chromium (as root: apt-get install -y chromium; a CJK font such as fonts-wqy-zenhei for Chinese playbooks), ` +
      `or set CHROMIUM_PATH to a Chromium or Chrome binary. Nothing was built or written.`,
    'zh-CN': (p) =>
      `pdf：PDF 由 Chromium 打印，但 ${p.path}${p.fromEnv ? '（CHROMIUM_PATH）' : ''} 没有 Chromium，没有构建也没有写入任何文件。` +
      `请安装 Debian 的 Chromium（以 root 身份运行 apt-get install -y chromium；中文手册还需要中文字体，例如 fonts-wqy-zenhei），` +
      `或把 CHROMIUM_PATH 设为 Chromium 或 Chrome 的可执行文件。`,
  }),
  'pdf-no-folder': setupMessage<{ out: string; dir: string }>({
    en: (p) => `pdf: cannot write ${p.out}: the folder ${p.dir} does not exist.`,
    'zh-CN': (p) => `pdf：无法写入 ${p.out}，因为文件夹 ${p.dir} 不存在。`,
  }),
  'pdf-no-playwright': setupMessage<{ root: string }>({
    en: (p) => `pdf: playwright-core, which drives Chromium, is not installed: run \`npm install\` in ${p.root}.`,
    'zh-CN': (p) => `pdf：没有安装驱动 Chromium 的 playwright-core。请在 ${p.root} 中运行 \`npm install\`。`,
  }),
  'pdf-chromium-failed': setupMessage<{ path: string; detail: string }>({
    en: (p) => `pdf: Chromium at ${p.path} did not start: ${p.detail}`,
    'zh-CN': (p) => `pdf：${p.path} 的 Chromium 没有启动（${p.detail}）。`,
  }),
  'pdf-no-book': setupMessage<{ dir: string; playbook: string; url: string; status: string }>({
    en: (p) => `pdf: the site in ${p.dir} has no book for ${tick(p.playbook)} (${p.url} answered ${p.status}). Build it with the same files first (npm run build), or leave out --site.`,
    'zh-CN': (p) => `pdf：${p.dir} 中的站点没有 ${tick(p.playbook)} 的全书页面（${p.url} 的响应是 ${p.status}）。请先用同样的文件构建站点（npm run build），或者去掉 --site。`,
  }),
  'pdf-no-astro-config': setupMessage<{ root: string }>({
    en: (p) => `pdf: ${p.root} has no astro.config.mjs: pdf builds the project's site to print it, so run it in the project (the repository with playbooks/ and astro.config.mjs).`,
    'zh-CN': (p) => `pdf：${p.root} 下没有 astro.config.mjs。pdf 要先构建站点再打印，请在项目里运行（也就是包含 playbooks/ 和 astro.config.mjs 的 Git 仓库）。`,
  }),
  'pdf-build-failed': setupMessage<{ log: string }>({
    en: (p) => `pdf: the site did not build, so there is nothing to print:\n${p.log}`,
    'zh-CN': (p) => `pdf：站点没有构建成功，没有可以打印的内容。构建日志如下：\n${p.log}`,
  }),
  'pdf-not-built': setupMessage<{ dir: string; playbook: string }>({
    en: (p) => `pdf: ${p.dir} has no ${p.playbook}/book/index.html: it is not a built site with the playbook ${tick(p.playbook)}. Build it first (npm run build), or leave out --site to build one.`,
    'zh-CN': (p) => `pdf：${p.dir} 下没有 ${p.playbook}/book/index.html，它不是包含销售手册 ${tick(p.playbook)} 的已构建站点。请先构建（npm run build），或者去掉 --site，让 pdf 自己构建。`,
  }),

  // --- diff (git) -----------------------------------------------------------------------------------------------------
  'git-no-repository': setupMessage<{ root: string }>({
    en: (p) => `${p.root} is not inside a git repository, so there is no history to compare with. Run the command in a clone of the playbook repository.`,
    'zh-CN': (p) => `${p.root} 不在 Git 仓库里，没有可以比较的历史版本。请在销售手册 Git 仓库的克隆中运行这个命令。`,
  }),
  'git-no-ref': setupMessage<{ ref: string }>({
    en: (p) =>
      `The git ref ${tick(p.ref)} does not exist here. Fetch it first (e.g. \`git fetch origin main\`, or \`git fetch --depth=1 origin main\` on a shallow clone), or pass another branch, tag or commit.`,
    'zh-CN': (p) =>
      `这里没有 Git 引用 ${tick(p.ref)}。请先获取它（例如 \`git fetch origin main\`；浅克隆用 \`git fetch --depth=1 origin main\`），或者换一个分支、标签或提交。`,
  }),
  'git-cannot-read': setupMessage<{ ref: string; detail: string }>({
    en: (p) => `Could not read playbooks/ at ${tick(p.ref)}: ${p.detail}`,
    'zh-CN': (p) => `无法读取 ${tick(p.ref)} 版本的 playbooks/（git 的报告：${p.detail}）。`,
  }),
  // --- actuals import -------------------------------------------------------------------------------------------------
  'actuals-action': setupMessage<{ action: string }>({
    en: (p) => `actuals: the action must be \`import\`, not ${tick(p.action)}.`,
    'zh-CN': (p) => `actuals：操作只能是 \`import\`，现在是 ${tick(p.action)}。`,
  }),
  'actuals-arguments': setupMessage<Record<string, never>>({
    en: () => 'actuals import: give the playbook and the export, e.g. `actuals import northwind-software opportunities.csv`.',
    'zh-CN': () => 'actuals import：请给出销售手册和导出文件，例如 `actuals import huayuan-equipment opportunities.csv`。',
  }),
  'actuals-date': setupMessage<{ option: string; value: string }>({
    en: (p) => `actuals import: --${p.option} must be a date written YYYY-MM-DD, not ${tick(p.value)}.`,
    'zh-CN': (p) => `actuals import：--${p.option} 要写成 YYYY-MM-DD 格式的日期，现在是 ${tick(p.value)}。`,
  }),
  'actuals-period': setupMessage<{ from: string; to: string }>({
    en: (p) => `actuals import: --from (${p.from}) is after --to (${p.to}).`,
    'zh-CN': (p) => `actuals import：--from（${p.from}）晚于 --to（${p.to}）。`,
  }),
  'actuals-exists': setupMessage<{ file: string }>({
    en: (p) => `${p.file} already exists; nothing was written. Run the import again with --force to replace its counts (its body, the commentary, is kept), or choose another --to.`,
    'zh-CN': (p) => `${p.file} 已经存在，没有写入任何内容。要替换其中的统计数字，请加上 --force 重新导入（正文中的说明会保留）；或者换一个 --to。`,
  }),
  'actuals-appeared': setupMessage<{ file: string }>({
    en: (p) => `${p.file} appeared while the export was read; nothing was written. Run the import again (with --force to replace it).`,
    'zh-CN': (p) => `读取导出文件期间出现了 ${p.file}，没有写入任何内容。请重新导入（要替换它就加上 --force）。`,
  }),
} as const;
