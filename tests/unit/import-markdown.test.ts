import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extract } from '../../src/import/extract-file.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { extractMarkdown, splitMarkdownFrontMatter } from '../../src/import/markdown.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/** A Chair's summary as a GitHub Pages site publishes it: YAML front matter, `##` sections, lists, `[^1]` notes. */
const SUMMARY = fileURLToPath(new URL('../fixtures/published/chair-summary-github.md', import.meta.url));
const TITLE = 'Chair’s Summary: Fourth Regional Dialogue on Drought Resilience';
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a Chair's summary published in Markdown", () => {
	it('is read as rendered: no front matter, headings as sections, lists numbered as displayed, no footnotes', async () => {
		const { text, heading, warnings } = await extract(SUMMARY);
		expect(heading).toBe(TITLE);
		expect(warnings).toEqual([]);
		expect(text).not.toMatch(/^---|layout:|permalink|^#|\*\*|\[\^|list of participants is annexed|regional outlook/mu);
		const paragraphs = parseSource(text, TITLE).paragraphs;
		expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
			[1, 'I. Opening of the Dialogue'],
			[2, 'I. Opening of the Dialogue'],
			[3, 'II. Early warning and finance'],
			[4, 'II. Early warning and finance'],
			[5, 'III. The way forward'],
			[6, 'III. The way forward'],
		]);
		// Wrapped lines are one paragraph; a footnote's mark is not glued to the word before it.
		expect(paragraphs[0]?.text).toMatch(/^The Fourth Regional Dialogue .* hosted by the Government of Namibia\. /u);
		expect(paragraphs[0]?.text).toMatch(/civil society, took part\.$/u);
		expect(paragraphs[2]?.text).toMatch(/too few farmers in time\.$/u);
		// A list nested in an item is that paragraph's lines.
		expect(paragraphs[3]?.text).toBe(
			[
				'They agreed that anticipatory finance should be released on the basis of agreed triggers, and asked the ' +
					'secretariat to propose such triggers:',
				'◦ for rainfall deficits over two consecutive seasons;',
				'◦ for the loss of pasture measured by satellite.',
			].join('\n'),
		);
	});

	it('gives its title (front matter), place and date to the import', async () => {
		const { text, heading } = await extract(SUMMARY);
		expect(guessMetadata(text, heading)).toMatchObject({ title: TITLE, place: 'Windhoek', releaseDate: '2026-06-09' });
		const dir = seedDataCopy('import-markdown-');
		scratch.push(dir);
		const { code, all: out } = await importCli([SUMMARY, '--symbol', 'Drought Dialogue Chair Summary'], dir);
		expect(code, out).toBe(0);
		const meta = JSON.parse(readFileSync(join(dir, 'documents', 'droughtdialoguechairsummary.json'), 'utf8')) as object;
		expect(meta).toMatchObject({ title: TITLE, place: 'Windhoek', releaseDate: '2026-06-09' });
	});

	it.each([
		['`1.` items, renumbered as Markdown displays them', '1. One.\n1. Two.\n1. Three.\n', [1, 2, 3]],
		['a list starting at 12 (an extract), its next items renumbered from there', '12. One.\n1. Two.\n', [12, 13]],
		['loose items (a blank line between them)', '1. One.\n\n2. Two.\n\n3. Three.\n', [1, 2, 3]],
	])('%s', (_, markdown, numbers) => {
		const { text } = extractMarkdown(markdown);
		expect(parseSource(text, '').paragraphs.map((p) => p.number)).toEqual(numbers);
	});

	it.each([
		['YAML, double-quoted', '---\ntitle: "Chair\\u2019s \\"summary\\""\ndate: 2026-06-09\n---\n', 'Chair’s "summary"'],
		['YAML, single-quoted', "---\ntitle: 'Chair''s summary' # the page's\n---\n", "Chair's summary"],
		[
			'YAML, plain',
			'---\nlayout: post\ntitle: Chair’s summary of the Dialogue\n---\n',
			'Chair’s summary of the Dialogue',
		],
		['TOML (Hugo)', '+++\ntitle = "Chair’s summary"\n+++\n', 'Chair’s summary'],
		['no title in it', '---\nlayout: post\n---\n', undefined],
	])('front matter: %s', (_, front, title) => {
		const { title: read, body } = splitMarkdownFrontMatter(`${front}\n1. Text.\n`);
		expect(read).toBe(title);
		expect(body.trim()).toBe('1. Text.');
	});

	it('takes the first `#` heading for the title when there is no front matter, and keeps a `---` rule as text', () => {
		expect(extractMarkdown('# Chair’s summary of the Dialogue\n\n1. Text.\n').heading).toBe(
			'Chair’s summary of the Dialogue',
		);
		expect(splitMarkdownFrontMatter('Intro.\n\n---\n\ntitle: no\n---\n').title).toBeUndefined();
	});

	it("leaves out the site's template markup: Liquid tags, Hugo shortcodes, kramdown and Pandoc attributes", () => {
		// A leaders' statement as a Jekyll site keeps it: an include above its opening paragraph made that paragraph
		// front matter, and the opening paragraph's class was read as its last words.
		const markdown = [
			'---',
			'title: "Leaders\' Statement on Maritime Security"',
			'date: 2025-06-17',
			'---',
			'',
			'{% include breadcrumbs.html %}',
			'',
			'We, the Leaders, underscore that maritime security is essential to the prosperity of our',
			'citizens and of people around the world.',
			'{: .lead}',
			'',
			'## A free and open maritime order {#order}',
			'',
			'We reaffirm our commitment to a free and open maritime order based on the rule of law.',
			'',
			'{{< figure src="/img/ship.jpg" >}}',
			'',
			'We condemn attacks on commercial shipping and on seafarers in the Red Sea {{ site.data.note }}.',
			'',
			'{% include share.html %}',
		].join('\n');
		const { text, heading } = extractMarkdown(markdown);
		expect(heading).toBe("Leaders' Statement on Maritime Security");
		expect(text).not.toMatch(/[{}]|include|lead|figure|#order/u);
		const parsed = parseSource(text, heading ?? '');
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text.slice(0, 20)])).toEqual([
			[1, null, 'We, the Leaders, und'],
			[2, 'A free and open maritime order', 'We reaffirm our comm'],
			[3, 'A free and open maritime order', 'We condemn attacks o'],
		]);
		expect(parsed.paragraphs[0]?.text).toMatch(/people around the world\.$/u);
		expect(parsed.paragraphs[2]?.text).toMatch(/in the Red Sea\.$/u);
		// Braces in the text itself stay: only the markup's own forms go.
		expect(extractMarkdown('1. The fund {as agreed} is open.\n').text).toContain('{as agreed}');
	});
});
