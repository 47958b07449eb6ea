/**
 * The body context the render and security tests share: a process body with
 * two stages, `<Metric of="coverage">` and any `<Delta>` answered with fixed
 * figures, any other metric unknown.
 */
import type { BodyContext } from '../../src/body/index.ts';

export function bodyContext(overrides: Partial<BodyContext> = {}): BodyContext {
  return {
    lang: 'en',
    kind: 'processes',
    stageIds: ['qualify', 'close'],
    metric: (request) => {
      if (request.component === 'Delta') return { ok: true, text: '+10.6 pts' };
      return request.of === 'coverage' ? { ok: true, text: '62.5%', title: '0.62513' } : { ok: false, what: 'metric', value: request.of };
    },
    ...overrides,
  };
}
