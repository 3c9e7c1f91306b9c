import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extract } from '../../src/import/extract-file.ts';
import { extractHtml } from '../../src/import/extract-html.ts';

/** A summit's declaration page: each paragraph's number in a span of its own, spaced by the style sheet. */
const DECLARATION = fileURLToPath(new URL('../fixtures/published/summit-declaration-page.html', import.meta.url));
const TITLE = 'Declaration of the Island States Summit on Ocean Finance';

describe("a paragraph's number in an element of its own, with no space after it", () => {
	it('is read as the paragraph’s number, not kept in its text', async () => {
		const { text } = await extract(DECLARATION);
		const paragraphs = parseSource(text, TITLE).paragraphs;
		expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(paragraphs[0]?.text).toMatch(/^We, the Heads of State and Government of the island States, meeting/u);
		// In a table cell (`<td><span>4.</span>We decide…`) and in bold (`<b>5.</b>We request…`) alike.
		expect(paragraphs[3]?.text).toMatch(/^We decide to establish a regional facility/u);
		expect(paragraphs[4]?.text).toMatch(/^We request the secretariat/u);
		expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/\d\.We/u);
	});

	it.each([
		[
			'<p class="par"><span class="parnum">1.</span>We, the Heads of State, agree.</p>',
			'1. We, the Heads of State, agree.',
		],
		['<table><tr><td><span>2.</span>Text in a cell.</td></tr></table>', '2. Text in a cell.'],
		['<p><b>3.</b>Text after a bold number.</p>', '3. Text after a bold number.'],
		['<p><strong>(a)</strong><em>Lettered</em> item.</p>', '(a) Lettered item.'],
		['<p><span>1.</span> Already spaced.</p>', '1. Already spaced.'],
		['<ol><li><span>7.</span>Its own number, no browser number.</li></ol>', '7. Its own number, no browser number.'],
	])('%s', (html, expected) => {
		expect(extractHtml(`<main>${html}</main>`).text).toBe(`${expected}\n`);
	});

	it('leaves a number inside a sentence as it is', () => {
		expect(extractHtml('<main><p>Since <b>2.</b>5 degrees…</p></main>').text).toBe('Since 2.5 degrees…\n');
	});
});
