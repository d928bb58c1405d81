/** Relative dates ("3 days ago") for sections with `dates="relative"`: loaded only by them. */
import { h } from './dom.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Older than this, a date is written in full: "3 weeks ago" says less than the date does. */
const WEEK = 7 * DAY;

const UNITS = [
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
] as const;

/** Formats by language, made once each: a thread formats one date per comment. */
const formats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * How long ago `iso` was, in `lang`'s words (`Intl.RelativeTimeFormat`: "3 days ago", "yesterday", "now"), in the
 * largest unit that fits; undefined for a date more than a week ago, or ahead by more than a minute's difference
 * of clocks: those are written as dates.
 */
export function relativeDate(iso: string, lang: string, now = Date.now()): string | undefined {
  const ago = now - Date.parse(iso);
  if (!(ago > -MINUTE && ago < WEEK)) return undefined;
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })));
  const [unit, size] = UNITS.find(([, size]) => ago >= size) ?? ['second', 1000];
  // Whole units passed: 47 hours ago is "yesterday", not "2 days ago".
  return format.format(-Math.max(0, Math.floor(ago / size)), unit);
}

/** The dates shown relative on this page, with their language: what the minute's refresh rewrites. */
const shown = new Map<WeakRef<HTMLTimeElement>, string>();
let ticking: ReturnType<typeof setInterval> | undefined;

/**
 * Makes a drawn `<time>` of the last week say how long ago it was: "3 days ago" to the eye, while the full date
 * and time it holds stay its accessible text (and its tooltip). It is kept current while the page stays open.
 */
export function showRelative(time: HTMLTimeElement, lang: string, now = Date.now()): void {
  const ago = relativeDate(time.dateTime, lang, now);
  if (!ago) return;
  const date = time.textContent;
  time.title = date;
  time.replaceChildren(h('span', { 'aria-hidden': 'true' }, ago), h('span', { class: 'visually-hidden' }, date));
  shown.set(new WeakRef(time), lang);
  // Once a minute, skipped while the tab is hidden.
  ticking ??= setInterval(() => document.hidden || refreshRelative(), MINUTE);
}

/**
 * Rewrites every relative date on the page for `now`: "now" becomes "1 minute ago", and a date a week old is
 * written in full again. Dates whose comment is gone are forgotten; with none left, the minute's refresh stops.
 */
export function refreshRelative(now = Date.now()): void {
  for (const [ref, lang] of shown) {
    const time = ref.deref();
    const [eye] = time?.children ?? [];
    const ago = time && relativeDate(time.dateTime, lang, now);
    if (ago) {
      if (eye.textContent !== ago) eye.textContent = ago;
      continue;
    }
    if (time) {
      time.replaceChildren(time.title);
      time.removeAttribute('title');
    }
    shown.delete(ref);
  }
  if (!shown.size) {
    clearInterval(ticking);
    ticking = undefined;
  }
}
