// The log-scale axis of the dashboard's response-time chart (the panel's and the site's): its
// bounds and ticks on durations that read well (1m, 15m, 1h, 1d, 1w…), not powers of ten.

/** Durations, in minutes, that read well on a log scale: 1 s … 2 years. */
const NICE_MINUTES = [
  1 / 60, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 5760, 10080, 20160, 43200,
  // A bug found months after it shipped gives a detection time of months.
  86400, 129600, 259200, 525600, 1051200,
];

/** A zero duration has no place on a log scale: it is drawn at 1 s (the tooltip shows the real value). */
export const SMALLEST_MINUTES = NICE_MINUTES[0];

export interface DurationAxis {
  /** Minutes. */
  min: number;
  max: number;
  /** About eight, evenly spaced on the log scale, from `min`. */
  ticks: number[];
}

/** The axis for these durations (minutes): bounds on nice durations with room, so no point is drawn on the frame. */
export function durationAxis(minutes: readonly number[]): DurationAxis {
  const low = Math.min(...minutes, 1);
  const high = Math.max(...minutes, 60);
  const min = [...NICE_MINUTES].reverse().find((n) => n < low / 1.25) ?? NICE_MINUTES[0];
  const max = NICE_MINUTES.find((n) => n > high * 1.25) ?? high * 1.25;
  const ratio = (max / min) ** (1 / 7);
  const ticks = [min];
  for (const n of NICE_MINUTES) if (n <= max && n >= ticks[ticks.length - 1] * ratio) ticks.push(n);
  return { min, max, ticks };
}
