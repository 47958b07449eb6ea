/** Codes about files that are not read: not UTF-8 (a playbook file or a CRM export), a link outside the project, or a file that cannot be read at all. */
import { distinct } from '../../format/numbers.ts';
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

export const fileEncoding = defineCode<{
  encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8';
  /** the first bad byte, as two hex digits */
  byte?: string;
  /** v1.2: a CRM export read by `actuals import` (not a playbook file), with the encoding its bytes look like. */
  csv?: { guess: 'gbk' | 'windows-1252' | 'unknown' };
}>()({
  severity: 'error',
  title: { en: 'Not UTF-8', 'zh-CN': '文件不是 UTF-8 编码' },
  when: { en: 'The file is not UTF-8 text (the line of the first bad byte is shown).', 'zh-CN': '文件不是 UTF-8 文本（指出第一个无法识别的字节所在的行）。' },
  fix: {
    en: 'Save the file as UTF-8 (in VS Code: "Save with Encoding" → UTF-8; or `iconv -f <encoding> -t UTF-8`).',
    'zh-CN': '把文件另存为 UTF-8（VS Code：“通过编码保存”→ UTF-8；或用 `iconv -f <原编码> -t UTF-8` 转换）。',
  },
  message: {
    en: (p) =>
      p.csv
        ? csvEncodingEn(p.encoding, p.csv.guess, p.byte)
        : p.encoding === 'not-utf-8'
        ? `This file is not UTF-8: byte 0x${p.byte ?? '??'} here is not valid UTF-8 text (often a file saved as Latin-1 or Windows-1252, or GBK for Chinese), and playbook files must be UTF-8.`
        : `This file is UTF-16 (${p.encoding === 'utf-16le' ? 'little' : 'big'}-endian, it starts with a UTF-16 byte-order mark), but playbook files must be UTF-8.`,
    'zh-CN': (p) =>
      p.csv
        ? csvEncodingZh(p.encoding, p.csv.guess, p.byte)
        : p.encoding === 'not-utf-8'
        ? `这个文件不是 UTF-8 编码：此处的字节 0x${p.byte ?? '??'} 不是合法的 UTF-8 文本（常见于按 GBK、Latin-1 或 Windows-1252 保存的文件），而销售手册文件必须是 UTF-8。`
        : `这个文件是 UTF-16 编码（${p.encoding === 'utf-16le' ? '小端' : '大端'}，开头有 UTF-16 字节顺序标记），而销售手册文件必须是 UTF-8。`,
  },
  hint: {
    // A CRM export's message says how to save it again already (Excel, iconv).
    en: (p) =>
      p.csv
        ? ''
        : `Save it with the encoding UTF-8 (in VS Code, "Save with Encoding"), or convert it with \`iconv -f ${p.encoding === 'not-utf-8' ? '<its encoding>' : 'UTF-16'} -t UTF-8\`.`,
    'zh-CN': (p) =>
      p.csv
        ? ''
        : `请用 UTF-8 编码重新保存（VS Code：“通过编码保存”），或用 \`iconv -f ${p.encoding === 'not-utf-8' ? '<原编码>' : 'UTF-16'} -t UTF-8\` 转换。`,
  },
});

/** A CRM export that is not UTF-8: the encoding it looks like, and how to save it again. */
function csvEncodingEn(encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8', guess: 'gbk' | 'windows-1252' | 'unknown', byte: string | undefined): string {
  const resave = 'In Excel, "Save As" → "CSV UTF-8 (Comma delimited)"; or convert it with';
  if (encoding !== 'not-utf-8') {
    return `This export is UTF-16 (${encoding === 'utf-16le' ? 'little' : 'big'}-endian), as Excel writes "Unicode Text", but \`actuals import\` reads UTF-8 CSV. ${resave} \`iconv -f UTF-16 -t UTF-8 <file> > <file>-utf8.csv\`.`;
  }
  const looks =
    guess === 'gbk'
      ? 'it looks like GBK (GB18030), the encoding of a Chinese Windows or a Chinese CRM'
      : guess === 'windows-1252'
        ? 'it looks like Windows-1252 (Latin-1), the encoding of a Western Windows'
        : 'its encoding is unknown';
  const from = guess === 'gbk' ? 'GB18030' : guess === 'windows-1252' ? 'WINDOWS-1252' : '<its encoding>';
  return `This export is not UTF-8 (byte 0x${byte ?? '??'} here): ${looks}. \`actuals import\` reads UTF-8 CSV, so that no name is misread. ${resave} \`iconv -f ${from} -t UTF-8 <file> > <file>-utf8.csv\`.`;
}

function csvEncodingZh(encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8', guess: 'gbk' | 'windows-1252' | 'unknown', byte: string | undefined): string {
  const resave = '在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”；或用';
  if (encoding !== 'not-utf-8') {
    return `这个导出文件是 UTF-16 编码（${encoding === 'utf-16le' ? '小端' : '大端'}，Excel 保存“Unicode 文本”时就是这种编码），而 \`actuals import\` 读取的是 UTF-8 编码的 CSV。${resave} \`iconv -f UTF-16 -t UTF-8 <文件> > <文件>-utf8.csv\` 转换。`;
  }
  const looks =
    guess === 'gbk'
      ? '看起来是 GBK（GB18030）编码，中文 Windows 和国内 CRM 常用这种编码'
      : guess === 'windows-1252'
        ? '看起来是 Windows-1252（Latin-1）编码，西文 Windows 常用这种编码'
        : '无法判断它的编码';
  const from = guess === 'gbk' ? 'GB18030' : guess === 'windows-1252' ? 'WINDOWS-1252' : '<原编码>';
  return `这个导出文件不是 UTF-8 编码（此处的字节 0x${byte ?? '??'}）：${looks}。\`actuals import\` 读取 UTF-8 编码的 CSV，以免名称被读错。${resave} \`iconv -f ${from} -t UTF-8 <文件> > <文件>-utf8.csv\` 转换。`;
}

export const symlinkOutside = defineCode<{ what: 'file' | 'folder' }>()({
  severity: 'error',
  title: { en: 'Link outside the project', 'zh-CN': '链接指向项目之外' },
  when: {
    en: 'A file or folder is a symbolic link that resolves outside the project root; it is never read.',
    'zh-CN': '某个文件或文件夹是符号链接，指向项目根目录之外；这样的链接不会被读取。',
  },
  fix: {
    en: 'Copy the file into the playbook instead of linking to it, or link to a file inside the project.',
    'zh-CN': '把文件复制进销售手册，而不是链接过去；或者改为链接项目内的文件。',
  },
  message: {
    en: (p) =>
      `This ${p.what} is a symbolic link to somewhere outside the project, so it was not read: a playbook may only contain what is reviewed in its own repository (a link could publish any file of the machine that builds the site).`,
    'zh-CN': (p) =>
      `这个${p.what === 'file' ? '文件' : '文件夹'}是指向项目之外的符号链接，因此没有被读取：销售手册只能包含本项目 Git 仓库中经过评审的内容（链接可能把构建机器上的任意文件发布出去）。`,
  },
  hint: {
    en: (p) => `Copy the ${p.what} into the playbook, or link to one inside the project.`,
    'zh-CN': (p) => `请把它复制进销售手册，或改为链接项目内的${p.what === 'file' ? '文件' : '文件夹'}。`,
  },
});

/** Why a file (or a folder, or a link) inside a playbook could not be read (format §3, `unreadable-file`). */
export type UnreadableReason =
  /** A symbolic link whose target does not exist. */
  | 'dangling'
  /** A named pipe, a socket or a device: opening one may wait forever. */
  | 'pipe'
  | 'socket'
  | 'device'
  /** No permission to read it (EACCES, EPERM). */
  | 'permission'
  /** Larger than a playbook file can be: `size` and `max` in bytes. */
  | 'too-large'
  /** Another error of the system: its `code` (EIO…). */
  | 'error';

export interface UnreadableParams {
  what: 'file' | 'folder';
  reason: UnreadableReason;
  /** The system's error code, for `error` and `permission`. */
  code?: string;
  /** For `too-large`: the file's size and the most a playbook file may have, in bytes, and the body's limit in characters. */
  size?: number;
  max?: number;
  bodyMax?: number;
}

/** A size in megabytes, with as many digits as it takes to differ from the limit it is compared with. */
const megabytes = (c: MessageContext, size: number, max: number): [string, string] => distinct(size / 1e6, max / 1e6, (v, digits = 1) => c.fmt.number(v, digits)).map((n) => `${n} MB`) as [string, string];

export const unreadableFile = defineCode<UnreadableParams>()({
  severity: 'error',
  title: { en: 'Unreadable file', 'zh-CN': '文件无法读取' },
  when: {
    en: 'A file or link inside a playbook cannot be read: a symbolic link to nothing, a named pipe, socket or device, a file without read permission, or a file larger than a playbook file can be (a body of at most 200,000 characters and its frontmatter: 2 MB).',
    'zh-CN': '销售手册里的某个文件或链接无法读取：指向不存在目标的符号链接、命名管道、套接字或设备文件、没有读取权限的文件，或超出销售手册文件大小上限的文件（正文最多 20 万个字符，加上 frontmatter，共 2 MB）。',
  },
  fix: {
    en: 'Replace it with a readable file of the playbook (or remove it); split a file that is too large.',
    'zh-CN': '换成可以读取的销售手册文件（或删除它）；文件太大时请拆分。',
  },
  message: {
    en: (p, c) => {
      const it = p.what === 'folder' ? 'This folder' : 'This file';
      switch (p.reason) {
        case 'dangling':
          return `${it} is a symbolic link to something that does not exist, so nothing was read and what it should hold is missing from the site.`;
        case 'pipe':
        case 'socket':
        case 'device':
          return `This is ${p.reason === 'pipe' ? 'a named pipe' : p.reason === 'socket' ? 'a socket' : 'a device'}, not a file, so it was not read: reading it could wait forever.`;
        case 'permission':
          return `${it} cannot be ${p.what === 'folder' ? 'listed' : 'read'}: permission denied (${p.code ?? 'EACCES'}), so ${p.what === 'folder' ? 'none of its files were read' : 'it was not read'}.`;
        case 'too-large': {
          const [size, max] = megabytes(c, p.size ?? 0, p.max ?? 0);
          return `This file is ${size}, more than a playbook file can be (${max}: a body of at most ${c.fmt.exact(p.bodyMax ?? 0)} characters and its frontmatter), so it was not read.`;
        }
        default:
          return `${it} could not be ${p.what === 'folder' ? 'listed' : 'read'} (${p.code ?? 'error'}), so ${p.what === 'folder' ? 'none of its files were read' : 'it was not read'}.`;
      }
    },
    'zh-CN': (p, c) => {
      const it = p.what === 'folder' ? '这个文件夹' : '这个文件';
      switch (p.reason) {
        case 'dangling':
          return `${it}是符号链接，但它指向的目标不存在，因此没有读到任何内容，它应有的内容不会出现在网站上。`;
        case 'pipe':
        case 'socket':
        case 'device':
          return `这是一个${p.reason === 'pipe' ? '命名管道' : p.reason === 'socket' ? '套接字' : '设备文件'}，不是普通文件，因此没有读取：读取它可能会一直等待下去。`;
        case 'permission':
          return `没有${p.what === 'folder' ? '列出' : '读取'}${it}的权限（${p.code ?? 'EACCES'}），因此${p.what === 'folder' ? '其中的文件都没有读取' : '没有读取'}。`;
        case 'too-large': {
          const [size, max] = megabytes(c, p.size ?? 0, p.max ?? 0);
          return `这个文件有 ${size}，超出了销售手册文件的上限（${max}：正文最多 ${c.fmt.count(p.bodyMax ?? 0)}个字符，加上 frontmatter），因此没有读取。`;
        }
        default:
          return `${p.what === 'folder' ? '列出' : '读取'}${it}时出错（${p.code ?? 'error'}），因此${p.what === 'folder' ? '其中的文件都没有读取' : '没有读取'}。`;
      }
    },
  },
  hint: {
    en: (p, c) => {
      switch (p.reason) {
        case 'dangling':
          return `Point the link at a ${p.what} inside the project, replace it with the ${p.what} itself, or remove it.`;
        case 'pipe':
        case 'socket':
        case 'device':
          return 'Remove it, or replace it with the playbook file it stands for.';
        case 'permission':
          return `Make it readable (${c.code(p.what === 'folder' ? 'chmod a+rx' : 'chmod a+r')}), or check who owns it.`;
        case 'too-large':
          return 'Split the text into several files, and keep data and images out of playbook files.';
        default:
          return `Check the disk and the ${p.what}, then run the check again.`;
      }
    },
    'zh-CN': (p, c) => {
      const it = p.what === 'folder' ? '文件夹' : '文件';
      switch (p.reason) {
        case 'dangling':
          return `请让链接指向项目内存在的${it}，或直接换成${it}本身，或删除这个链接。`;
        case 'pipe':
        case 'socket':
        case 'device':
          return '请删除它，或换成它所代表的销售手册文件。';
        case 'permission':
          return `请把它设为可读（${c.code(p.what === 'folder' ? 'chmod a+rx' : 'chmod a+r')}），或检查它的所有者。`;
        case 'too-large':
          return '请把内容拆成几个文件；数据和图片不要放在销售手册文件里。';
        default:
          return `请检查磁盘和这个${it}，然后重新运行检查。`;
      }
    },
  },
});
