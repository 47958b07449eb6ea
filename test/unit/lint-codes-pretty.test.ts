import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { ALL_CODES } from '../../src/diagnostics/codes.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { captureIo, fixture } from '../support/helpers.ts';
import { prepare, WITHOUT_FIXTURE } from '../support/code-fixtures.ts';

/**
 * The pretty output of `check` (what an author reads in the terminal) for the fixture of every code, in both
 * languages (`--lang en`, `--lang zh-CN`): the messages, their positions and code frames, read as a whole.
 * test/unit/lint-codes.test.ts asserts the codes and positions one by one; these snapshots show how they read.
 * Update with `npx vitest run --project unit test/unit/lint-codes-pretty.test.ts -u`, then read the diff.
 */
const FIXTURES = [
  'frontmatter-missing',
  'frontmatter-dots',
  'yaml-syntax',
  'invalid-field',
  'unknown-field',
  'invalid-id',
  'duplicate-id',
  'missing-playbook',
  'broken-reference',
  'raci-accountable',
  'raci-responsible',
  'hours-without-raci',
  'reserved-id',
  'symlink-outside',
  'file-encoding',
  'motive-process-fit',
  'offering-motive-gap',
  'key-account-executive',
  'mirror-gap',
  'unused-entity',
  'unknown-file',
  'placeholder',
  'actuals-inconsistent',
  'actuals-drift',
  // Its message counts the days since the snapshot ended, so it has no snapshot below: test/unit/lint-codes.test.ts.
  'actuals-stale',
  'unreadable-file',
  'model',
];

/** The fixture's root: test/fixtures/codes/<name>/ (finished in a temporary copy when it must be), or test/fixtures/model. */
async function pretty(name: string, lang: 'en' | 'zh-CN'): Promise<string> {
  const prepared = name === 'model' ? { root: fixture('model'), cleanup: () => {} } : prepare(name);
  try {
    const io = captureIo('/');
    await run(['check', prepared.root, '--lang', lang], io);
    expect(io.out).toBe('');
    return io.err;
  } finally {
    prepared.cleanup();
  }
}

describe('the snapshots', () => {
  it('show every code that has a fixture', () => {
    const shown = new Set<string>();
    for (const name of FIXTURES) {
      const prepared = name === 'model' ? { root: fixture('model'), cleanup: () => {} } : prepare(name);
      try {
        for (const d of checkProject(prepared.root).diagnostics) shown.add(d.code);
      } finally {
        prepared.cleanup();
      }
    }
    expect([...shown].sort()).toEqual(ALL_CODES.filter((c) => !WITHOUT_FIXTURE.includes(c)).sort());
  });
});


describe('frontmatter-missing', () => {
  it('en', async () => {
    expect(await pretty('frontmatter-missing', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:1:1 error frontmatter-missing
        This playbook file has no frontmatter, so it has none of the fields the model needs. Start the file with a \`---\` line, the fields (\`npm run playbook -- new playbook …\` writes a skeleton), and a closing \`---\` line.

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('frontmatter-missing', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:1:1 error frontmatter-missing
        这个销售手册文件没有 frontmatter，模型需要的字段一个都没有。请在文件开头写一行 \`---\`，接着写字段（\`npm run playbook -- new playbook …\` 可以生成骨架），再写一行 \`---\` 结束。

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('frontmatter-dots', () => {
  it('en', async () => {
    expect(await pretty('frontmatter-dots', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/roles/rep.mdx:6:1 error frontmatter-missing
        The frontmatter of this role file is closed by a \`...\` line, but a playbook file closes it with \`---\`, so the file reads as having no frontmatter. Replace the \`...\` line with \`---\`.

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('frontmatter-dots', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/roles/rep.mdx:6:1 error frontmatter-missing
        这个岗位文件的 frontmatter 用 \`...\` 行结束，但销售手册文件要用 \`---\` 结束，所以整个文件被当作没有 frontmatter。请把 \`...\` 这一行改成 \`---\`。

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('yaml-syntax', () => {
  it('en', async () => {
    expect(await pretty('yaml-syntax', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:4:1 error yaml-syntax
        The frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Check indentation (spaces, not tabs) and quote values that contain \`: \` or start with \`[\`, \`{\`, \`*\` or \`&\`.
          3 | summary: [unclosed
        > 4 | goals:
            | ^
          5 |   coverage: 0.5

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('yaml-syntax', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:4:1 error yaml-syntax
        frontmatter 不是合法的 YAML：缩进不对。请检查缩进（用空格，不要用制表符）；值里含有 \`: \`，或以 \`[\`、\`{\`、\`*\`、\`&\` 开头时，请加引号。
          3 | summary: [unclosed
        > 4 | goals:
            | ^
          5 |   coverage: 0.5

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('invalid-field', () => {
  it('en', async () => {
    expect(await pretty('invalid-field', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:1:1 error invalid-field
        Missing field \`summary\` in this playbook. Add it: One paragraph: what this sales model is for.
        > 1 | ---
            | ^
          2 | title: Pilot

      playbooks/p/index.mdx:4:13 error invalid-field
        \`goals.coverage\` must be at most 1, not 1.5. (goals.coverage: Target share of the target accounts the team can actually work (覆盖率), in (0, 1].)
          3 | goals:
        > 4 |   coverage: 1.5
            |             ^
          5 |   winRate: 0.1

      2 errors and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('invalid-field', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:1:1 error invalid-field
        这个销售手册缺少字段 \`summary\`。请补上：用一段话说明这个销售模式是做什么用的。
        > 1 | ---
            | ^
          2 | title: Pilot

      playbooks/p/index.mdx:4:13 error invalid-field
        \`goals.coverage\` 不能大于 1，现在是 1.5。（goals.coverage：目标覆盖率，即团队实际能跟进的目标客户所占比例，取值在 (0, 1] 之间。）
          3 | goals:
        > 4 |   coverage: 1.5
            |             ^
          5 |   winRate: 0.1

      共 2 个错误、0 个警告。
      "
    `);
  });
});

describe('unknown-field', () => {
  it('en', async () => {
    expect(await pretty('unknown-field', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:2:1 error unknown-field
        Unknown field \`titel\` in this playbook. Unknown fields are errors so that typos never pass silently. Did you mean \`title\`?
          1 | ---
        > 2 | titel: Pilot
            | ^
          3 | summary: A tiny playbook for one diagnostic.

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('unknown-field', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:2:1 error unknown-field
        这个销售手册里有未知字段 \`titel\`。未知字段会报错，以免拼写错误被悄悄放过。是不是想写 \`title\`？
          1 | ---
        > 2 | titel: Pilot
            | ^
          3 | summary: A tiny playbook for one diagnostic.

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('invalid-id', () => {
  it('en', async () => {
    expect(await pretty('invalid-id', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:6:9 error invalid-id
        Stage id \`Close Deal\` is not a valid id, and stage ids become links and RACI rows. Use lowercase letters and digits in words joined by single hyphens. Rename it to \`close-deal\`.
          5 | stages:
        > 6 |   - id: Close Deal
            |         ^
          7 |     title: Close

      playbooks/p/roles/Sales_Rep.mdx:1:1 error invalid-id
        The file name \`Sales_Rep\` is not a valid id, and ids become URLs and references. Use lowercase letters and digits in words joined by single hyphens. Rename it to \`sales-rep\`.
        > 1 | ---
            | ^
          2 | title: Rep

      playbooks/p/segments/buyers.mdx:15:10 error broken-reference
        No role \`sales-rep\` in playbook \`p\`: there is no playbooks/p/roles/sales-rep.mdx. The playbook has no roles yet. Fix the id, or create the file with \`npm run playbook -- new role p/sales-rep\`.
          14 | coverage:
        > 15 |   owner: sales-rep
             |          ^
          16 |   touchesPerYear: 1

      3 errors and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('invalid-id', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:6:9 error invalid-id
        阶段 id \`Close Deal\` 不是合法的 id，而阶段 id 会成为链接和 RACI 表的行。请用单个连字符连接的小写字母和数字，改名为 \`close-deal\`。
          5 | stages:
        > 6 |   - id: Close Deal
            |         ^
          7 |     title: Close

      playbooks/p/roles/Sales_Rep.mdx:1:1 error invalid-id
        文件名 \`Sales_Rep\` 不是合法的 id，而 id 会成为网址和引用。请用单个连字符连接的小写字母和数字，改名为 \`sales-rep\`。
        > 1 | ---
            | ^
          2 | title: Rep

      playbooks/p/segments/buyers.mdx:15:10 error broken-reference
        销售手册 \`p\` 中没有岗位 \`sales-rep\`：找不到文件 playbooks/p/roles/sales-rep.mdx。这个销售手册还没有岗位。请改正 id，或用 \`npm run playbook -- new role p/sales-rep\` 新建文件。
          14 | coverage:
        > 15 |   owner: sales-rep
             |          ^
          16 |   touchesPerYear: 1

      共 3 个错误、0 个警告。
      "
    `);
  });
});

describe('duplicate-id', () => {
  it('en', async () => {
    expect(await pretty('duplicate-id', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:13:9 error duplicate-id
        Stage id \`close\` is used twice in process \`sale\` (both titled “Close”), so links and RACI rows would be ambiguous. Give every stage of the process its own id.
          12 |     raci: { rep: AR }
        > 13 |   - id: close
             |         ^
          14 |     title: Close

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('duplicate-id', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:13:9 error duplicate-id
        阶段 id \`close\` 在销售流程 \`sale\` 中用了两次（两个阶段的标题都是“Close”），链接和 RACI 表的行会无法区分。给流程的每个阶段起不同的 id。
          12 |     raci: { rep: AR }
        > 13 |   - id: close
             |         ^
          14 |     title: Close

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('missing-playbook', () => {
  it('en', async () => {
    expect(await pretty('missing-playbook', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:1:1 error missing-playbook
        The folder playbooks/p/ has segments, offerings, processes or roles but no index.mdx, so they belong to no playbook. Add playbooks/p/index.mdx with the title, summary and goals (\`npm run playbook -- new playbook p\`), or rename the folder to start with \`_\` to keep it as a draft.

      playbooks/p/roles/rep.mdx:1:1 warning unused-entity
        Role \`rep\` is unused: nothing names it (the \`coverage.owner\` of a segment or the \`stages.raci\` of a process), so it has no effect on the model. Reference it from the \`coverage.owner\` of a segment or the \`stages.raci\` of a process, delete it, or rename the file to start with \`_\` to keep it as a draft.
        > 1 | ---
            | ^
          2 | title: Rep

      1 error and 1 warning.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('missing-playbook', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/index.mdx:1:1 error missing-playbook
        文件夹 playbooks/p/ 里有客群、产品/服务、流程或岗位文件，却没有 index.mdx，这些文件不属于任何销售手册。请添加写有标题、简介和目标的 playbooks/p/index.mdx（\`npm run playbook -- new playbook p\`），或把文件夹改名为以 \`_\` 开头，作为草稿保留。

      playbooks/p/roles/rep.mdx:1:1 warning unused-entity
        岗位 \`rep\` 没有被任何地方使用，对模型没有影响。请在目标客群的 \`coverage.owner\` 或销售流程的 \`stages.raci\` 中引用它，或删除它；也可以把文件名改为以 \`_\` 开头，作为草稿保留。
        > 1 | ---
            | ^
          2 | title: Rep

      共 1 个错误、1 个警告。
      "
    `);
  });
});

describe('broken-reference', () => {
  it('en', async () => {
    expect(await pretty('broken-reference', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:13:10 error broken-reference
        No process \`sael\` in playbook \`p\`: there is no playbooks/p/processes/sael.mdx. Existing processes: \`sale\`. Fix the id, or create the file with \`npm run playbook -- new process p/sael\`. 1 more problem follows from this one and will be checked once it is fixed.
          12 | offerings: [plan]
        > 13 | process: sael
             |          ^
          14 | coverage:

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('broken-reference', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:13:10 error broken-reference
        销售手册 \`p\` 中没有销售流程 \`sael\`：找不到文件 playbooks/p/processes/sael.mdx。现有的销售流程：\`sale\`。请改正 id，或用 \`npm run playbook -- new process p/sael\` 新建文件。由此还引出另外 1 个问题，改正之后会一并检查。
          12 | offerings: [plan]
        > 13 | process: sael
             |          ^
          14 | coverage:

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('raci-accountable', () => {
  it('en', async () => {
    expect(await pretty('raci-accountable', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:12:5 error raci-accountable
        Stage \`close\` (Close) of process \`sale\` has no accountable role, so nobody owns its outcome. Mark exactly one role \`A\` (or \`AR\` if it also does the work).
          11 |     conversion: 0.5
        > 12 |     raci: { rep: R }
             |     ^
          13 | ---

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('raci-accountable', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:12:5 error raci-accountable
        销售流程 \`sale\` 的阶段 \`close\`（Close）没有批准人（A），这个阶段的结果没有人最终负责。请把恰好一个岗位标为 \`A\`（若这个岗位同时执行，标为 \`AR\`）。
          11 |     conversion: 0.5
        > 12 |     raci: { rep: R }
             |     ^
          13 | ---

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('raci-responsible', () => {
  it('en', async () => {
    expect(await pretty('raci-responsible', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:12:5 error raci-responsible
        Stage \`close\` (Close) of process \`sale\` has no responsible role, so nobody does its work. Mark at least one role \`R\` (or \`AR\`).
          11 |     conversion: 0.5
        > 12 |     raci: { rep: A }
             |     ^
          13 | ---

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('raci-responsible', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:12:5 error raci-responsible
        销售流程 \`sale\` 的阶段 \`close\`（Close）没有执行人（R），这个阶段的工作没人做。请至少把一个岗位标为 \`R\`（或 \`AR\`）。
          11 |     conversion: 0.5
        > 12 |     raci: { rep: A }
             |     ^
          13 | ---

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('hours-without-raci', () => {
  it('en', async () => {
    expect(await pretty('hours-without-raci', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:13:22 error hours-without-raci
        Stage \`close\` (Close) of process \`sale\` gives \`ceo\` hours but its \`raci\` does not name \`ceo\`, so the work has no defined part. Add \`ceo\` to the stage's raci (usually \`R\` or \`C\`), or remove its hours.
          12 |     raci: { rep: AR }
        > 13 |     hours: { rep: 1, ceo: 2 }
             |                      ^
          14 | ---

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('hours-without-raci', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:13:22 error hours-without-raci
        销售流程 \`sale\` 的阶段 \`close\`（Close）给岗位 \`ceo\` 安排了工时，但 \`raci\` 里没有这个岗位，这部分工作没有明确的分工。请把 \`ceo\` 加进该阶段的 raci（通常是 \`R\` 或 \`C\`），或删掉这个岗位的工时。
          12 |     raci: { rep: AR }
        > 13 |     hours: { rep: 1, ceo: 2 }
             |                      ^
          14 | ---

      共 1 个错误、0 个警告。
      "
    `);
  });
});

describe('reserved-id', () => {
  it('en', async () => {
    expect(await pretty('reserved-id', 'en')).toMatchInlineSnapshot(`
      "playbooks/docs/index.mdx:1:1 error reserved-id
        The playbook id \`docs\` is the address of one of the site's own pages (/docs/), so its pages would collide with them. Rename the folder to another id; the reserved ids are \`404\`, \`docs\`, \`en\`, \`pagefind\`, \`search\`, and \`zh-cn\`.
        > 1 | ---
            | ^
          2 | title: Pilot

      1 error and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('reserved-id', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/docs/index.mdx:1:1 error reserved-id
        销售手册 id \`docs\` 与网站自身页面的地址（/docs/）重名，两者的页面会冲突。请把文件夹改成别的 id；被占用的 id 有：\`404\`、\`docs\`、\`en\`、\`pagefind\`、\`search\` 和 \`zh-cn\`。
        > 1 | ---
            | ^
          2 | title: Pilot

      共 1 个错误、0 个警告。
      "
    `);
  });
});

// No code frame for a link outside the root: its target is never read (format §1), not even to show a line of it.
describe('symlink-outside', () => {
  it('en', async () => {
    expect(await pretty('symlink-outside', 'en')).toMatchInlineSnapshot(`
      "playbooks/elsewhere:1:1 error symlink-outside
        This folder is a symbolic link to somewhere outside the project, so it was not read: a playbook may only contain what is reviewed in its own repository (a link could publish any file of the machine that builds the site). Copy the folder into the playbook, or link to one inside the project.

      playbooks/p/segments/outside.mdx:1:1 error symlink-outside
        This file is a symbolic link to somewhere outside the project, so it was not read: a playbook may only contain what is reviewed in its own repository (a link could publish any file of the machine that builds the site). Copy the file into the playbook, or link to one inside the project.

      2 errors and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('symlink-outside', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/elsewhere:1:1 error symlink-outside
        这个文件夹是指向项目之外的符号链接，因此没有被读取：销售手册只能包含本项目 Git 仓库中经过评审的内容（链接可能把构建机器上的任意文件发布出去）。请把它复制进销售手册，或改为链接项目内的文件夹。

      playbooks/p/segments/outside.mdx:1:1 error symlink-outside
        这个文件是指向项目之外的符号链接，因此没有被读取：销售手册只能包含本项目 Git 仓库中经过评审的内容（链接可能把构建机器上的任意文件发布出去）。请把它复制进销售手册，或改为链接项目内的文件。

      共 2 个错误、0 个警告。
      "
    `);
  });
});

describe('file-encoding', () => {
  it('en', async () => {
    expect(await pretty('file-encoding', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/roles/rep.mdx:1:1 error file-encoding
        This file is UTF-16 (little-endian, it starts with a UTF-16 byte-order mark), but playbook files must be UTF-8. Save it with the encoding UTF-8 (in VS Code, "Save with Encoding"), or convert it with \`iconv -f UTF-16 -t UTF-8\`.

      playbooks/p/segments/buyers.mdx:5:13 error file-encoding
        This file is not UTF-8: byte 0xE9 here is not valid UTF-8 text (often a file saved as Latin-1 or Windows-1252, or GBK for Chinese), and playbook files must be UTF-8. Save it with the encoding UTF-8 (in VS Code, "Save with Encoding"), or convert it with \`iconv -f <its encoding> -t UTF-8\`.

      2 errors and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('file-encoding', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/roles/rep.mdx:1:1 error file-encoding
        这个文件是 UTF-16 编码（小端，开头有 UTF-16 字节顺序标记），而销售手册文件必须是 UTF-8。请用 UTF-8 编码重新保存（VS Code：“通过编码保存”），或用 \`iconv -f UTF-16 -t UTF-8\` 转换。

      playbooks/p/segments/buyers.mdx:5:13 error file-encoding
        这个文件不是 UTF-8 编码：此处的字节 0xE9 不是合法的 UTF-8 文本（常见于按 GBK、Latin-1 或 Windows-1252 保存的文件），而销售手册文件必须是 UTF-8。请用 UTF-8 编码重新保存（VS Code：“通过编码保存”），或用 \`iconv -f <原编码> -t UTF-8\` 转换。

      共 2 个错误、0 个警告。
      "
    `);
  });
});

describe('motive-process-fit', () => {
  it('en', async () => {
    expect(await pretty('motive-process-fit', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:13:10 warning motive-process-fit
        Segment \`buyers\` buys on \`price-performance\`, which calls for a transactional process, but its process \`sale\` is a solution process. Use a transactional process, or explain the exception in the segment’s body.
          12 | offerings: [plan]
        > 13 | process: sale
             |          ^
          14 | coverage:

      0 errors and 1 warning.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('motive-process-fit', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:13:10 warning motive-process-fit
        目标客群 \`buyers\` 的采购动机是“性价比”，应该用交易型销售流程，但它的流程 \`sale\` 是解决方案型。请换用交易型流程，或在客群正文里说明例外的原因。
          12 | offerings: [plan]
        > 13 | process: sale
             |          ^
          14 | coverage:

      共 0 个错误、1 个警告。
      "
    `);
  });
});

describe('offering-motive-gap', () => {
  it('en', async () => {
    expect(await pretty('offering-motive-gap', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:12:1 warning offering-motive-gap
        None of the offerings of segment \`buyers\` answers its motive \`price-performance\`, so nothing it is offered matches why it buys. Add an offering whose \`motives\` include \`price-performance\`, or add the motive to one that answers it.
          11 | dealSize: 100
        > 12 | offerings: [plan]
             | ^
          13 | process: sale

      0 errors and 1 warning.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('offering-motive-gap', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:12:1 warning offering-motive-gap
        目标客群 \`buyers\` 的产品/服务没有一项回应它的采购动机“性价比”（\`price-performance\`），给它的东西与它购买的理由对不上。请添加 \`motives\` 包含 \`price-performance\` 的产品/服务，或给确实能回应的产品/服务加上这个动机。
          11 | dealSize: 100
        > 12 | offerings: [plan]
             | ^
          13 | process: sale

      共 0 个错误、1 个警告。
      "
    `);
  });
});

describe('key-account-executive', () => {
  it('en', async () => {
    expect(await pretty('key-account-executive', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:4:7 warning key-account-executive
        Key-account process \`sale\` involves no executive: no stage's raci names a role with \`function: executive\`, and a key account is an organisation-to-organisation relationship. Give an executive a part (\`A\`, \`R\` or \`C\`) in at least one stage.
          3 | summary: The sale.
        > 4 | type: key-account
            |       ^
          5 | stages:

      0 errors and 1 warning.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('key-account-executive', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:4:7 warning key-account-executive
        要客型流程 \`sale\` 没有高管参与：没有一个阶段的 raci 包含 \`function: executive\` 的岗位，而要客关系是组织对组织的关系。请至少在一个阶段给高管一个角色（\`A\`、\`R\` 或 \`C\`）。
          3 | summary: The sale.
        > 4 | type: key-account
            |       ^
          5 | stages:

      共 0 个错误、1 个警告。
      "
    `);
  });
});

describe('mirror-gap', () => {
  it('en', async () => {
    expect(await pretty('mirror-gap', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:22:15 warning mirror-gap
        Nobody on our side mirrors the customer's CTO: no role in process \`sale\` lists "CTO" in its counterparts, and key-account selling pairs each customer function with ours. Add it to the counterparts of the role that meets them.
          21 |   - influence: technical
        > 22 |     function: CTO
             |               ^
          23 | ---

      0 errors and 1 warning.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('mirror-gap', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/segments/buyers.mdx:22:15 warning mirror-gap
        客户方的“CTO”在我方无人对接：销售流程 \`sale\` 中没有岗位在 counterparts 里写“CTO”，而要客型销售要求客户方每个角色都有我方对接人。请把它加进负责对接的岗位的 counterparts。
          21 |   - influence: technical
        > 22 |     function: CTO
             |               ^
          23 | ---

      共 0 个错误、1 个警告。
      "
    `);
  });
});

describe('unused-entity', () => {
  it('en', async () => {
    expect(await pretty('unused-entity', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/offerings/spare.mdx:1:1 warning unused-entity
        Offering \`spare\` is unused: nothing names it (the \`offerings\` of a segment or the \`includes\` of an offering), so it has no effect on the model. Reference it from the \`offerings\` of a segment or the \`includes\` of an offering, delete it, or rename the file to start with \`_\` to keep it as a draft.
        > 1 | ---
            | ^
          2 | title: Plan

      playbooks/p/processes/other.mdx:1:1 warning unused-entity
        Process \`other\` is unused: nothing names it (the \`process\` of a segment), so it has no effect on the model. Reference it from the \`process\` of a segment, delete it, or rename the file to start with \`_\` to keep it as a draft.
        > 1 | ---
            | ^
          2 | title: Sale

      playbooks/p/roles/ceo.mdx:1:1 warning unused-entity
        Role \`ceo\` is unused: nothing names it (the \`coverage.owner\` of a segment or the \`stages.raci\` of a process), so it has no effect on the model. Reference it from the \`coverage.owner\` of a segment or the \`stages.raci\` of a process, delete it, or rename the file to start with \`_\` to keep it as a draft.
        > 1 | ---
            | ^
          2 | title: CEO

      0 errors and 3 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('unused-entity', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/offerings/spare.mdx:1:1 warning unused-entity
        产品/服务 \`spare\` 没有被任何地方使用，对模型没有影响。请在目标客群的 \`offerings\` 或产品/服务的 \`includes\` 中引用它，或删除它；也可以把文件名改为以 \`_\` 开头，作为草稿保留。
        > 1 | ---
            | ^
          2 | title: Plan

      playbooks/p/processes/other.mdx:1:1 warning unused-entity
        销售流程 \`other\` 没有被任何地方使用，对模型没有影响。请在目标客群的 \`process\` 中引用它，或删除它；也可以把文件名改为以 \`_\` 开头，作为草稿保留。
        > 1 | ---
            | ^
          2 | title: Sale

      playbooks/p/roles/ceo.mdx:1:1 warning unused-entity
        岗位 \`ceo\` 没有被任何地方使用，对模型没有影响。请在目标客群的 \`coverage.owner\` 或销售流程的 \`stages.raci\` 中引用它，或删除它；也可以把文件名改为以 \`_\` 开头，作为草稿保留。
        > 1 | ---
            | ^
          2 | title: CEO

      共 0 个错误、3 个警告。
      "
    `);
  });
});

describe('unknown-file', () => {
  it('en', async () => {
    expect(await pretty('unknown-file', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/notes.md:1:1 warning unknown-file
        The file \`notes.md\` is not part of a playbook's layout, so it is not read and nothing in it reaches the site. Rename it, or start its name with \`_\` to keep it as a draft.

      playbooks/p/segments/x.MDX:1:1 warning unknown-file
        The file \`x.MDX\` is not part of a playbook's layout, so it is not read and nothing in it reaches the site. Did you mean \`x.mdx\`? Rename it, or start its name with \`_\` to keep it as a draft.

      playbooks/p/segments/x.md:1:1 warning unknown-file
        The file \`x.md\` is not part of a playbook's layout, so it is not read and nothing in it reaches the site. Did you mean \`x.mdx\`? Rename it, or start its name with \`_\` to keep it as a draft.

      playbooks/p/segmets:1:1 warning unknown-file
        The folder \`segmets\` is not part of a playbook's layout, so it is not read and nothing in it reaches the site. Did you mean \`segments\`? Rename it, or start its name with \`_\` to keep it as a draft.

      0 errors and 4 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('unknown-file', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/notes.md:1:1 warning unknown-file
        文件 \`notes.md\` 不在销售手册的目录结构里，因此不会被读取，其中的内容也不会出现在网站上。请改名；若要保留为草稿，请在名字前加 \`_\`。

      playbooks/p/segments/x.MDX:1:1 warning unknown-file
        文件 \`x.MDX\` 不在销售手册的目录结构里，因此不会被读取，其中的内容也不会出现在网站上。是不是想写 \`x.mdx\`？请改名；若要保留为草稿，请在名字前加 \`_\`。

      playbooks/p/segments/x.md:1:1 warning unknown-file
        文件 \`x.md\` 不在销售手册的目录结构里，因此不会被读取，其中的内容也不会出现在网站上。是不是想写 \`x.mdx\`？请改名；若要保留为草稿，请在名字前加 \`_\`。

      playbooks/p/segmets:1:1 warning unknown-file
        文件夹 \`segmets\` 不在销售手册的目录结构里，因此不会被读取，其中的内容也不会出现在网站上。是不是想写 \`segments\`？请改名；若要保留为草稿，请在名字前加 \`_\`。

      共 0 个错误、4 个警告。
      "
    `);
  });
});

describe('model', () => {
  it('en', async () => {
    expect(await pretty('model', 'en')).toMatchInlineSnapshot(`
      "playbooks/northwind/index.mdx:7:13 warning coverage-below-goal
        Playbook \`northwind\` can cover 475 of its 520 target accounts (91.3%), below its goal of 95%: role \`se\` caps \`enterprise\` at 62.5% and \`mid-market\` at 62.5%. Add capacity to the bottleneck role, lower the coverage work per account, or revisit the goal.
          6 | goals:
        > 7 |   coverage: 0.95
            |             ^
          8 |   winRate: 0.25

      playbooks/northwind/roles/se.mdx:5:12 warning capacity-exceeded
        Role \`se\` needs 320 hr a year but has 200 hr (0.25 people): a load of 160%. It needs 0.4 people; 0.2 more would cover it. Until then it can do only 62.5% of its work, which caps the coverage of segments \`enterprise\` and \`mid-market\`. Add people, lower the hours per stage or per touch, or hand work to another role.
          4 | function: presales
        > 5 | headcount: 0.25
            |            ^
          6 | sellingHours: 800

      playbooks/northwind/segments/enterprise.mdx:13:10 warning win-rate-below-goal
        Segment \`enterprise\` wins 12.5% of its opportunities on process \`strategic\` (50% × 50% × 50% through its stages), below the playbook's goal of 25%. The weakest stages are \`map\`, \`propose\`, and \`commit\`, where 50% go on. Improve the conversion of the weakest stages, use a process that fits the segment better, or revisit the goal.
          12 | offerings: [platform]
        > 13 | process: strategic
             |          ^
          14 | coverage:

      playbooks/northwind/segments/mid-market.mdx:13:10 warning win-rate-below-goal
        Segment \`mid-market\` wins 20% of its opportunities on process \`consultative\` (50% × 50% × 80% through its stages), below the playbook's goal of 25%. The weakest stages are \`discover\` and \`prove\`, where 50% go on. Improve the conversion of the weakest stages, use a process that fits the segment better, or revisit the goal.
          12 | offerings: [platform]
        > 13 | process: consultative
             |          ^
          14 | coverage:

      0 errors and 4 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('model', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/northwind/index.mdx:7:13 warning coverage-below-goal
        销售手册 \`northwind\` 的 520 家目标客户中，能覆盖的只有 475 家（91.3%），低于 95% 的目标：岗位 \`se\` 使目标客群 \`enterprise\` 的覆盖率只有 62.5%，\`mid-market\` 只有 62.5%。请给瓶颈岗位增加产能、减少每个客户的覆盖工作量，或重新审视目标。
          6 | goals:
        > 7 |   coverage: 0.95
            |             ^
          8 |   winRate: 0.25

      playbooks/northwind/roles/se.mdx:5:12 warning capacity-exceeded
        岗位 \`se\` 每年需要 320 小时，现有 0.25 人，可用 200 小时，负荷率 160%。需要约 0.4 人（折合全职），还差约 0.2 人。补足之前，这个岗位只能完成 62.5% 的工作，目标客群 \`enterprise\` 和 \`mid-market\` 的覆盖率因此受限。可以增加人手、降低各阶段或每次拜访的工时，或把部分工作交给其他岗位。
          4 | function: presales
        > 5 | headcount: 0.25
            |            ^
          6 | sellingHours: 800

      playbooks/northwind/segments/enterprise.mdx:13:10 warning win-rate-below-goal
        目标客群 \`enterprise\` 在销售流程 \`strategic\` 上的赢单率为 12.5%（各阶段转化率 50% × 50% × 50%），低于 25% 的目标。转化率最低的阶段是 \`map\`、\`propose\` 和 \`commit\`，只有 50% 进入下一步。请提高这些阶段的转化率，换用更适合该客群的流程，或重新审视目标。
          12 | offerings: [platform]
        > 13 | process: strategic
             |          ^
          14 | coverage:

      playbooks/northwind/segments/mid-market.mdx:13:10 warning win-rate-below-goal
        目标客群 \`mid-market\` 在销售流程 \`consultative\` 上的赢单率为 20%（各阶段转化率 50% × 50% × 80%），低于 25% 的目标。转化率最低的阶段是 \`discover\` 和 \`prove\`，只有 50% 进入下一步。请提高这些阶段的转化率，换用更适合该客群的流程，或重新审视目标。
          12 | offerings: [platform]
        > 13 | process: consultative
             |          ^
          14 | coverage:

      共 0 个错误、4 个警告。
      "
    `);
  });
});

describe('placeholder', () => {
  it('en', async () => {
    expect(await pretty('placeholder', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:8:11 warning placeholder
        \`goal\` of stage \`close\` (Close) of this process still holds the placeholder that \`new\` wrote, so readers would see it as if it were true. Replace it with what is true for your sales model.
          7 |     title: Close
        > 8 |     goal: "To be written: what this stage must achieve."
            |           ^
          9 |     exitCriteria: [Signed]

      playbooks/p/processes/sale.mdx:13:19 warning placeholder
        \`hours.rep\` of stage \`close\` (Close) of this process is still the 0 that \`new\` wrote, marked \`# TODO\`: the numbers of the model count it as if it were true. Write the real number; when 0 is right, delete the \`# TODO\` comment.
          12 |     raci: { rep: AR }
        > 13 |     hours: { rep: 0 } # TODO
             |                   ^
          14 | ---

      playbooks/p/roles/rep.mdx:3:10 warning placeholder
        \`summary\` of this role still holds the placeholder that \`new\` wrote, so readers would see it as if it were true. Replace it with what is true for your sales model.
          2 | title: Rep
        > 3 | summary: 待填写：用一段话说明这个岗位在销售模式中做什么、按什么考核。
            |          ^
          4 | function: sales

      playbooks/p/roles/rep.mdx:5:12 warning placeholder
        \`headcount\` of this role is still the 0 that \`new\` wrote, marked \`# TODO\`: the numbers of the model count it as if it were true. Write the real number; when 0 is right, delete the \`# TODO\` comment.
          4 | function: sales
        > 5 | headcount: 0 # TODO：这个岗位的人数
            |            ^
          6 | ---

      playbooks/p/segments/buyers.mdx:3:10 warning placeholder
        \`summary\` of this segment still holds the placeholder that \`new\` wrote, so readers would see it as if it were true. Replace it with what is true for your sales model.
          2 | title: Buyers
        > 3 | summary: "To be written: in one paragraph, who these customers are and why they buy."
            |          ^
          4 | priority: core

      playbooks/p/segments/buyers.mdx:7:24 warning placeholder
        \`criteria.industries[1]\` of this segment still holds the placeholder that \`new\` wrote, so readers would see it as if it were true. Replace it with what is true for your sales model.
          6 | criteria:
        > 7 |   industries: [Retail, "To be written: an industry of these accounts"]
            |                        ^
          8 | buyingCriteria: [price]

      playbooks/p/segments/buyers.mdx:10:18 warning placeholder
        \`opportunityRate\` of this segment is still the 0 that \`new\` wrote, marked \`# TODO\`: the numbers of the model count it as if it were true. Write the real number; when 0 is right, delete the \`# TODO\` comment.
           9 | accounts: 10 # TODO: filled in, the stale mark is not a placeholder
        > 10 | opportunityRate: 0 # TODO: new opportunities per account per year
             |                  ^
          11 | dealSize: 100 # a "# TODO" inside a comment is not a mark

      0 errors and 7 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('placeholder', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:8:11 warning placeholder
        这个销售流程中阶段 \`close\`（Close）的 \`goal\` 仍是 \`new\` 生成的占位内容，读者会把它当成真实信息。请换成符合你们销售模式的内容。
          7 |     title: Close
        > 8 |     goal: "To be written: what this stage must achieve."
            |           ^
          9 |     exitCriteria: [Signed]

      playbooks/p/processes/sale.mdx:13:19 warning placeholder
        这个销售流程中阶段 \`close\`（Close）的 \`hours.rep\` 仍是 \`new\` 写下的 0（标有 \`# TODO\`），模型的各项数字会把它当成真实数据。请填写真实的数字；如果确实是 0，请删掉 \`# TODO\` 注释。
          12 |     raci: { rep: AR }
        > 13 |     hours: { rep: 0 } # TODO
             |                   ^
          14 | ---

      playbooks/p/roles/rep.mdx:3:10 warning placeholder
        这个岗位的 \`summary\` 仍是 \`new\` 生成的占位内容，读者会把它当成真实信息。请换成符合你们销售模式的内容。
          2 | title: Rep
        > 3 | summary: 待填写：用一段话说明这个岗位在销售模式中做什么、按什么考核。
            |          ^
          4 | function: sales

      playbooks/p/roles/rep.mdx:5:12 warning placeholder
        这个岗位的 \`headcount\` 仍是 \`new\` 写下的 0（标有 \`# TODO\`），模型的各项数字会把它当成真实数据。请填写真实的数字；如果确实是 0，请删掉 \`# TODO\` 注释。
          4 | function: sales
        > 5 | headcount: 0 # TODO：这个岗位的人数
            |            ^
          6 | ---

      playbooks/p/segments/buyers.mdx:3:10 warning placeholder
        这个目标客群的 \`summary\` 仍是 \`new\` 生成的占位内容，读者会把它当成真实信息。请换成符合你们销售模式的内容。
          2 | title: Buyers
        > 3 | summary: "To be written: in one paragraph, who these customers are and why they buy."
            |          ^
          4 | priority: core

      playbooks/p/segments/buyers.mdx:7:24 warning placeholder
        这个目标客群的 \`criteria.industries[1]\` 仍是 \`new\` 生成的占位内容，读者会把它当成真实信息。请换成符合你们销售模式的内容。
          6 | criteria:
        > 7 |   industries: [Retail, "To be written: an industry of these accounts"]
            |                        ^
          8 | buyingCriteria: [price]

      playbooks/p/segments/buyers.mdx:10:18 warning placeholder
        这个目标客群的 \`opportunityRate\` 仍是 \`new\` 写下的 0（标有 \`# TODO\`），模型的各项数字会把它当成真实数据。请填写真实的数字；如果确实是 0，请删掉 \`# TODO\` 注释。
           9 | accounts: 10 # TODO: filled in, the stale mark is not a placeholder
        > 10 | opportunityRate: 0 # TODO: new opportunities per account per year
             |                  ^
          11 | dealSize: 100 # a "# TODO" inside a comment is not a mark

      共 0 个错误、7 个警告。
      "
    `);
  });
});

describe('actuals-inconsistent', () => {
  it('en', async () => {
    expect(await pretty('actuals-inconsistent', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/actuals/2026-09.mdx:8:5 error actuals-inconsistent
        Segment \`buyers\`: won (8) and lost (5) make 13 resolved opportunities, more than the 10 created in the period. Every won or lost opportunity is one of those created in the period: correct the counts.
          7 |   buyers:
        > 8 |     opportunities: 10
            |     ^
          9 |     won: 8

      playbooks/p/actuals/2026-09.mdx:13:7 error actuals-inconsistent
        Segment \`buyers\`: \`reached.close\` (20) is more than the 13 resolved opportunities (won 8 + lost 5). \`reached\` counts only won and lost opportunities: correct it.
          12 |     reached:
        > 13 |       close: 20
             |       ^
          14 | ---

      2 errors and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('actuals-inconsistent', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/actuals/2026-09.mdx:8:5 error actuals-inconsistent
        目标客群 \`buyers\`：赢单 8 个、丢单 5 个，合计 13 个已有结果的商机，多于统计期内创建的 10 个商机。每个赢单或丢单的商机都必须是统计期内创建的：请改正计数。
          7 |   buyers:
        > 8 |     opportunities: 10
            |     ^
          9 |     won: 8

      playbooks/p/actuals/2026-09.mdx:13:7 error actuals-inconsistent
        目标客群 \`buyers\`：\`reached.close\`（20）多于已有结果的 13 个商机（赢单 8 + 丢单 5）。\`reached\` 只统计赢单和丢单的商机：请改正。
          12 |     reached:
        > 13 |       close: 20
             |       ^
          14 | ---

      共 2 个错误、0 个警告。
      "
    `);
  });
});

describe('actuals-drift', () => {
  it('en', async () => {
    expect(await pretty('actuals-drift', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:5:1 warning actuals-drift
        The stages of process \`sale\` add up to a cycle of 5 days, but its 40 won deals took 30 days on average from created to won (tolerance 25%: 22.5–37.5 days; snapshot \`2026-09\`, opportunities created October 1, 2025 – September 30, 2026). Change the stages’ \`days\`, or say in the body why the future will differ.
          4 | type: transactional
        > 5 | stages:
            | ^
          6 |   - id: close

      playbooks/p/processes/sale.mdx:11:17 warning actuals-drift
        Stage \`close\` of process \`sale\` assumes a conversion of 50%, but the CRM measured 80% (95% interval 67%–88.8%) over 50 resolved opportunities that reached the stage (snapshot \`2026-09\`, opportunities created October 1, 2025 – September 30, 2026). Change the assumption, or say in the body why the future will differ.
          10 |     days: 5
        > 11 |     conversion: 0.5
             |                 ^
          12 |     raci: { rep: AR }

      playbooks/p/segments/buyers.mdx:10:18 warning actuals-drift
        Segment \`buyers\` assumes an opportunity rate of 1 per account a year, but its 100 opportunities make 10 (tolerance 25%: 7.5–12.5; snapshot \`2026-09\`, opportunities created October 1, 2025 – September 30, 2026). Change the assumption, or say in the body why the future will differ.
           9 | accounts: 10
        > 10 | opportunityRate: 1
             |                  ^
          11 | dealSize: 100

      0 errors and 3 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('actuals-drift', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/processes/sale.mdx:5:1 warning actuals-drift
        销售流程 \`sale\` 各阶段天数合计为 5 天，但实际赢单的 40 个订单从创建到赢单平均用了 30 天（容差 25%，即 22.5–37.5 天；快照 \`2026-09\`，2025 年 10 月 1 日至 2026 年 9 月 30 日创建的商机）。请修改各阶段的 \`days\`，或在正文中说明为什么今后会不一样。
          4 | type: transactional
        > 5 | stages:
            | ^
          6 |   - id: close

      playbooks/p/processes/sale.mdx:11:17 warning actuals-drift
        销售流程 \`sale\` 的阶段 \`close\` 假设转化率为 50%，但 CRM 中走到这一阶段的 50 个已有结果的商机实测为 80%（95% 区间 67%–88.8%；快照 \`2026-09\`，2025 年 10 月 1 日至 2026 年 9 月 30 日创建的商机）。请修改这项假设，或在正文中说明为什么今后会不一样。
          10 |     days: 5
        > 11 |     conversion: 0.5
             |                 ^
          12 |     raci: { rep: AR }

      playbooks/p/segments/buyers.mdx:10:18 warning actuals-drift
        目标客群 \`buyers\` 假设每个客户每年产生 1 个新商机，但按 CRM 中的 100 个商机计算，实测为每个客户每年 10 个（容差 25%，即 7.5–12.5；快照 \`2026-09\`，2025 年 10 月 1 日至 2026 年 9 月 30 日创建的商机）。请修改这项假设，或在正文中说明为什么今后会不一样。
           9 | accounts: 10
        > 10 | opportunityRate: 1
             |                  ^
          11 | dealSize: 100

      共 0 个错误、3 个警告。
      "
    `);
  });
});

describe('unreadable-file', () => {
  it('en', async () => {
    expect(await pretty('unreadable-file', 'en')).toMatchInlineSnapshot(`
      "playbooks/p/roles/huge.mdx:1:1 error unreadable-file
        This file is 587.2 MB, more than a playbook file can be (2 MB: a body of at most 200,000 characters and its frontmatter), so it was not read. Split the text into several files, and keep data and images out of playbook files.

      playbooks/p/segments/enterprise.mdx:1:1 error unreadable-file
        This file is a symbolic link to something that does not exist, so nothing was read and what it should hold is missing from the site. Point the link at a file inside the project, replace it with the file itself, or remove it.

      playbooks/p/segments/fifo.mdx:1:1 error unreadable-file
        This is a named pipe, not a file, so it was not read: reading it could wait forever. Remove it, or replace it with the playbook file it stands for.

      3 errors and 0 warnings.
      "
    `);
  });
  it('zh-CN', async () => {
    expect(await pretty('unreadable-file', 'zh-CN')).toMatchInlineSnapshot(`
      "playbooks/p/roles/huge.mdx:1:1 error unreadable-file
        这个文件有 587.2 MB，超出了销售手册文件的上限（2 MB：正文最多 20 万个字符，加上 frontmatter），因此没有读取。请把内容拆成几个文件；数据和图片不要放在销售手册文件里。

      playbooks/p/segments/enterprise.mdx:1:1 error unreadable-file
        这个文件是符号链接，但它指向的目标不存在，因此没有读到任何内容，它应有的内容不会出现在网站上。请让链接指向项目内存在的文件，或直接换成文件本身，或删除这个链接。

      playbooks/p/segments/fifo.mdx:1:1 error unreadable-file
        这是一个命名管道，不是普通文件，因此没有读取：读取它可能会一直等待下去。请删除它，或换成它所代表的销售手册文件。

      共 3 个错误、0 个警告。
      "
    `);
  });
});
