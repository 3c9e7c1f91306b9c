import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/import/extract-html.ts';

const page = (body: string) => `<!DOCTYPE html><html><head><title>Site</title></head><body>${body}</body></html>`;
const SITE_HEADER =
	'<header class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></header>';

describe("a page's headers", () => {
	it("keep the document's own head: a header with the page's <h1> (WordPress's entry header)", () => {
		const extracted = extractHtml(
			page(
				`${SITE_HEADER}<article><header class="entry-header"><h1>Communiqué of the Sixty-First Meeting</h1>` +
					'<time>6 July 2041</time></header><p>1. Heads of Government met in Basseterre.</p></article>',
			),
		);
		expect(extracted.heading).toBe('Communiqué of the Sixty-First Meeting');
		expect(extracted.text).toContain('6 July 2041');
		expect(extracted.text).not.toContain('About us');
	});

	it("drop a site's header that names the site in an <h1> beside its menu", () => {
		const extracted = extractHtml(
			page(
				'<header class="site-header"><h1 class="site-title">UN News</h1><nav><a href="/">Home</a></nav></header>' +
					'<article><h1>Council extends mission</h1><p>1. The Council met.</p></article>',
			),
		);
		expect(extracted.text).not.toContain('UN News');
		expect(extracted.heading).toBe('Council extends mission');
	});

	it("keep a header of text, not links (the European Parliament's reference table)", () => {
		const extracted = extractHtml(
			page(
				`${SITE_HEADER}<div class="doc_box"><table class="doc_box_header"><tr><td>P11_TA(2041)0087</td>` +
					'<td>A11-0045/2041</td></tr></table><p>1. Calls for the protection of undersea cables.</p></div>',
			),
		);
		expect(extracted.text).toContain('P11_TA(2041)0087');
		expect(extracted.text).not.toMatch(/Home|News/u);
	});
});
