import { describe, expect, it } from 'vitest';
import { chineseExcerpt, chineseResult } from '../../src/site/search-excerpt.ts';

const ZW = '\u200b';

describe('Chinese search excerpts', () => {
  it('turn the ". " Pagefind puts after each block into a full stop where Chinese text meets it', () => {
    // As Pagefind writes it: words split by zero-width spaces, a ". " after the heading and after a label.
    const excerpt = `规模${ZW}制造${ZW}企业${ZW}. ${ZW}核心${ZW}客${ZW}群${ZW}. ${ZW}员工${ZW}人数${ZW}300 ${ZW}– ${ZW}3,000${ZW}. ${ZW}年${ZW}营业${ZW}收入`;
    expect(chineseExcerpt(excerpt).replaceAll(ZW, '')).toBe('规模制造企业。核心客群。员工人数300 – 3,000。年营业收入');
  });

  it('join a block of one character on both of its sides', () => {
    expect(chineseExcerpt('节能收益承诺. 无. 按合同约定的')).toBe('节能收益承诺。无。按合同约定的');
  });

  it('keep the highlight of a match on either side of the joint', () => {
    expect(chineseExcerpt('<mark>企业</mark>. 核心')).toBe('<mark>企业</mark>。核心');
    expect(chineseExcerpt('采购动机. <mark>价值</mark>实现')).toBe('采购动机。<mark>价值</mark>实现');
    expect(chineseExcerpt('警告. <mark>coverage-below-goal</mark>. 本页的')).toBe('警告。<mark>coverage-below-goal</mark>。本页的');
  });

  it('leave English text and a block that already ends in punctuation as they are', () => {
    expect(chineseExcerpt('Mid-market. Account executive. 2. 3')).toBe('Mid-market. Account executive. 2. 3');
    expect(chineseExcerpt('去赢单。 客户识别标准')).toBe('去赢单。 客户识别标准');
    expect(chineseExcerpt('内线（教练） 缺口：我方')).toBe('内线（教练） 缺口：我方');
  });

  it('apply to the page’s excerpt and to each section’s', () => {
    const result = chineseResult({ url: '/x/', excerpt: '客群. 指标', sub_results: [{ title: 't', excerpt: '阶段. 目标' }] });
    expect(result).toEqual({ url: '/x/', excerpt: '客群。指标', sub_results: [{ title: 't', excerpt: '阶段。目标' }] });
  });
});
