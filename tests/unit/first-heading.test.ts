import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extract } from '../../src/import/extract-file.ts';

/** A summit's declaration saved from its site: a heading over each group of numbered paragraphs, the first too. */
const SUMMIT_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Coastal Summit Declaration | Secretariat</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Coastal Summit Declaration</h1>
<p class="lead">Issued by the Heads of State and Government meeting in Port of Spain on 4 March 2026</p>
<h3>Preamble</h3>
<p>1. We, the Heads of State and Government, met to renew our shared commitment to the ocean.</p>
<p>2. We recall the outcomes of our previous meetings and the progress made since.</p>
<p>3. We recognise that coastal communities face growing risks.</p>
<h3>Commitments</h3>
<p>4. We commit to protect at least thirty per cent of our waters by 2030.</p>
<p>5. We will strengthen early warning systems for coastal hazards.</p>
<h3>Follow-up</h3>
<p>6. We task our ministers to report to our next meeting.</p>
</article></main>
<footer>© Secretariat</footer>
</body></html>
`;

const sections = (text: string, title: string) => parseSource(text, title).paragraphs.map((p) => [p.number, p.section]);

describe('the first heading above numbered paragraphs', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('gives ¶1–3 of a saved summit page their section, as the later headings give theirs', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'summit-'));
		scratch.push(dir);
		const file = join(dir, 'summit.html');
		writeFileSync(file, SUMMIT_PAGE);
		const { text } = await extract(file);
		const expected = [
			[1, 'Preamble'],
			[2, 'Preamble'],
			[3, 'Preamble'],
			[4, 'Commitments'],
			[5, 'Commitments'],
			[6, 'Follow-up'],
		];
		// With its title known (as imported) and without (the title line is then the text's first).
		expect(sections(text, 'Coastal Summit Declaration')).toEqual(expected);
		expect(sections(text, 'Another title')).toEqual(expected);
	});

	it('reads the heading when it is the first line of the body once the title is set aside', () => {
		const text =
			'Coastal Summit Declaration\n\nPreamble\n\n1. We met.\n\n2. We recalled it.\n\nCommitments\n\n3. We commit.\n';
		expect(sections(text, 'Coastal Summit Declaration')).toEqual([
			[1, 'Preamble'],
			[2, 'Preamble'],
			[3, 'Commitments'],
		]);
	});

	it('never takes the title, a subtitle over a text without headings, or a date line for a section', () => {
		const untitled = 'Coastal Summit Declaration\n\n1. We met.\n\n2. We recalled it.\n\nCommitments\n\n3. We commit.\n';
		expect(sections(untitled, 'T')).toEqual([
			[1, null],
			[2, null],
			[3, 'Commitments'],
		]);
		const subtitled = 'Coastal Summit Declaration\n\nMinisterial Meeting\n\n1. We met.\n\n2. We recalled it.\n';
		expect(sections(subtitled, 'Coastal Summit Declaration')).toEqual([
			[1, null],
			[2, null],
		]);
		const dated = 'Coastal Summit Declaration\n\nMarch 2026\n\n1. We met.\n\nCommitments\n\n2. We commit.\n';
		expect(sections(dated, 'T')[0]).toEqual([1, null]);
	});
});

/**
 * A communiqué of unnumbered paragraphs under headings in capitals, as the Caribbean Community prints one: the place
 * and date, then `OPENING CEREMONY` over its first two paragraphs, `HAITI` over the next.
 */
const COMMUNIQUE = [
	'Communiqué of the Fifty-First Regular Meeting of the Conference of Heads of Government',
	'',
	'Basseterre, Saint Kitts and Nevis, 6 July 2042',
	'',
	'OPENING CEREMONY',
	'',
	'The Fifty-First Regular Meeting of the Conference of Heads of Government was held in Basseterre from 3 to 5 July 2042.',
	'',
	'The Prime Minister of Saint Kitts and Nevis chaired the proceedings.',
	'',
	'HAITI',
	'',
	'Heads of Government welcomed the progress made by the Transitional Presidential Council.',
	'',
	'CLIMATE CHANGE',
	'',
	'Heads of Government underscored that the climate crisis remains the greatest threat to the Region.',
].join('\n');
const TITLE = 'Communiqué of the Fifty-First Regular Meeting of the Conference of Heads of Government';

describe('the first heading above unnumbered paragraphs', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	const expected = [
		[1, 'OPENING CEREMONY'],
		[2, 'OPENING CEREMONY'],
		[3, 'HAITI'],
		[4, 'CLIMATE CHANGE'],
	];

	it('gives the first paragraphs their section, with the title known and without it', () => {
		expect(sections(COMMUNIQUE, TITLE)).toEqual(expected);
		expect(sections(COMMUNIQUE, 'T')).toEqual(expected);
		expect(parseSource(COMMUNIQUE, TITLE).preamble).toBe('Basseterre, Saint Kitts and Nevis, 6 July 2042');
	});

	it('reads it in small letters too (`Opening ceremony`), and with no dateline above it', () => {
		const mixed = COMMUNIQUE.replace('OPENING CEREMONY', 'Opening ceremony').replace('HAITI', 'Haiti');
		expect(sections(mixed, TITLE).map(([, s]) => s)).toEqual([
			'Opening ceremony',
			'Opening ceremony',
			'Haiti',
			'CLIMATE CHANGE',
		]);
		const undated = COMMUNIQUE.replace('Basseterre, Saint Kitts and Nevis, 6 July 2042\n\n', '');
		expect(sections(undated, TITLE)).toEqual(expected);
		expect(sections(undated, 'T')).toEqual(expected);
	});

	it('reads the heading of a saved page’s bold line (`<p><strong>HAITI</strong></p>`) as the others', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'communique-'));
		scratch.push(dir);
		const file = join(dir, 'communique.html');
		const paragraphs = COMMUNIQUE.split('\n\n')
			.slice(1)
			.map((block) => (/^[A-Z ]+$/u.test(block) ? `<p><strong>${block}</strong></p>` : `<p>${block}</p>`));
		writeFileSync(
			file,
			`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} - CARICOM</title></head><body>` +
				`<main><article><h1>${TITLE}</h1><div class="entry-content">${paragraphs.join('\n')}</div></article></main>` +
				'</body></html>',
		);
		const { text, heading } = await extract(file);
		expect(sections(text, heading ?? 'T')).toEqual(expected);
	});

	it('gives a numbered first paragraph of one line its section as well (`HAITI` over `1.`, then a heading)', () => {
		const numbered = 'Communiqué\n\nHAITI\n\n1. Heads of Government met.\n\nCLIMATE CHANGE\n\n2. They agreed.\n';
		expect(sections(numbered, 'Communiqué')).toEqual([
			[1, 'HAITI'],
			[2, 'CLIMATE CHANGE'],
		]);
	});

	it('never takes a subtitle over unnumbered paragraphs without headings, nor the untitled text’s first line', () => {
		const subtitled = `${TITLE}\n\nOutcome Statement\n\nHeads of Government met.\n\nThey agreed to meet again.\n`;
		expect(sections(subtitled, TITLE)).toEqual([
			[1, null],
			[2, null],
		]);
		const untitled = 'Outcome Statement\n\nHeads of Government met.\n\nCLIMATE CHANGE\n\nThey agreed.\n';
		expect(sections(untitled, 'T')).toEqual([
			[1, null],
			[2, 'CLIMATE CHANGE'],
		]);
	});
});
