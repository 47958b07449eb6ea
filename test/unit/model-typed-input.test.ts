/**
 * Values and YAML as people type them (src/model/typed-values.ts, typed-yaml.ts): what is recognised, what is left
 * alone because it may be text, and where each mark is.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTypedMarks, repairYaml } from '../../src/model/typed-yaml.ts';
import { numberText, typedNumber } from '../../src/model/typed-values.ts';

describe('typedNumber', () => {
  it.each([
    ['150万', 1_500_000, 'unit'],
    ['1.5亿', 150_000_000, 'unit'],
    ['3千万', 30_000_000, 'unit'],
    ['120k', 120_000, 'unit'],
    ['2.5M', 2_500_000, 'unit'],
    ['$1.2M', 1_200_000, 'currency'],
    ['¥150万', 1_500_000, 'currency'],
    ['150 万元', 1_500_000, 'currency'],
    ['US$ 80,000', 80_000, 'currency'],
    ['1,200,000', 1_200_000, 'separators'],
    ['１５０', 150, 'full-width'],
  ] as const)('reads %s as %d (%s)', (text, value, form) => {
    expect(typedNumber(text)).toEqual({ value, form });
  });

  it('reads a percentage only where a share is expected', () => {
    expect(typedNumber('60%', { share: true })).toEqual({ value: 0.6, form: 'percent' });
    expect(typedNumber('12.5％', { share: true })).toEqual({ value: 0.125, form: 'percent' });
    expect(typedNumber('60%')).toBeUndefined();
  });

  it.each(['1.2', 'many', '12,34', '1,2345', '3 months', '150万人次', '1e6', '', '--5'])('leaves %j alone', (text) => {
    expect(typedNumber(text, { share: true })).toBeUndefined();
  });

  it('writes the number as YAML reads it back', () => {
    for (const text of ['150万', '1.5亿', '$1.2M', '60%']) {
      const { value } = typedNumber(text, { share: true })!;
      expect(parse(`x: ${numberText(value)}`)).toEqual({ x: value });
    }
  });
});

describe('findTypedMarks', () => {
  const marks = (yaml: string) => findTypedMarks(yaml).map((m) => `${m.typed} ${m.line}:${m.at ?? m.column} ${JSON.stringify(m.replacement)}${m.sure ? '' : ' ?'}`);

  it('finds a full-width colon after a field name, sure; after a Chinese key, only maybe', () => {
    expect(marks('title: A\nheadcount：2')).toEqual(['colon 1:9 ": "']);
    expect(marks('title: A\nheadcount： 2')).toEqual(['colon 1:9 ":"']);
    expect(marks('raci:\n  ae: R\n  财务总监：A')).toEqual(['colon 2:6 ": " ?']);
  });

  it('leaves a full-width colon in a value, a sentence of a list and a block scalar alone', () => {
    expect(marks('summary: 待填写：用一段话说明')).toEqual([]);
    expect(marks('exitCriteria:\n  - 第一步：确认预算\n  - 第二步：签约')).toEqual([]);
    expect(marks('summary: |\n  说明：这是正文\n  note：x\ntitle: A')).toEqual([]);
    expect(marks('title: A # 备注：全角')).toEqual([]);
  });

  it('finds the tabs of the indentation, as wide as the file\u2019s own step', () => {
    expect(marks('goals:\n\tcoverage: 0.8')).toEqual(['tab 1:0 "  "']);
    expect(marks('a:\n    b: 1\nc:\n\td: 2')).toEqual(['tab 3:0 "    "']);
  });

  it('finds brackets around a value with their commas as one mark, and commas of a flow list as one', () => {
    expect(marks('buyingCriteria: 【价格，服务】')).toEqual(['bracket 0:16 "[价格, 服务]"']);
    expect(marks('offerings: [starter，platform，care]')).toEqual(['comma 0:19 ", platform, "']);
    // Between Chinese words a full-width comma may be text: only when the YAML does not parse.
    expect(marks('industries: [制造业，能源]')).toEqual(['comma 0:16 ", " ?']);
    expect(marks('industries: [制造业，能源, 化工]')).toEqual([]);
  });

  it('finds typographic quotes around a whole value, as maybe', () => {
    expect(marks('title: “Acme: the model”')).toEqual(['quote 0:7 "\\"Acme: the model\\"" ?']);
    expect(marks('summary: 我们称之为“战略高地”的客户')).toEqual([]);
  });

  it('repairs the text and maps its columns back', () => {
    const yaml = 'headcount：2\nbuyingCriteria: 【a，b】 # x';
    const repaired = repairYaml(yaml, findTypedMarks(yaml));
    expect(repaired.text).toBe('headcount: 2\nbuyingCriteria: [a, b] # x');
    expect(parse(repaired.text)).toEqual({ headcount: 2, buyingCriteria: ['a', 'b'] });
    // `2` is at column 11 of the repaired line, 10 of the line as written; `# x` after the brackets moved by one.
    expect(repaired.originalColumn(0, 11)).toBe(10);
    expect(repaired.originalColumn(0, 3)).toBe(3);
    expect(repaired.originalColumn(1, 23)).toBe(22);
  });
});
