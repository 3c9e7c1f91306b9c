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
