import { foldCase } from '../corpus/text.ts';
import type { SearchOutcome } from '../search/paragraph-index.ts';
import { mergedSegments } from './quote.ts';

/** At most this many matched forms are listed. */
const MAX_MATCHED = 6;

/**
 * The words the quotes bold that the reader did not type (a synonym, a stem, a typo's correction): shown so the
 * reader sees why a paragraph matched. Empty when everything bolded was typed as such. Another form of a word whose
 * own form the page bolds too ("used" beside "use", for `use of force`) explains nothing: the reader sees their word.
 * `term`: a word's index term (null for a stop word); without it, every other form is named.
 */
export function matchedForms(
	query: string,
	shown: SearchOutcome['hits'],
	term: (word: string) => string | null = () => null,
): string[] {
	const typed = ` ${foldCase(query).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	const others = new Map<string, string>();
	const typedTerms = new Set<string>();
	for (const hit of shown) {
		for (const segment of mergedSegments(hit.paragraph.searchText, hit.highlighter)) {
			if (!segment.matched) continue;
			const form = foldCase(segment.text)
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim();
			// A number or symbol keeps its capitals (`WHA76.8`, matched by "WHA 76.8"): lower case names another thing.
			const shown = /\p{N}/u.test(segment.text) ? segment.text : segment.text.toLowerCase();
			if (!typed.includes(` ${form} `)) others.set(shown, form);
			else for (const word of form.split(' ')) typedTerms.add(term(word) ?? '');
		}
	}
	const forms = [...others].filter(([, form]) => /\s/.test(form) || !typedTerms.has(term(form) ?? '\0'));
	return forms.map(([shownForm]) => shownForm).slice(0, MAX_MATCHED);
}
