import type { DataFiles, Synset } from './wordnet-files.ts';

/** How many levels of kinds below an opposite are its too ("serviceman": soldier two levels down). */
const KIND_DEPTH = 2;
/** How many levels above a corpus word its kind's opposite is looked for ("soldier" is a kind of serviceman). */
const ANCESTOR_DEPTH = 2;
/** The most words one opposite brings with its kinds: a broad one ("person") would bring thousands. */
const MAX_OPPOSITE_WORDS = 100;

/**
 * The words WordNet opposes to a corpus word's sense, as readers type them (single words, lower case): the antonyms
 * of the sense and of the kinds it belongs to (a "soldier" is a serviceman, whose antonym is "civilian"), with the
 * antonyms' own kinds ("south" and "southeast" of "north"). Word vectors put such words side by side ("soldiers" and
 * "civilians" share every context, 0.8 apart): they are what the text's word is not, never the same sense.
 */
export function oppositesOf(
	data: DataFiles,
	synset: Synset,
	isNoun: boolean,
	kindsOf: Map<string, readonly string[]> = new Map(),
): Set<string> {
	const words = new Set<string>();
	let level = [synset];
	for (let up = 0; up <= (isNoun ? ANCESTOR_DEPTH : 0) && level.length > 0; up += 1) {
		const above: Synset[] = [];
		for (const sense of level) {
			for (const pointer of sense.pointers) {
				if (pointer.symbol === '!') {
					// Many of the text's words share a kind whose antonym this is: its words are gathered once.
					const id = `${pointer.part}${pointer.offset}`;
					let kinds = kindsOf.get(id);
					if (!kinds) kindsOf.set(id, (kinds = withKinds(data, id)));
					for (const word of kinds) words.add(word);
				} else if (pointer.symbol === '@') {
					const parent = data.read(`${pointer.part}${pointer.offset}`);
					if (parent) above.push(parent);
				}
			}
		}
		level = above;
	}
	return words;
}

/** An opposite's words and those of its kinds, down to `KIND_DEPTH` levels, at most `MAX_OPPOSITE_WORDS`. */
function withKinds(data: DataFiles, id: string): string[] {
	const into = new Set<string>();
	let level = [id];
	for (let depth = 0; depth <= KIND_DEPTH && level.length > 0; depth += 1) {
		const below: string[] = [];
		for (const at of level) {
			const synset = data.read(at);
			if (!synset) continue;
			for (const lemma of synset.lemmas) {
				if (into.size >= MAX_OPPOSITE_WORDS) return [...into];
				if (!lemma.includes('_')) into.add(lemma.toLowerCase());
			}
			for (const pointer of synset.pointers) if (pointer.symbol === '~') below.push(`${pointer.part}${pointer.offset}`);
		}
		level = below;
	}
	return [...into];
}
