import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { decodePage } from '../../src/import/charset.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { extract } from '../../src/import/extract-file.ts';

const WORD_PAGE = fileURLToPath(new URL('../fixtures/published/chair-conclusions-word.htm', import.meta.url));
const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

describe('a page read in the charset it declares', () => {
	it.each([
		[
			'http-equiv windows-1252',
			'<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
			'windows-1252',
		],
		['meta charset iso-8859-1 (read as windows-1252, as browsers do)', '<meta charset="ISO-8859-1">', 'windows-1252'],
		['quoted latin1 label', "<meta http-equiv='Content-Type' content='text/html; charset=latin1'>", 'windows-1252'],
	])('%s', (_, meta, encoding) => {
		// Chair’s “Yaoundé” – : the bytes windows-1252 gives ’ “ ” – and é.
		const page = decodePage(
			bytes(`<html><head>${meta}</head><body>Chair`, [0x92], 's ', [0x93], 'Yaound', [0xe9], [0x94], ' ', [0x96]),
		);
		expect(page.encoding).toBe(encoding);
		expect(page.text).toContain('Chair’s “Yaoundé” –');
		expect(page.warning).toBeUndefined();
	});

	it('takes a byte order mark over the declaration', () => {
		const utf16 = Buffer.from('\ufeff<meta charset="windows-1252"><p>Chair’s</p>', 'utf16le');
		expect(decodePage(utf16).text).toContain('Chair’s');
		expect(decodePage(Buffer.from('\ufeff<p>Chair’s</p>', 'utf8')).text).toBe('<p>Chair’s</p>');
	});

	it('reads an undeclared page as UTF-8 when it is, else as windows-1252, and says so', () => {
		expect(decodePage(Buffer.from('<p>Chair’s</p>', 'utf8'))).toEqual({
			text: '<p>Chair’s</p>',
			encoding: 'utf-8',
			warning: undefined,
		});
		const legacy = decodePage(bytes('<p>Chair', [0x92], 's</p>'));
		expect(legacy.text).toBe('<p>Chair’s</p>');
		expect(legacy.warning).toMatch(/declares no charset.*windows-1252/u);
	});

	it('warns when characters are lost or the charset is unknown', () => {
		expect(decodePage(bytes('<meta charset=utf-8><p>Chair', [0x92], 's</p>')).warning).toMatch(/replaced by �/u);
		expect(decodePage(bytes('<meta charset=x-klingon><p>ok</p>')).warning).toMatch(/unknown charset "x-klingon"/u);
	});
});

describe("a Chair's conclusions saved as a web page by Word", () => {
	it("reads Word's list numbers, its level-2 items as the lead-in's, and leaves its footnotes out", async () => {
		const page = await extract(WORD_PAGE);
		expect(page.heading).toBe('Chair’s Conclusions');
		expect(page.warnings).toEqual([]);
		expect(page.text).not.toMatch(/<!\[|�|\[\d\]|Maritime Domain Awareness|Code of Conduct/u);
		const parsed = parseSource(page.text, 'Chair’s Conclusions');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(parsed.paragraphs[0]?.text).toMatch(
			/^Ministers .* the Chair’s country to review the “Yaoundé Architecture”/u,
		);
		expect(parsed.paragraphs[1]?.text).toMatch(/ – a result of joint patrols – .*grave concern\.$/u);
		expect(parsed.paragraphs[3]?.text).toBe(
			[
				'Participants agreed to:',
				'(a) share information on suspicious vessels through the regional coordination centres;',
				'(b) harmonise national legislation on the prosecution of piracy; and',
				'(c) train coast guards jointly, with the support of international partners.',
			].join('\n'),
		);
		expect(parsed.paragraphs.at(-1)?.text).toBe('Participants thanked the Government of Portugal for its hospitality.');
	});

	it("numbers paragraphs as Word's list does, not by their position", () => {
		const item = (n: string, text: string) =>
			`<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${n}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>${text}</p>`;
		const html = `<html><head><meta name=ProgId content=Word.Document></head><body><div class=WordSection1>
			<p class=MsoNormal>Chair’s summary</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
			${item('12.', 'The Council met again.')}${item('13.', 'It agreed on a plan.')}</div></body></html>`;
		const { text } = extractHtml(html);
		expect(text).toBe('Chair’s summary\n\n12. The Council met again.\n\n13. It agreed on a plan.\n');
		expect(parseSource(text, 'Chair’s summary').paragraphs.map((p) => p.number)).toEqual([12, 13]);
	});

	it("writes Word's symbol-font bullets as the bullets a reader sees", () => {
		const bullet = (mark: string, level: number, text: string) =>
			`<p class=MsoListParagraph style='mso-list:l1 level${level} lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${mark}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>${text}</p>`;
		const html = `<html><body><p class=MsoNormal>Participants agreed on the following:</p>
			${bullet('·', 1, 'to meet again;')}${bullet('o', 2, 'in Accra;')}${bullet('·', 1, 'to report.')}</body></html>`;
		expect(extractHtml(html).text).toBe(
			'Participants agreed on the following:\n\n• to meet again;\n◦ in Accra;\n\n• to report.\n',
		);
	});

	it('reads "Web Page, Filtered": list marks padded with no-break spaces, notes in <div id=ftn1>', () => {
		const pad = `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span>`;
		const html = `<html><head><meta name=Generator content="Microsoft Word 15 (filtered)"></head><body>
			<p class=MsoListParagraphCxSpFirst>1.${pad}Participants agreed to:</p>
			<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt'>(a)${pad}share information;</p>
			<p class=MsoListParagraphCxSpLast>2.${pad}They will meet again.<a href="#_ftn1" name="_ftnref1">[1]</a></p>
			<div><hr><div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> In Accra.</p></div></div>
			</body></html>`;
		expect(extractHtml(html).text).toBe(
			'1. Participants agreed to:\n\n(a) share information;\n\n2. They will meet again.\n',
		);
	});
});
