/**
 * Calendar arithmetic in the person's local time: "in two weeks" and "2 days ago" count
 * calendar days, not 24-hour periods (a summer-time change must not shift a date).
 */

/** The same wall-clock time `days` calendar days later. */
export function addCalendarDays(time: number, days: number): number {
  const date = new Date(time);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Calendar days from `from` to `to` (0 on the same day, negative when `to` is earlier). */
export function calendarDaysBetween(from: number, to: number): number {
  const dayMs = 24 * 60 * 60 * 1000;
  // Rounding absorbs the 23- and 25-hour days of summer-time changes.
  return Math.round((startOfDay(to) - startOfDay(from)) / dayMs);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar date as an `<input type="date">` value (yyyy-mm-dd). */
export function toDateInputValue(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** Local midnight of an `<input type="date">` value; undefined when it is not a real date. */
export function fromDateInputValue(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // new Date rolls 31 February over into March; a real date reads back the same.
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real && date.getTime() >= 0 ? date.getTime() : undefined;
}
