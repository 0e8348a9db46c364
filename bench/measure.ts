// Timing and the result table shared by every benchmark suite.
import { alignColumns } from '../src/cli/table';

/** A target a row must meet: a time in milliseconds, a size in KB, or a ratio to its baseline. */
export interface Goal {
  max: number;
  unit: 'ms' | 'KB' | 'ratio';
}

/** One line of the table. */
export interface Row {
  name: string;
  /** Median milliseconds per run; kilobytes for a size row (`unit: 'KB'`). */
  ms: number;
  /** Set for a row that measures a size (a bundle), not a time. */
  unit?: 'KB';
  /** The row this one is compared with; its ratio is ms / baseline.ms. */
  baseline?: Row;
  goal?: Goal;
}

/** A group of measurements that share a set-up (e.g. a generated workspace). */
export interface Suite {
  name: string;
  run(): Row[] | Promise<Row[]>;
}

export interface MeasureOptions {
  /** Timed runs per case; the median is kept. */
  repetitions?: number;
  /** Untimed runs first, so the JIT has compiled the code being timed. */
  warmup?: number;
}

/**
 * Median milliseconds of each case. Cases are run in turn within each repetition, so a slow
 * spell of the machine (other processes, GC) hits them alike and ratios between them hold.
 */
export function measure<K extends string>(cases: Record<K, () => void>, options: MeasureOptions = {}): Record<K, number> {
  const { repetitions = 5, warmup = 1 } = options;
  const names = Object.keys(cases) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let i = 0; i < warmup + repetitions; i++) {
    for (const name of names) {
      const start = performance.now();
      cases[name]();
      const elapsed = performance.now() - start;
      if (i >= warmup) samples.get(name)!.push(elapsed);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name)!)])) as Record<K, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Whether a row meets its goal; undefined without one. */
export function meetsGoal(row: Row): boolean | undefined {
  if (!row.goal) return undefined;
  const value = row.goal.unit === 'ratio' ? ratioOf(row) : row.ms;
  return value !== undefined && value <= row.goal.max;
}

function ratioOf(row: Row): number | undefined {
  return row.baseline ? row.ms / row.baseline.ms : undefined;
}

/** The table: `name | median | ratio | baseline | goal | ok?`, columns aligned. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['name', 'median', 'ratio', 'baseline', 'goal', 'ok?'];
  const cells = rows.map((row) => {
    const ratio = ratioOf(row);
    const ok = meetsGoal(row);
    return [
      row.name,
      `${row.ms.toFixed(row.ms < 10 ? 2 : 1)} ${row.unit ?? 'ms'}`,
      ratio === undefined ? '' : `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`,
      row.baseline?.name ?? '',
      row.goal ? `≤ ${row.goal.max}${row.goal.unit === 'ratio' ? '×' : ` ${row.goal.unit}`}` : '',
      ok === undefined ? '' : ok ? 'yes' : 'NO',
    ];
  });
  const [title, ...lines] = alignColumns([header, ...cells], { separator: ' | ', right: [1, 2] });
  return [title, title.replace(/[^|]/g, '-'), ...lines].join('\n');
}
