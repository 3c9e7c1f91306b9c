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

/** A chair's summary on a GitHub Pages site (Jekyll, kramdown): numbered lists, footnotes at the end. */
const KRAMDOWN = fileURLToPath(new URL('../fixtures/published/chair-summary-kramdown.html', import.meta.url));

describe('footnotes of a saved web page, and their marks', () => {
	it('a page with a notes block under a rule: no note in the last paragraph, no mark glued to a word', async () => {
		const { text } = await extract(DECLARATION);
		expect(text).not.toMatch(/Spending is measured|Sustainable Development Goal 14|↩/u);
		const paragraphs = parseSource(text, TITLE).paragraphs;
		expect(paragraphs[1]?.text).toMatch(/our international obligations require\. We call on our partners/u);
		expect(paragraphs[2]?.text).toBe(
			'We welcome the progress made towards Goal 14 and resolve to report on it every two years.',
		);
		expect(paragraphs.at(-1)?.text).toBe('We thank the Government and people of Mauritius for their warm hospitality.');
	});

	it('a kramdown page (GitHub Pages): its doc-endnotes, marks and back-links left out', async () => {
		const { text, heading } = await extract(KRAMDOWN);
		expect(heading).toBe('Chair’s Summary of the Third Dialogue on Coastal Resilience');
		expect(text).not.toMatch(/list of participants is available|Life below water|↩/u);
		const paragraphs = parseSource(text, heading ?? '').paragraphs;
		expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
			[1, 'I. Opening'],
			[2, 'I. Opening'],
			[3, 'II. The way forward'],
			[4, 'II. The way forward'],
		]);
		expect(paragraphs[0]?.text).toMatch(/representatives of regional organizations\.$/u);
		expect(paragraphs[1]?.text).toMatch(/^Participants recalled the commitments made under Goal 14 and the Sendai/u);
	});

	it.each([
		[
			'Pandoc: a link with role doc-noteref around <sup>, <section class="footnotes">',
			'<p>Ministers agreed.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>' +
				'<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />' +
				'<ol><li id="fn1"><p>In Geneva.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
		],
		[
			'a note under a rule with no class, found by the mark that links to it',
			'<p>Ministers agreed.<sup><a href="#note-1">[1]</a></sup></p><hr><p id="note-1">[1] In Geneva.</p>',
		],
		[
			'Word’s note ids in a page made from a Word document, the notes in a plain <div> under a rule',
			'<p>Ministers agreed.<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup></p><hr><div id="_ftn1">' +
				'<p><a href="#_ftnref1">[1]</a> In Geneva.</p></div>',
		],
		[
			'two marks in one <sup>, a comma between them',
			'<p>Ministers agreed.<sup><a href="#fn1">1</a>,<a href="#fn2">2</a></sup></p>' +
				'<div class="footnotes"><ol><li id="fn1">In Geneva.</li><li id="fn2">On 3 May.</li></ol></div>',
		],
		[
			'a mark linking nowhere that a note of the page opens with (<sup>*</sup>, <p class="footnote"><sup>*</sup>…)',
			'<p>Ministers agreed<sup>*</sup>.</p><hr><p class="footnote"><sup>*</sup> In Geneva.</p>',
		],
		[
			'GitHub’s own footnotes (data-footnotes)',
			'<p>Ministers agreed.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup></p>' +
				'<section data-footnotes class="footnotes"><h2 id="footnote-label" class="sr-only">Footnotes</h2><ol>' +
				'<li id="user-content-fn-1"><p>In Geneva. <a href="#user-content-fnref-1" data-footnote-backref>↩</a></p></li></ol></section>',
		],
	])('%s', (_, body) => {
		expect(extractHtml(`<main>${body}</main>`).text).toBe('Ministers agreed.\n');
	});

	it('keeps a superscript or an in-page link that is no note', () => {
		const html =
			'<main><p>An area of 12 km<sup>2</sup>, see <a href="#annex">annex</a> and <sup><a href="#part-2">2</a></sup>.</p>' +
			'<p id="annex">Annex text.</p></main>';
		expect(extractHtml(html).text).toBe('An area of 12 km2, see annex and 2.\n\nAnnex text.\n');
	});
});
