import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { HTMLElement, parse } from 'node-html-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { isPageWidget } from '../../src/import/page-widgets.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { expectedOf } from '../helpers/parsing-fixture.ts';

/**
 * A communiqué saved from a WordPress site, with the widgets such sites put in and around a post: Jetpack's share and
 * like boxes and related posts, the category and tag links, a line of share links, the comment form, the cookie
 * banner. They are known by their markup (names, roles, where their links lead), never by their words: the
 * paragraphs that name Facebook, X and WhatsApp, or say "share" and "print", stay.
 */
const page = readFileSync(new URL('../fixtures/published/communique-wordpress-page.html', import.meta.url), 'utf8');
const want = expectedOf('communique-wordpress-page');
const paragraphsOf = (html: string) => {
	const parsed = parseSource(extractHtml(html).text, want.title);
	return {
		parsed,
		got: parsed.paragraphs.map((p) => ({
			paragraph: p.number,
			mark: paragraphMark(p),
			section: p.section,
			text: p.text,
		})),
	};
};
/** What the page's widgets would leave in a paragraph or the context. */
const WIDGET_WORDS =
	/Share this|Like this|Loading|Related|Posted in|Tagged|Leave a Reply|logged in|cookies|Accept|^(?:Facebook|X|WhatsApp|Email|Print)$/mu;

describe('a communiqué saved from a WordPress site, with its share, like, tag, comment and cookie widgets', () => {
	it('gives the paragraphs and their sections, no widget as a paragraph, the closing place and date as context', () => {
		const { parsed, got } = paragraphsOf(page);
		expect(got).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
		expect(parsed.preamble ?? '').not.toMatch(WIDGET_WORDS);
		expect(parsed.preamble).toContain('Basseterre, Saint Kitts and Nevis\n5 July 2042');
	});

	it('leaves the widgets out when the page has no main element either (the whole body is read)', () => {
		const bare = page.replace(/<\/?(?:main|article)\b[^>]*>/gu, '').replace(' id="content"', '');
		const { parsed, got } = paragraphsOf(bare);
		expect(extractHtml(bare).text).toContain('Heads of Government accepted');
		expect(got).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
		expect(extractHtml(bare).text).not.toMatch(WIDGET_WORDS);
	});
});

describe('importing the saved page', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('lists its six paragraphs and suggests no widget’s word as a theme’s pattern', async () => {
		const dir = seedDataCopy('widgets-');
		scratch.push(dir);
		const file = fileURLToPath(new URL('../fixtures/published/communique-wordpress-page.html', import.meta.url));
		const { code, stdout } = await importCli([file, '--symbol', 'Test Communiqué'], dir);
		expect(code).toBe(0);
		expect(stdout).toMatch(/¶6 \[DATE AND VENUE OF NEXT MEETING\]/u);
		expect(stdout).not.toMatch(/¶7|"(?:facebook|whatsapp|share this|like this)"/iu);
	});
});

const elementOf = (html: string) => {
	const element = parse(html).firstChild;
	if (!(element instanceof HTMLElement)) throw new Error('no element');
	return element;
};

describe('a page widget', () => {
	it.each([
		[
			'AddToAny’s kit',
			'<div class="addtoany_share_save_container"><div class="a2a_kit"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl=x">Facebook</a></div></div>',
		],
		[
			'a list labelled as sharing',
			'<ul aria-label="Share this page"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul>',
		],
		[
			'share links to social sites’ share pages',
			'<p>Share: <a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a> · <a href="https://t.me/share/url?url=x">Telegram</a></p>',
		],
		[
			'an e-mail share carrying the page’s address',
			'<p><a href="mailto:?subject=Statement&amp;body=https%3A%2F%2Fexample.org%2Fs">Email this page</a></p>',
		],
		['a print button', '<div><a href="javascript:window.print()">Print</a></div>'],
		[
			'a button that prints on click',
			'<span><a href="#" onclick="window.print(); return false;">Print this statement</a></span>',
		],
		[
			'a tag list',
			'<div>Tags: <a rel="tag" href="/tag/ocean/">Ocean</a>, <a rel="tag" href="/tag/peace/">Peace</a></div>',
		],
		[
			'a follow-us row',
			'<div>Follow us <a href="https://www.instagram.com/org">Instagram</a> <a href="https://www.youtube.com/@org">YouTube</a></div>',
		],
		[
			'a cookie banner',
			'<div role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience on our website, as described in our policy.</p></div>',
		],
		['a comment form', '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div>'],
	])('is known by its markup: %s', (_, html) => {
		expect(isPageWidget(elementOf(html))).toBe(true);
	});

	it.each([
		['a paragraph naming social sites', '<p>Ministers condemned hate speech spread on Facebook, X and WhatsApp.</p>'],
		[
			'a sentence linking to the publisher’s pages there',
			'<p>The outcome will be posted on the <a href="https://www.facebook.com/org">Facebook page</a> and on <a href="https://x.com/org">X</a> of the Secretariat.</p>',
		],
		['a contact address', '<p><a href="mailto:press@example.org">press@example.org</a></p>'],
		['a heading linking to its topic’s page', '<h3><a href="/topics/climate-change/">Climate change</a></h3>'],
		['a post’s date beside its category', '<div>July 5, 2042 | <a href="/category/communiques/">Communiqués</a></div>'],
		['a printable wrapper of the text', '<div class="printable"><p>1. Ministers met in Apia.</p></div>'],
		[
			'a sharing theme’s wrapper around the text',
			'<div class="social-share-wrapper"><div class="entry-content"><p>1. Ministers met.</p></div></div>',
		],
	])('is not: %s', (_, html) => {
		expect(isPageWidget(elementOf(html))).toBe(false);
	});
});
