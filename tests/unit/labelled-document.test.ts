import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import { cite } from '../../src/buttons/paragraph-actions.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { citations } from '../../src/render/citation.ts';
import { documentChoices } from '../../src/render/choices.ts';
import type { Reply } from '../../src/render/reply.ts';
import { contextFor, twoDocumentCorpus } from '../helpers/corpus.ts';

const LABEL = "Pacific Ocean Security Dialogue Chair's Summary";

/** The two-document corpus with its second document imported under a label instead of a symbol. */
function labelled(): Corpus {
	const corpus = twoDocumentCorpus();
	const documents = corpus.documents.map((d) =>
		d.slug === 'fix0001'
			? {
					...d,
					symbol: LABEL,
					shortTitle: 'Pacific Ocean Security Dialogue: summary by the Chair of the second session',
					publisher: undefined,
				}
			: d,
	);
	return { ...corpus, documents, documentBySlug: new Map(documents.map((d) => [d.slug, d])) };
}

describe('a document imported with a label instead of a symbol', () => {
	const corpus = labelled();
	const document = corpus.documentBySlug.get('fix0001');
	const paragraph = corpus.paragraphById.get('fix0001-3');
	if (!document || !paragraph) throw new Error('fixture missing');

	it('is cited by its title, not by the label as author or document number', () => {
		const { plain, apa } = citations(document, paragraph, 'v1');
		expect(apa).not.toContain(`${LABEL}.`);
		expect(apa).not.toMatch(/\(\w+ Pacific Ocean/u);
		expect(apa).toMatch(
			new RegExp(
				`^${document.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\. \\(\\d{4}, \\w+ \\d+\\)\\. \\(\\w[^)]*, para\\. 3\\)\\.`,
				'u',
			),
		);
		expect(plain).not.toMatch(new RegExp(`^${LABEL}`, 'u'));
		expect(plain).toContain('¶3');
		// A document with a symbol keeps it in both.
		const sg = corpus.documentBySlug.get('sg2084');
		const p3 = corpus.paragraphById.get('sg2084-3');
		if (!sg || !p3) throw new Error('fixture missing');
		expect(citations(sg, p3, 'v1').apa).toContain('SG/2084, para. 3)');
	});

	it('the Cite button shows those citations', () => {
		const reply = cite.handle('cite:fix0001-3', contextFor(corpus)) as Reply;
		const content = reply.show.kind === 'message' ? (reply.show.data.content ?? '') : '';
		expect(content).not.toContain(`(Document ${LABEL}`);
	});

	it('autocomplete previews show the paragraph’s text, after a shortened label', () => {
		const choices = quote.autocomplete({ paragraph: '', document: 'fix0001' }, 'paragraph', contextFor(corpus));
		expect(choices.length).toBeGreaterThan(0);
		for (const choice of choices) {
			expect(choice.name.length).toBeLessThanOrEqual(100);
			const text = /“(.*)”$/u.exec(choice.name)?.[1] ?? '';
			expect(text.length).toBeGreaterThanOrEqual(30);
			expect(corpus.paragraphs.some((p) => p.searchText.startsWith(text.replace(/…$/u, '')))).toBe(true);
			expect(choice.name).toMatch(/^Pacific Ocean Security…/u);
		}
	});

	it('its document choice is cut at a word, with an ellipsis', () => {
		const [choice] = documentChoices(corpus, 'pacific');
		expect(choice?.value).toBe('fix0001');
		expect(choice?.name.length).toBeLessThanOrEqual(100);
		expect(choice?.name).toMatch(/…$/u);
		// What is kept ends where a word of the full name ends.
		const kept = (choice?.name ?? '').replace(/…$/u, '');
		const full = `${LABEL} · Pacific Ocean Security Dialogue: summary by the Chair of the second session`;
		expect(full.startsWith(kept)).toBe(true);
		expect(full.charAt(kept.length)).toMatch(/[\s:,]/u);
	});
});
