import { numberOtherWay, numberOtherWays } from '../corpus/number-words.ts';
import type { Analyzer } from './analyzer.ts';
import type { KnownWords } from './word-forms.ts';

const HYPHEN = /[-\u2010\u2011]/;

/**
 * A number typed one way as the text may write it the other (see `numberOtherWay`): "5th" as the text's "Fifth",
 * "forty-seventh" as its "47th", "10" as its "ten", "30th" as the day of its "30 July", and a compound led by one
 * ("10-year" as "ten-year"). Each
 * alternative is index terms that must all match: a hyphenated word's parts, or the parts joined, as the text's
 * compounds are indexed. Only alternatives the text has.
 */
export function otherNumberForms(word: string, analyzer: Pick<Analyzer, 'term'>, known: KnownWords): string[][] {
	const whole = numberOtherWays(word);
	const compound = compoundOtherWay(word);
	const others = whole.length > 0 ? whole : compound === undefined ? [] : [compound];
	const own = analyzer.term(word);
	const found = new Map<string, string[]>();
	for (const other of others) {
		const parts = other.split(HYPHEN).filter(Boolean);
		for (const group of [parts.map((p) => analyzer.term(p)), [analyzer.term(parts.join(''))]]) {
			if (group.length === 0 || !group.every((t): t is string => t !== null && known.hasTerm(t))) continue;
			if (group.length === 1 && group[0] === own) continue;
			found.set(group.join(' '), group);
		}
	}
	return [...found.values()];
}

/** A hyphenated word led by a number, with that number written the other way ("10-year": ten-year). */
function compoundOtherWay(word: string): string | undefined {
	const [first, ...rest] = word.split(HYPHEN);
	if (first === undefined || rest.length === 0) return undefined;
	const other = numberOtherWay(first);
	return other === undefined ? undefined : [other, ...rest].join('-');
}
