// Reads a Chrome trace of one benchmark run: the main thread's CPU time per task, split into script and rendering.
// @ts-check
import { readFile } from 'node:fs/promises';

/** Trace categories that carry task CPU times (`tdur`) and the benchmark's own performance marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** Events inside a task that mean it was the browser rendering a frame rather than running the page's script. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit']);

/**
 * CPU the page's main thread spent from `fromMs` until `untilMs` after the `bench:create` mark: in script
 * tasks, in rendering tasks, and in the single most expensive task. Unlike wall-clock task lengths,
 * these do not grow when other processes take the CPU away. A task that runs across either end counts with the
 * share of it inside: the task that creates the element begins just before the mark, and a task still running
 * when the answer arrives is what the answer waits for.
 * @param {string} file @param {number} untilMs @param {number} [fromMs]
 */
export async function mainThreadCpu(file, untilMs, fromMs = 0) {
  /** @type {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number, args?: any }[]} */
  const events = JSON.parse(await readFile(file, 'utf8')).traceEvents;
  const start = events.find((event) => event.name === 'bench:create');
  if (!start) return null;
  const begin = start.ts + fromMs * 1000;
  const end = start.ts + untilMs * 1000;
  const thread = (/** @type {typeof events[number]} */ event) => event.pid === start.pid && event.tid === start.tid;
  const slices = events
    .filter((event) => thread(event) && event.ph === 'X' && event.ts + (event.dur ?? 0) >= begin && event.ts <= end)
    .sort((a, b) => a.ts - b.ts);

  let script = 0;
  let rendering = 0;
  let longestTask = 0;
  let taskEnd = 0;
  /** @type {{ cpu: number, rendering: boolean } | null} */
  let task = null;
  const close = () => {
    if (!task) return;
    if (task.rendering) rendering += task.cpu;
    else script += task.cpu;
    longestTask = Math.max(longestTask, task.cpu);
  };
  for (const slice of slices) {
    if (slice.name === 'RunTask' && slice.ts >= taskEnd) {
      close();
      const length = slice.dur ?? 0;
      taskEnd = slice.ts + length;
      const inside = length ? (Math.min(taskEnd, end) - Math.max(slice.ts, begin)) / length : 1;
      task = { cpu: ((slice.tdur ?? length) * inside) / 1000, rendering: false };
    } else if (task && slice.ts < taskEnd && RENDERING.has(slice.name)) {
      task.rendering = true;
    }
  }
  close();
  return { script, rendering, longestTask };
}
