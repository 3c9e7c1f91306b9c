/** `2024-03-10`: the only form a date takes in document metadata. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Whether a string is a real calendar date written YYYY-MM-DD. The shape alone is not enough: `2024-13-45` or
 * `2023-02-29` pass a pattern, then make every date formatter throw (`RangeError: Invalid time value`) when a
 * citation is rendered. The date must come back unchanged from the calendar.
 */
export function isCalendarDate(text: unknown): text is string {
	if (typeof text !== 'string') return false;
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back, so the round trip is exact.
	date.setUTCFullYear(year);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
