import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { readEmail, withoutMailTail } from '../../src/import/email-text.ts';
import { extract } from '../../src/import/extract-file.ts';
import { runImport } from '../../src/import/import-command.ts';
import { seedDataCopy } from '../helpers/corpus.ts';

const PUBLISHED = fileURLToPath(new URL('../fixtures/published/', import.meta.url));
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECTIONS = [
	'I. Opening of the Dialogue',
	'I. Opening of the Dialogue',
	'II. Transboundary cooperation',
	'II. Transboundary cooperation',
	'III. Climate and water-related disasters',
	'III. Climate and water-related disasters',
	'IV. The way forward',
];

describe("a Chair's summary received by e-mail and saved as text", () => {
	it.each(['email-forwarded-quoted.txt', 'email-forwarded-wrapped.txt'])(
		'%s: the summary only, its paragraphs and sections, no header, note, signature or disclaimer',
		async (name) => {
			const { text, subject } = await extract(join(PUBLISHED, name));
			expect(subject).toBe("Chair's summary – Regional Dialogue on Water Security");
			expect(text).not.toMatch(/^>|From:|Subject:|Jonas|Dear |Best regards|Amina Otieno|attachments/mu);
			const paragraphs = parseSource(text, 'Regional Dialogue on Water Security').paragraphs;
			expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
			expect(paragraphs.map((p) => p.section)).toEqual(SECTIONS);
			expect(paragraphs[0]?.text).toMatch(/^The Regional Dialogue .* and civil society\.$/u);
			expect(paragraphs[6]?.text).toBe(
				'Participants agreed to meet again in 2025 to review progress, and invited the secretariat to circulate ' +
					'this summary to all participants.',
			);
		},
	);

	it.each([
		[
			'two quote levels',
			'From: a@example.org\nSent: 1 May 2024\nSubject: RE: FW: Summary\n\nSee below.\n\n> Fwd note\n>> 1. First.\n>>\n> > 2. Second.\n',
			'1. First.\n\n2. Second.\n',
		],
		[
			'a line quoted inside the forwarded document',
			'From: a@example.org\nSent: 1 May 2024\nSubject: FW: Summary\n\nFYI.\n\n> 1. First.\n>\n> 2. Second, on:\n>> a quoted line\n',
			'1. First.\n\n2. Second, on:\na quoted line\n',
		],
		[
			'a phone signature',
			'From: a@example.org\nDate: 1 May 2024\nSubject: Summary\n\n1. First.\n\nSent from my iPhone\n',
			'1. First.\n',
		],
		[
			'a signature separator',
			'From: A <a@example.org>\nTo: b@example.org\nSubject: Fwd: Summary\n\n1. First.\n\n-- \nA. Person\n',
			'1. First.\n',
		],
	])('%s', (_, source, text) => {
		expect(readEmail(source)).toEqual({ text, subject: 'Summary' });
	});

	it('ends a text copied out of an e-mail (its headers left behind) before the signature and disclaimer', () => {
		const copied = readFileSync(join(PUBLISHED, 'email-forwarded-wrapped.txt'), 'utf8');
		const body = copied.slice(copied.indexOf('REGIONAL DIALOGUE'));
		const text = withoutMailTail(body);
		expect(text).toMatch(/circulate this summary to all participants\.\n$/u);
		const paragraphs = parseSource(text ?? '', 'Regional Dialogue on Water Security').paragraphs;
		expect(paragraphs.map((p) => p.section)).toEqual(SECTIONS);
		// A closing that numbered paragraphs follow is the text's own, not its end.
		expect(withoutMailTail('1. First.\n\nSincerely,\n\n2. Second.\n')).toBeUndefined();
		expect(withoutMailTail('1. First.\n\n2. Second.\n')).toBeUndefined();
	});

	it('reads a message Outlook saved as a web page the same way, its <title> (the subject) no heading', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'outlook-'));
		scratch.push(dir);
		const file = join(dir, 'message.htm');
		const paragraph = (text: string) => `<p class=MsoNormal>${text}<o:p></o:p></p>`;
		writeFileSync(
			file,
			`<html><head><meta name=Generator content="Microsoft Word 15 (filtered medium)">` +
				`<title>FW: Chair's summary</title></head><body><div class=WordSection1>` +
				paragraph('Colleagues, FYI.') +
				`<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Chair ` +
				`&lt;chair@example.org&gt;<br><b>Sent:</b> Friday, 17 May 2024 18:02<br><b>To:</b> Participants<br>` +
				`<b>Subject:</b> Chair's summary – Water Dialogue</p></div>` +
				['1. Participants met in Nairobi.', '2. They will meet again.', 'Best regards,', 'Amina Otieno']
					.map(paragraph)
					.join('') +
				'</div></body></html>',
		);
		const page = await extract(file);
		expect(page).toMatchObject({
			text: '1. Participants met in Nairobi.\n\n2. They will meet again.\n',
			subject: "Chair's summary – Water Dialogue",
		});
		expect(page.heading).toBeUndefined();
	});

	it("leaves texts that are no e-mail alone, a cover note's From/To/Subject among them", () => {
		expect(readEmail('1. Participants met.\n\nBest regards,\n')).toBeUndefined();
		const cover =
			'OUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nTo: Delegations\nSubject: Council conclusions\n\n1. Text.\n';
		expect(readEmail(cover)).toBeUndefined();
	});

	it("imports it with the document's own title line, and the subject (marked unsure) when it has none", async () => {
		const dir = seedDataCopy('import-email-');
		scratch.push(dir);
		let stdout = '';
		const run = (file: string, ...argv: string[]) =>
			runImport(
				[file, '--symbol', 'Water Dialogue Chair Summary', ...argv],
				{ DATA_DIR: dir },
				{
					stdout: (t) => (stdout += t),
					stderr: (t) => (stdout += t),
				},
			);
		expect(await run(join(PUBLISHED, 'email-forwarded-quoted.txt'))).toBe(0);
		const meta = () =>
			JSON.parse(readFileSync(join(dir, 'documents', 'waterdialoguechairsummary.json'), 'utf8')) as { title: string };
		expect(meta().title).toBe('REGIONAL DIALOGUE ON WATER SECURITY');
		expect(loadCorpus(dir).paragraphs.filter((p) => p.document === 'waterdialoguechairsummary')).toHaveLength(7);
		// Without its title lines the text names nothing: the subject is the title, to check.
		const untitled = join(dir, 'untitled.txt');
		const source = readFileSync(join(PUBLISHED, 'email-forwarded-quoted.txt'), 'utf8');
		writeFileSync(untitled, source.replace(/^> (?:REGIONAL DIALOGUE.*|Nairobi, 15.*|CHAIR'S SUMMARY)\n>\n?/gmu, ''));
		stdout = '';
		expect(await run(untitled, '--date', '2024-05-17', '--force')).toBe(0);
		expect(meta().title).toBe("Chair's summary – Regional Dialogue on Water Security");
		expect(stdout).toMatch(/unsure of the title: it is the e-mail's subject/u);
	});
});
