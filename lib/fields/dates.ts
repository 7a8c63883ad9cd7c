/**
 * Calendar dates as ISO strings (yyyy-mm-dd). Four-digit years make the strings compare in
 * calendar order, so rules compare them with < and >. Arithmetic is calendar arithmetic: a year
 * later is the same day and month, never 365 days.
 *
 * 29 February: in a year without it, the anniversary falls on 1 March, the first day on which
 * the full number of years has certainly passed; a person born 2004-02-29 turns 14 on 2018-03-01.
 * (A term counted by Civil Code art. 192 would end on 28 February instead, so rules built on this
 * choice are at most one day stricter, never more lenient.)
 */
import { toAsciiDigits } from '../text';

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What people type: дд.мм.гггг with dots, slashes, dashes or spaces, one- or two-digit day and month. */
const DAY_MONTH_YEAR = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$/;
/** A date picker read back without its dots: ддммгггг. */
const DAY_MONTH_YEAR_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})[./\- ](\d{1,2})[./\- ](\d{1,2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  const real = year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return real ? { year, month, day } : undefined;
}

function isoOf({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIso(iso: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(iso);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== undefined;
}

/** A typed date (дд.мм.гггг and the variants above, or ISO) → ISO, or undefined when it is not a real date. */
export function parseDateInput(raw: string): string | undefined {
  const text = toAsciiDigits(raw).trim();
  const dayFirst = DAY_MONTH_YEAR.exec(text) ?? DAY_MONTH_YEAR_DIGITS.exec(text);
  if (dayFirst) {
    const date = validDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
    return date && isoOf(date);
  }
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  const date = yearFirst && validDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return date ? isoOf(date) : undefined;
}

/** ISO → дд.мм.гггг, the portal's display; anything else is returned unchanged. */
export function displayDate(iso: string): string {
  const date = parseIso(iso);
  return date ? `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${String(date.year)}` : iso;
}

/** The local calendar day of `moment` as ISO (the person's «today»). */
export function isoDay(moment: Date): string {
  return isoOf({ year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() });
}

/** The anniversary `years` after an ISO date; 29 February becomes 1 March in common years. */
export function addYears(iso: string, years: number): string {
  const date = parseIso(iso);
  if (!date) return iso;
  const year = date.year + years;
  const leapDayLost = date.month === 2 && date.day === 29 && !isLeapYear(year);
  return isoOf(leapDayLost ? { year, month: 3, day: 1 } : { year, month: date.month, day: date.day });
}

export function addDays(iso: string, days: number): string {
  const date = parseIso(iso);
  if (!date) return iso;
  const moment = new Date(0);
  moment.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return isoOf({ year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() });
}
