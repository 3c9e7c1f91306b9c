import { documentOf, themesOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import { paragraphCitation } from '../render/citation.ts';
import { withItemLevels } from '../render/item-levels.ts';

/** A paragraph as the CLI prints it in JSON (the shape scripts rely on). */
export function paragraphJson(corpus: Corpus, paragraph: Paragraph) {
	return {
		id: paragraph.id,
		document: paragraph.document,
		// The document as readers cite it ("A/60/341"), beside its slug: a script can quote the citation as printed.
		symbol: documentOf(corpus, paragraph).symbol,
		paragraph: paragraph.number,
		// As the document numbers it and a citation names it: "¶3", or "annex ¶1" where the corpus holds ¶10.
		mark: paragraphMark(paragraph),
		section: paragraph.section,
		themes: themesOf(corpus, paragraph).map((t) => ({ id: t.id, label: t.label })),
		text: paragraph.text,
	};
}

/** A paragraph as the CLI prints it for reading: its citation and section, its text (sub-items set in), its themes. */
export function paragraphText(corpus: Corpus, paragraph: Paragraph): string {
	const themes = themesOf(corpus, paragraph)
		.map((t) => t.label)
		.join(' · ');
	return `${paragraphCitation(documentOf(corpus, paragraph), paragraph)}${paragraph.section ? ` — ${paragraph.section}` : ''}\n${withItemLevels(paragraph.text)}\nThemes: ${themes || 'no theme yet'}\n`;
}
