/**
 * What the CLI's commands say besides diagnostics and setup problems, in both
 * languages: `new`'s report, `export`'s refusal and summary, `check --fix`'s
 * list of changes. Each a function of its data (the diagnostics' and setup
 * problems' catalogues are src/diagnostics/).
 */
import { spaceCjkLatinOutsideQuotes } from '../format/cjk.ts';
import type { Lang } from '../diagnostics/context.ts';

const tick = (text: string) => `\`${text}\``;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `a, b or c` / `a、b 或 c`. */
function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return lang === 'zh-CN' ? `${items.slice(0, -1).join('、')}或${items[items.length - 1]}` : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

interface Words {
  // new
  createdPlaybook(file: string, folders: readonly string[], next: string, order: string): string;
  createdEntity(file: string, refers: readonly string[], next: string): string;
  exists(file: string, kind: string): string;
  lacks(kind: string, playbook: string, missing: readonly string[], commands: string, again: string): string;
  // export
  notExported(errors: number, warnings: number): string;
  exportedWithWarnings(warnings: number): string;
  // check --fix
  fixed(file: string, line: number, column: number, from: string, to: string): string;
  fixedSummary(changes: number, files: number): string;
  nothingToFix: string;
  // what-if, when it computes nothing
  whatIfBlocked(scenario: string | null, playbook: string, errors: number): string;
  whatIfChangeProblems(problems: number): string;
  // pdf
  pdfBuilding(playbook: string): string;
  pdfWrote(file: string, pages: number | null): string;
  pdfBlocked(errors: number): string;
}

const EN: Words = {
  createdPlaybook: (file, folders, next, order) =>
    `Created ${file} and the empty folders ${folders.join(', ')}.\n\n` +
    `Next: ${next} Then add the entities, in this order since each refers to the ones before:\n` +
    order +
    `and run \`npm run check\` after each edit: it lists every placeholder left to fill in (\`placeholder\` warnings).\n`,
  createdEntity: (file, refers, next) =>
    `Created ${file}${refers.length ? `, referring to ${refers.join(', ')}` : ''}.\n\nNext: ${next} Then run \`npm run check\`: it lists every placeholder of the file that is left to fill in (\`placeholder\` warnings).\n`,
  exists: (file, kind) => `${file} already exists; nothing was written. \`new\` never overwrites a file: edit that ${kind} instead, or choose another id.\n`,
  lacks: (kind, playbook, missing, commands, again) =>
    `Nothing was written: a new ${kind} refers to other files of its playbook, and playbook ${tick(playbook)} has no valid ${orList(missing, 'en')} yet. Create ${missing.length === 1 ? 'it' : 'them'} first:\n` +
    commands +
    `then run ${tick(again)} again.\n`,
  notExported: (errors, warnings) =>
    `Nothing was exported: ${errors > 0 ? `the playbooks have ${plural(errors, 'error')}` : `the playbooks have ${plural(warnings, 'warning')} and --strict is on`}, and numbers computed from them would mislead. Fix them (\`npm run check\` lists the same problems) and export again.\n`,
  exportedWithWarnings: (warnings) => `Exported, with ${plural(warnings, 'warning')} (run \`npm run check\` for details).\n`,
  fixed: (file, line, column, from, to) => `${file}:${line}:${column}  ${tick(from)} → ${tick(to)}`,
  fixedSummary: (changes, files) => `Fixed ${plural(changes, 'problem')} in ${plural(files, 'file')}; nothing else was changed. What is left:`,
  nothingToFix: 'Nothing to fix safely: no file was changed.',
  whatIfBlocked: (scenario, playbook, errors) =>
    `No what-if: ${scenario === null ? `playbook ${tick(playbook)}` : `scenario ${tick(scenario)}`} has ${plural(errors, 'error')}, and numbers computed from them would mislead. Fix them (\`npm run check\` lists the same problems) and run what-if again.\n`,
  whatIfChangeProblems: (problems) =>
    `No what-if: ${plural(problems, 'change problem')}. A path must name a field that exists (the docs' "Planning with scenarios" lists them) and the changed playbook must pass the checks.\n`,
  pdfBuilding: (playbook) => `Building the site into a temporary folder to print ${playbook} (about half a minute; --site dist prints from a built site instead)…\n`,
  pdfWrote: (file, pages) => `Wrote ${file}${pages ? ` (${plural(pages, 'page')})` : ''}.\n`,
  pdfBlocked: (errors) =>
    `No PDF was made: the playbooks have ${plural(errors, 'error')}, and the site (which the PDF is printed from) is built only without errors. Fix them (\`npm run check\` lists the same problems) and try again.\n`,
};

const ZH: Words = {
  createdPlaybook: (file, folders, next, order) =>
    `已创建 ${file} 和空文件夹 ${folders.join('、')}。\n\n` +
    `下一步：${next}然后按下面的顺序添加各个条目（每一类都会引用前面几类）：\n` +
    order +
    `每次修改后运行 \`npm run check\`：它会列出所有还要填写的占位内容（\`placeholder\` 警告）。\n`,
  createdEntity: (file, refers, next) =>
    `已创建 ${file}${refers.length ? `，引用了${refers.join('、')}` : ''}。\n\n下一步：${next}然后运行 \`npm run check\`：它会列出这个文件里所有还要填写的占位内容（\`placeholder\` 警告）。\n`,
  exists: (file, kind) => `${file} 已经存在，没有写入任何文件。\`new\` 从不覆盖已有文件：请直接编辑这个${kind}，或换一个 id。\n`,
  lacks: (kind, playbook, missing, commands, again) =>
    `没有写入任何文件：新的${kind}要引用销售手册里的其他文件，而销售手册 ${tick(playbook)} 还没有合法的${orList(missing, 'zh-CN')}。请先创建：\n` +
    commands +
    `然后再运行一次 ${tick(again)}。\n`,
  notExported: (errors, warnings) =>
    `没有导出：${errors > 0 ? `销售手册有 ${errors} 个错误` : `销售手册有 ${warnings} 个警告，且开启了 --strict`}，据此算出的数字会误导人。请先改正（\`npm run check\` 列出的是同样的问题），再导出。\n`,
  exportedWithWarnings: (warnings) => `已导出，但有 ${warnings} 个警告（运行 \`npm run check\` 查看详情）。\n`,
  fixed: (file, line, column, from, to) => `${file}:${line}:${column}  ${tick(from)} → ${tick(to)}`,
  fixedSummary: (changes, files) => `已在 ${files} 个文件中改正 ${changes} 处，其他内容没有改动。剩下的问题：`,
  nothingToFix: '没有可以放心自动改正的地方，没有改动任何文件。',
  whatIfBlocked: (scenario, playbook, errors) =>
    `没有测算：${scenario === null ? `销售手册 ${tick(playbook)}` : `情景 ${tick(scenario)}`}有 ${errors} 个错误，据此算出的数字会误导人。请先改正（\`npm run check\` 列出的是同样的问题），再运行 what-if。\n`,
  whatIfChangeProblems: (problems) =>
    `没有测算：改动有 ${problems} 个问题。每条路径都要指向一个存在的字段（见文档“用情景做规划”），改动后的手册也要通过检查。\n`,
  pdfBuilding: (playbook) => `正在把站点构建到临时文件夹，以便打印 ${playbook}（大约半分钟；用 --site dist 可以直接打印已构建的站点）…\n`,
  pdfWrote: (file, pages) => `已写入 ${file}${pages ? `（共 ${pages} 页）` : ''}。\n`,
  pdfBlocked: (errors) =>
    `没有生成 PDF：销售手册有 ${errors} 个错误，而 PDF 打印自站点，站点只有在没有错误时才会构建。请先改正（\`npm run check\` 列出的是同样的问题），再试一次。\n`,
};

/** The CLI's words in a language; Chinese sentences spaced as mainland typography sets them. */
export function cliWords(lang: Lang): Words {
  if (lang === 'en') return EN;
  const spaced = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(ZH)) {
    spaced[key] = typeof value === 'function' ? (...args: unknown[]) => spaceCjkLatinOutsideQuotes((value as (...a: unknown[]) => string)(...args)) : spaceCjkLatinOutsideQuotes(value as string);
  }
  return spaced as unknown as Words;
}
