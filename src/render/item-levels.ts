/**
 * How far a sub-item is set in, per level, as quotes show it: two em spaces. Discord drops a line's leading ASCII
 * spaces (in embeds as in messages), not an em space, which no markdown rule reads either; a terminal prints it as
 * a space.
 */
export const ITEM_INDENT = '\u2003\u2003';

/**
 * A line opening with an item's mark in parentheses or before one (`(b)`, `(ii)`, `(A)`, `(3)`, `b)`), or a small
 * letter or roman numeral before a stop (`b.`, `ii.`).
 */
const ITEM_MARK = /^(?:\(?([ivx]{1,5}|[a-z]{1,2}|[A-Z]|\d{1,2})\)|([ivx]{1,5}|[a-z])\.)\s/u;

type Kind = 'letter' | 'roman' | 'capital' | 'number';
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/u;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };

/** The value of a small roman numeral (`iv` → 4), or 0 when the mark is none. */
function romanValue(mark: string): number {
	if (mark === '' || !ROMAN.test(mark)) return 0;
	let value = 0;
	for (let i = 0; i < mark.length; i += 1) {
		const here = ROMAN_VALUES[mark[i] ?? ''] ?? 0;
		const next = ROMAN_VALUES[mark[i + 1] ?? ''] ?? 0;
		value += here < next ? -here : here;
	}
	return value;
}

/** The position of a mark in a sequence of its kind (`c` → 3, `iv` → 4, `B` → 2, `12` → 12), 0 when not of it. */
function positionIn(kind: Kind, mark: string): number {
	if (kind === 'roman') return romanValue(mark);
	if (kind === 'number') return /^\d+$/u.test(mark) ? Number(mark) : 0;
	const letters = kind === 'letter' ? /^[a-z]$/u : /^[A-Z]$/u;
	return letters.test(mark) ? mark.toLowerCase().charCodeAt(0) - 96 : 0;
}

const KINDS: readonly Kind[] = ['letter', 'roman', 'capital', 'number'];

/**
 * A paragraph's text with its sub-items set in by their level (`ITEM_INDENT` per level), so that a reader sees that
 * `(i)`–`(iii)` belong to the `(b)` above them: each item's mark continues a sequence already open (`(c)` after
 * `(b)`, `(ii)` after `(i)`: back to that level), or opens one a level deeper (`(i)` after `(b)`; `(i)` after `(h)`
 * goes on with the letters). Lines without a mark, and the items of the first level, are left as they are; the
 * words are never changed.
 */
export function withItemLevels(text: string, indent = ITEM_INDENT): string {
	if (!text.includes('\n')) return text;
	const open: { kind: Kind; at: number }[] = [];
	return text
		.split('\n')
		.map((line) => {
			const found = ITEM_MARK.exec(line);
			const mark = found?.[1] ?? found?.[2];
			if (mark === undefined) return line;
			// Going on with an open sequence, the innermost first: back to its level.
			for (let level = open.length - 1; level >= 0; level -= 1) {
				const sequence = open[level] as { kind: Kind; at: number };
				if (positionIn(sequence.kind, mark) === sequence.at + 1) {
					open.length = level + 1;
					sequence.at += 1;
					return indent.repeat(level) + line;
				}
			}
			// Opening a sequence of a kind not open yet, a level deeper.
			// The first item of a quote may be any of its sequence's (`(b)` quoted without its `(a)`).
			const kind =
				KINDS.find((k) => positionIn(k, mark) === 1 && !open.some((s) => s.kind === k)) ??
				(open.length === 0 ? KINDS.find((k) => positionIn(k, mark) > 0) : undefined);
			if (kind === undefined) return line;
			open.push({ kind, at: positionIn(kind, mark) });
			return indent.repeat(open.length - 1) + line;
		})
		.join('\n');
}
