import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/import/extract-html.ts';
import { pageTitleOf } from '../../src/import/web-page-title.ts';

describe('extractHtml', () => {
	it('keeps the main content as blocks, without navigation, scripts or footer, entities decoded', () => {
		const html =
			'<html><head><title>Site - Page</title><script>var x = 1;</script></head><body>' +
			'<div id="navigation"><a>Home</a></div><div class="breadcrumbs">Home &gt; Page</div>' +
			'<div id="content"><h1>The  Title</h1><p>First\n   paragraph.&nbsp; Second sentence&rsquo;s end.</p>' +
			'<p><b>Heading</b></p><p>Last <i>one</i>.</p></div><div id="footer">Copyright</div></body></html>';
		expect(extractHtml(html)).toEqual({
			text: 'The Title\n\nFirst paragraph.\u00a0 Second sentence’s end.\n\nHeading\n\nLast one.\n',
			heading: 'The Title',
			url: undefined,
		});
	});

	it('reads paragraphs separated by <br><br>, bullets of <ul> and the numbers of <ol start>', () => {
		const html =
			'<body><main>One.<br><br>Two,<br>wrapped.<br /><br />' +
			'<ul><li>Point A;</li><li>Point B.</li></ul><ol start="3"><li>Third.</li><li>Fourth.</li></ol></main></body>';
		expect(extractHtml(html).text).toBe(
			'One.\n\nTwo,\nwrapped.\n\n• Point A;\n\n• Point B.\n\n3. Third.\n\n4. Fourth.\n',
		);
	});

	it('adds no bullet or number in front of a list item that prints its own mark', () => {
		const html =
			'<main><ul><li>(a) Strengthen science;</li><li>(ii) Sub-item;</li><li>b) Another;</li></ul>' +
			'<ol><li>1. Decides;</li><li>2.1 Notes;</li></ol><ul><li>12 delegations spoke.</li><li>Plain item.</li></ul></main>';
		expect(extractHtml(html).text).toBe(
			'(a) Strengthen science;\n\n(ii) Sub-item;\n\nb) Another;\n\n1. Decides;\n\n2.1 Notes;\n\n' +
				'• 12 delegations spoke.\n\n• Plain item.\n',
		);
	});

	it('takes the source URL from the canonical link, else the saved-from note', () => {
		expect(extractHtml('<!-- saved from url=(0022)https://example.org/a --><p>x</p>').url).toBe(
			'https://example.org/a',
		);
		expect(extractHtml('<head><link rel="canonical" href="https://example.org/b"></head><p>x</p>').url).toBe(
			'https://example.org/b',
		);
		// Where the page says it lives, not where the browser fetched it (which may carry a query string).
		const both =
			'<!-- saved from url=(0032)https://example.org/b?from=feed -->' +
			'<head><link rel="canonical" href="https://example.org/b"></head><p>x</p>';
		expect(extractHtml(both).url).toBe('https://example.org/b');
	});

	it("takes the page's <h1> for its heading, even one with a class that names a header", () => {
		// A content-management page: site header, breadcrumbs, then the article with the date, symbol and <h1>.
		const html =
			'<head><title>Envoys Agree on a Shared Plan for River Basins | Meetings Coverage and Press Releases</title>' +
			'</head><body><header><a class="navbar-brand">Meetings Coverage and Press Releases</a></header>' +
			'<div role="main"><div class="region region-header"><ol class="breadcrumb"><li>Home</li></ol></div>' +
			'<article><div class="field">3 March 2031</div><div class="field">XX/9001</div>' +
			'<h1 class="page-header"><span>Envoys Agree on a  Shared Plan for River Basins</span></h1>' +
			'<p>GENEVA, 2 March -- The envoys met.</p></article></div></body>';
		const page = extractHtml(html);
		expect(page.heading).toBe('Envoys Agree on a Shared Plan for River Basins');
		expect(page.text).toContain('Envoys Agree on a Shared Plan for River Basins\n\nGENEVA, 2 March');
		expect(page.text).not.toContain('Home');
	});

	it("passes over an <h1> that is the site's name", () => {
		const html = '<body><main><h1>UN News</h1><h1>Envoys Meet on Water</h1><p>Text.</p></main></body>';
		expect(extractHtml(html).heading).toBe('Envoys Meet on Water');
	});

	it('without an <h1>, takes og:title, else the <title> without the site name', () => {
		const ogTitle =
			'<head><title>Long Page Name | Site</title><meta property="og:title" content="Long Page Name"></head><p>x</p>';
		expect(extractHtml(ogTitle).heading).toBe('Long Page Name');
		expect(extractHtml('<head><title>Envoys Meet on Water | UN News</title></head><p>x</p>').heading).toBe(
			'Envoys Meet on Water',
		);
	});

	it.each([
		['Envoys Agree on a Plan | Meetings Coverage and Press Releases', undefined, 'Envoys Agree on a Plan'],
		['United Nations | Envoys Agree on a Plan for Rivers', undefined, 'Envoys Agree on a Plan for Rivers'],
		['Envoys Agree on a Plan - United Nations', undefined, 'Envoys Agree on a Plan'],
		['Envoys Agree on a Plan – UN News', undefined, 'Envoys Agree on a Plan'],
		['Envoys Agree on a Plan - example.org', undefined, 'Envoys Agree on a Plan'],
		['Envoys Agree on a Plan — Rivers Network', 'Rivers Network', 'Envoys Agree on a Plan'],
		// A title's own dash stays: the part after it names no site.
		['Water and Peace - a Shared Agenda', undefined, 'Water and Peace - a Shared Agenda'],
		[
			'Water and Peace - Report of the UN Secretary-General',
			undefined,
			'Water and Peace - Report of the UN Secretary-General',
		],
	])("pageTitleOf(%j) is the page's own title", (title, siteName, want) => {
		expect(pageTitleOf(title, siteName)).toBe(want);
	});
});
