import type { Corpus, Paragraph } from '../../src/corpus/types.ts';

/** A copy of a corpus in which some paragraphs have other text: for limits and escaping tests. */
export function withTexts(corpus: Corpus, texts: Record<string, string>): Corpus {
	const paragraphs: Paragraph[] = corpus.paragraphs.map((p) =>
		texts[p.id] === undefined ? p : { ...p, text: texts[p.id] ?? '', searchText: texts[p.id] ?? '' },
	);
	return {
		...corpus,
		paragraphs,
		paragraphById: new Map(paragraphs.map((p) => [p.id, p])),
		paragraphsByTheme: new Map(corpus.themes.map((t) => [t.id, paragraphs.filter((p) => p.themes.includes(t.id))])),
		documents: corpus.documents.map((d) => ({ ...d, paragraphs: paragraphs.filter((p) => p.document === d.slug) })),
	};
}

/** About `length` characters of words, with a marker word every few words. */
export function longText(length: number, marker = 'terrorism'): string {
	const words = ['The', 'participants', 'noted', 'that', marker, 'and', 'cooperation', 'matter,', 'greatly.'];
	let text = '';
	for (let i = 0; text.length < length; i += 1) text += `${words[i % words.length]} `;
	return text.slice(0, length).trim();
}
