/**
 * The CLI's usage and `--help` in Chinese, for a project whose playbooks are
 * Chinese (or `--lang zh-CN`): by command, the words of its definition in
 * commands.ts. A command or option missing here keeps its English words, so
 * adding a command never breaks the Chinese help; add its words here too.
 */
export interface CommandWordsZh {
  summary: string;
  positionals?: Readonly<Record<string, string>>;
  options?: Readonly<Record<string, string>>;
  details?: string;
}

const root = '包含 playbooks/ 的项目文件夹（默认：当前文件夹）。';
const lang = '提示信息的语言；默认使用每本销售手册自己的 `lang`。';
const playbook = '只处理这一本销售手册。';

export const HELP_ZH: {
  words: { usage: string; help: string; oneOf: (values: readonly string[]) => string };
  /** The overall usage, after the list of commands (`usage` is the label before a usage line, with its colon). */
  usage: { commands: string; root: string; more: string; exit: string };
  commands: Readonly<Record<string, CommandWordsZh>>;
} = {
  words: { usage: '用法：', help: '显示这份帮助。', oneOf: (values) => `可选：${values.join('、')}。` },
  usage: {
    commands: '命令：',
    root: '[root] 是包含 playbooks/ 的项目文件夹（默认：当前文件夹）。',
    more: '`npm run playbook -- <命令> --help` 会说明一个命令的用法。',
    exit: '退出码：0 没有错误；1 内容有错误；2 用法、配置或读写问题。',
  },
  commands: {
    check: {
      summary: '报告销售手册的所有问题，指出所在的文件、行和列。',
      positionals: { root },
      options: {
        format: 'pretty（每个问题附上下文代码，输出到 stderr）、json（在 stdout 输出一个数组）或 github（工作流注解）。',
        strict: '有警告也算失败。',
        fix: '直接在文件里改正有把握的写法（全角冒号、`60%`、`150万` 这类），并列出改了什么；其他内容一概不动。',
        playbook,
        lang,
      },
      details: '退出码：0 没有错误（除非加了 --strict，否则允许有警告）；1 有错误；2 用法、配置或读写问题。加了 --fix 时，按改正之后剩下的问题计算。',
    },
    export: {
      summary: '把所有销售手册、其中的条目和算出的数字输出为一份 JSON。',
      positionals: { root },
      options: { strict: '有警告时也拒绝导出。', playbook, lang },
      details: '内容有错误时不会导出（退出码 1，问题列在 stderr）。',
    },
    new: {
      summary: '写一个能通过 check 的骨架文件；不会覆盖已有文件。',
      positionals: {
        kind: '要新建什么：playbook、segment、offering、process、role 或 scenario。',
        target: '销售手册的 id（`acme`）；其他类别写成 `<销售手册>/<id>`（`acme/mid-market`）。',
        root,
      },
      options: {
        root: '项目文件夹（与参数 [root] 相同）。',
        lang: '用于 `new playbook`：销售手册、其页面以及之后写入其中的骨架所用的语言（默认 en）。其他文件沿用所属销售手册的 `lang`。',
        type: '用于 `new process`：销售流程的类型。不写时按产品/服务回应的采购动机来定。',
      },
      details: `示例：
  npm run playbook -- new playbook huayuan --lang zh-CN
  npm run playbook -- new role huayuan/regional-sales
  npm run playbook -- new process huayuan/key-account-sale --type key-account

退出码：0 已写入；1 没有写入（文件已存在，或销售手册里还缺少这个文件要引用的内容）；2 用法问题。`,
    },
    diff: {
      summary: '与某个 git 版本相比，这次修改让覆盖率、赢单率、负荷和警告发生了什么变化（Markdown 或 JSON）。',
      positionals: { 'git-ref': '要比较的版本，例如 `origin/main`。', root },
      options: { format: 'markdown（用于合并请求）或 json。', lang },
      details: '退出码：0 输出报告；1 工作区有错误（列出错误，不出报告）；2 用法或 git 问题。',
    },
    'what-if': {
      summary: '某个情景或临时改动前后的数字：覆盖率、赢单率、赢单数、签约额、负荷和警告。',
      positionals: { playbook: '销售手册的 id（playbooks/ 下的文件夹名）。', root },
      options: {
        scenario: '从 scenarios/<id>.mdx 中的改动开始。',
        set: '一项改动：路径和 YAML 值（`roles/inside-sales.headcount=6`）；`路径+=n` 表示加上 n。在情景的改动之后依次应用。',
        'next-hire': '改为给每个岗位的下一次招聘定价：多一个人（不足一人的兼任岗位按半人或四分之一人）能增加多少覆盖率、赢单数和签约额；有人力计划时也按计划来算。',
        format: 'table（默认：改动前、改动后和变化，便于开会讨论）或 json。',
        lang,
      },
      details: `示例：
  npm run playbook -- what-if huayuan-equipment --next-hire
  npm run playbook -- what-if huayuan-equipment --set roles/presales-engineer.headcount=4
  npm run playbook -- what-if huayuan-equipment --set 'roles/presales-engineer.hires=[{start: 2027-03, count: 2}]'
  npm run playbook -- what-if huayuan-equipment --scenario <id> --format json

退出码：0 输出报告；1 销售手册有错误，或改动的路径、值有误（列出问题，不出报告）；2 用法问题（没有这本手册或这个情景，--set 缺少 =）。`,
    },
    schema: {
      summary: '为编辑器写出 frontmatter 的 JSON Schema。',
      positionals: { root },
      options: { out: '写到哪里（默认 .vscode/playbook-schemas）。' },
    },
    pdf: {
      summary: '把一本销售手册的整本书（按阅读顺序的所有页面）打印成带页码的 A4 PDF。',
      positionals: { playbook: '销售手册的 id（playbooks/ 下的文件夹名）。', root },
      options: {
        out: 'PDF 写到哪里（默认：当前文件夹下的 <playbook>.pdf）。',
        site: '从这个已经构建好的网站打印（例如 npm run build 之后的 dist），而不是重新构建：快得多，但内容只与那次构建一致。',
      },
      details: `PDF 反映的是文件现在的样子：pdf 先检查项目，把站点构建到一个临时文件夹（不动 dist/），用 Chromium 打印其中的
/<playbook>/book/，然后删除临时文件夹。构建大约要半分钟；加上 --site 时，直接打印那次构建的全书，几秒钟就好。

Chromium：用 CHROMIUM_PATH 指定，否则用 Debian 的 /usr/bin/chromium（apt-get install -y chromium；中文手册还要装
fonts-wqy-zenhei）。站点上的 /<playbook>/book/ 也是同一本书，可以在任何浏览器里打印。

示例：
  npm run playbook -- pdf huayuan-equipment
  npm run playbook -- pdf huayuan-equipment --out huayuan.pdf
  npm run build && npm run playbook -- pdf huayuan-equipment --site dist

退出码：0 已写入；1 销售手册有错误（列出错误，不写入）；2 用法问题（没有这本手册）、没有 Chromium，或构建、写文件失败。`,
    },
    actuals: {
      summary: '把 CRM 导出文件汇总成一份实测快照，检验手册的各项假设（见文档“用数据检验手册”）。',
      positionals: {
        action: '要做什么：`import`。',
        playbook: '销售手册的 id（playbooks/ 下的文件夹名），由它的 `actuals.import` 说明导出文件各列的含义。',
        'export.csv': 'CRM 导出文件：商机（Salesforce）或交易（HubSpot），UTF-8 编码的 CSV。',
      },
      options: {
        history: '阶段历史导出文件（Salesforce 的 OpportunityHistory；各列按 `actuals.import.history` 的说明）。',
        from: '统计口径的第一天，写成 YYYY-MM-DD（默认：导出文件中最早的创建日期）。',
        to: '统计口径的最后一天，写成 YYYY-MM-DD（默认：导出文件中最晚的创建、赢单或丢单日期）；快照写到 actuals/<to 的 YYYY-MM>.mdx。',
        force: '快照已经存在时替换它（正文保留）。',
        root,
      },
      details: `边读边汇总（一百万行只要几秒），按销售手册的 \`actuals.import\` 映射各列，写出
playbooks/<playbook>/actuals/<YYYY-MM>.mdx：只有计数和合计，从不写入任何一行数据。只要有一行不能用，就什么也不写；
每个问题都标出 <文件>:<行>。

示例：
  npm run playbook -- actuals import huayuan-equipment exports/deals.csv --from 2025-12-01 --to 2026-11-30

退出码：0 已写入；1 导出文件或映射有问题（没有写入）；2 用法或读写问题，或快照已存在而没有加 --force。`,
    },
  },
};
