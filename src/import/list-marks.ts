import type { HTMLElement } from 'node-html-parser';

/** How an ordered list counts its items, as HTML's `type` and CSS's `list-style-type` name the ways. */
type Counting = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

/** HTML's `<ol type>` values, case-sensitive as the standard has them (`a` and `A` differ). */
const TYPE_ATTRIBUTE: Readonly<Record<string, Counting>> = {
	'1': 'decimal',
	a: 'lower-alpha',
	A: 'upper-alpha',
	i: 'lower-roman',
	I: 'upper-roman',
};

/** CSS's `list-style-type` values for the same (`lower-latin` is another name of `lower-alpha`). */
const STYLE_VALUE: Readonly<Record<string, Counting>> = {
	decimal: 'decimal',
	'lower-alpha': 'lower-alpha',
	'lower-latin': 'lower-alpha',
	'upper-alpha': 'upper-alpha',
	'upper-latin': 'upper-alpha',
	'lower-roman': 'lower-roman',
	'upper-roman': 'upper-roman',
};

/** The counting an element sets, by its inline style (which wins, as in a browser) or its `type` attribute. */
function countingSetBy(element: HTMLElement): Counting | undefined {
	const style = /(?:^|;)\s*list-style(?:-type)?\s*:\s*([^;]*)/iu.exec(element.getAttribute('style') ?? '')?.[1];
	const fromStyle = style
		?.toLowerCase()
		.split(/\s+/u)
		.map((word) => STYLE_VALUE[word])
		.find((counting) => counting !== undefined);
	return fromStyle ?? TYPE_ATTRIBUTE[element.getAttribute('type')?.trim() ?? ''];
}

const ROMAN: readonly [number, string][] = [
	[1000, 'm'],
	[900, 'cm'],
	[500, 'd'],
	[400, 'cd'],
	[100, 'c'],
	[90, 'xc'],
	[50, 'l'],
	[40, 'xl'],
	[10, 'x'],
	[9, 'ix'],
	[5, 'v'],
	[4, 'iv'],
	[1, 'i'],
];

function roman(value: number): string {
	let left = value;
	let written = '';
	for (const [size, letters] of ROMAN) {
		while (left >= size) {
			written += letters;
			left -= size;
		}
	}
	return written;
}

/** `a`…`z`, then `aa`, `ab`… as browsers count past the alphabet. */
function letters(value: number): string {
	let left = value;
	let written = '';
	while (left > 0) {
		left -= 1;
		written = String.fromCharCode(97 + (left % 26)) + written;
		left = Math.floor(left / 26);
	}
	return written;
}

/**
 * The mark a browser draws before the item of an ordered list at this position (from 1, `start` counted in): `3.`,
 * `c.`, `C.`, `iii.`, `III.` as the list (or the item itself) asks to be counted, so that a nested `<ol type="a">`
 * keeps its letters. A position that no counting can write (0 or less) is written as a number.
 */
export function orderedItemMark(list: HTMLElement, item: HTMLElement, position: number): string {
	const counting = countingSetBy(item) ?? countingSetBy(list) ?? 'decimal';
	if (position < 1 || counting === 'decimal') return `${position}.`;
	const written = counting.endsWith('alpha') ? letters(position) : roman(position);
	return `${counting.startsWith('upper') ? written.toUpperCase() : written}.`;
}
