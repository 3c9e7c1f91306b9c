import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/import/extract-html.ts';

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

	it('takes the source URL from the saved-from note or the canonical link', () => {
		expect(extractHtml('<!-- saved from url=(0022)https://example.org/a --><p>x</p>').url).toBe(
			'https://example.org/a',
		);
		expect(extractHtml('<head><link rel="canonical" href="https://example.org/b"></head><p>x</p>').url).toBe(
			'https://example.org/b',
		);
	});
});
