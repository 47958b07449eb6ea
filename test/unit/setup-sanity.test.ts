import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on the pinned Node 22.12+', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
