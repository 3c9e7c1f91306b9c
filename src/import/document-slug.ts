import { basename, extname } from 'node:path';
import { SLUG } from '../corpus/document-meta.ts';

/** Letters that do not decompose into a base letter and accents, written the way English spells them. */
const LIGATURES: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/** A text in ASCII lower case, accents folded to their letters (`Communiqué` → `communique`), not dropped. */
export function asciiFolded(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[æœßøđłþ]/gu, (letter) => LIGATURES[letter] ?? letter);
}

/**
 * The slug of a document: its symbol's letters and digits (`SG/2084` → `sg2084`), a Security Council resolution's
 * year set apart (`S/RES/2811 (2026)` → `sres2811-2026`), else the file's name.
 */
export function slugOf(symbol: string, file: string): string {
	const [, base = symbol, year] = /^(.*?)(?:\s*\((\d{4})\))?$/u.exec(symbol.trim()) ?? [];
	const letters = asciiFolded(base).replace(/[^a-z0-9]+/gu, '');
	const fromSymbol = year === undefined ? letters : `${letters}-${year}`;
	if (SLUG.test(fromSymbol)) return fromSymbol;
	return asciiFolded(basename(file, extname(file)))
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
}
