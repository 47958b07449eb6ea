/**
 * The problems of an import, kept as `checkProject` keeps a file's: at most
 * MAX_PER_CODE of one code per file are listed, the last one listed counting
 * the rest (a wrong date format makes every row of a million-row export
 * unusable; the author needs twenty lines and a count, not a million).
 */
import type { Code, ParamsOf } from '../diagnostics/codes.ts';
import { diagnostic, MAX_PER_CODE, type Diagnostic } from '../diagnostics/diagnostic.ts';

export class Problems {
  private readonly listed: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();
  private readonly last = new Map<string, Diagnostic>();

  add<C extends Code>(code: C, file: string, line: number, params: ParamsOf<C>): void {
    const key = `${file}\0${code}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n > MAX_PER_CODE) return;
    const d = diagnostic(code, file, { line, column: 1 }, params);
    this.listed.push(d);
    this.last.set(key, d);
  }

  /** Diagnostics made elsewhere (the header's), counted like the others. */
  push(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      const key = `${d.file}\0${d.code}`;
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      if (n > MAX_PER_CODE) continue;
      this.listed.push(d);
      this.last.set(key, d);
    }
  }

  get size(): number {
    return this.listed.length;
  }

  /** Every problem counted, listed or not. */
  get total(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  /** The listed problems, each code's last one saying how many more there are. */
  list(): Diagnostic[] {
    return this.listed.map((d) => {
      const key = `${d.file}\0${d.code}`;
      const more = (this.counts.get(key) ?? 0) - MAX_PER_CODE;
      return more > 0 && this.last.get(key) === d ? { ...d, omitted: more } : d;
    });
  }
}
