import { senseIndexText } from './wordnet-kept.ts';

/** The part of speech letter synset ids use, by a sense key's synset type (5, an adjective satellite, is an adjective). */
export const PART_LETTER: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/**
 * How often a word was seen in each of its senses in WordNet's sense-tagged texts, by synset id (part of speech letter
 * and offset). `index.sense` has one line per sense: its key (`lemma%synset type:…`), the synset's offset, the sense's
 * number and its tag count. The file is sorted by key, so a lemma's lines stand together where `lemma%` sorts (`%`
 * sorts before any letter, digit or `_`, so no longer lemma comes between them) and are found by halving.
 */
export function senseTagCounts(dictDir: string, lemma: string): Map<string, number> {
	const text = senseIndexText(dictDir);
	const prefix = `${lemma}%`;
	const lineAt = (at: number) => (at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);
	// The first line whose key is not below `prefix`.
	let [low, high] = [0, text.length];
	while (low < high) {
		const mid = Math.floor((low + high) / 2);
		const start = lineAt(mid);
		const key = text.slice(start, text.indexOf(' ', start));
		if (key < prefix) {
			const end = text.indexOf('\n', start);
			low = end < 0 ? text.length : end + 1;
		} else high = start;
	}
	const counts = new Map<string, number>();
	for (let at = low; at < text.length && text.startsWith(prefix, at);) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		const [key = '', offset = '', , count = '0'] = text.slice(at, end).split(' ');
		const id = `${PART_LETTER[key.charAt(prefix.length)] ?? ''}${offset}`;
		counts.set(id, (counts.get(id) ?? 0) + (Number(count) || 0));
		at = end + 1;
	}
	return counts;
}

/**
 * The share of a word's tagged uses in one part of speech that were in one sense (`synset`: its id); `undefined` when
 * the word was seen fewer than `fewest` times in that part of speech, too few to tell a rare sense from a common one.
 */
export function senseShare(counts: ReadonlyMap<string, number>, synset: string, fewest: number): number | undefined {
	let uses = 0;
	for (const [id, count] of counts) if (id.charAt(0) === synset.charAt(0)) uses += count;
	return uses < fewest ? undefined : (counts.get(synset) ?? 0) / uses;
}
