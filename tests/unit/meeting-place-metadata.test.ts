import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/** A summit's declaration as alliances publish it: a title, a subtitle saying who issued it where and when. */
const declaration = (
	subtitle: string,
	body = '1. We, the Heads of State and Government, have gathered to reaffirm our commitment.',
) => `Summit Declaration on Collective Resilience\n\n${subtitle}\n\n${body}\n\n2. We will meet again next year.\n`;

describe('the place a subtitle names with the date, without a dateline', () => {
	it.each([
		[
			'Issued by the Heads of State and Government participating in the meeting of the North Atlantic Council in The Hague on 25 June 2025',
			'The Hague',
			'2025-06-25',
		],
		[
			'Issued by the Heads of State and Government participating in the meeting of the North Atlantic Council in Washington, D.C. 10 July 2024',
			'Washington, D.C.',
			'2024-07-10',
		],
		// Wrapped over two lines, as a PDF's subtitle is.
		['Adopted by the Ministers meeting in Port of Spain\non 4 March 2026', 'Port of Spain', '2026-03-04'],
		['Ministerial Meeting — São Tomé, 18 de julho de 2025', 'São Tomé', '2025-07-18'],
		['Washington, D.C., 10 July 2024', 'Washington, D.C.', '2024-07-10'],
		// A summit's subtitle: the meeting's name, then its place and days after a comma.
		['Commonwealth Heads of Government Meeting, Apia, Samoa, 21–26 October 2031', 'Apia', '2031-10-26'],
		['Fifteenth Islamic Summit, Banjul, The Gambia, 4–5 May 2031', 'Banjul', '2031-05-05'],
		['Ministerial Conference, Port of Spain, Trinidad and Tobago, 4–5 March 2031', 'Port of Spain', '2031-03-05'],
	])('reads %j as at %s', (subtitle, place, date) => {
		expect(guessMetadata(declaration(subtitle))).toMatchObject({ place, releaseDate: date });
	});

	it('names no place when the front matter names two, nor from the paragraphs of the body', () => {
		const two = 'Met in Geneva on 3 May 2026, then in Vienna on 5 May 2026';
		expect(guessMetadata(declaration(two)).place).toBeUndefined();
		const inBody = declaration(
			'Issued on 25 June 2025',
			'1. We recall the commitments we made at our meeting in Vilnius on 11 July 2023.',
		);
		expect(guessMetadata(inBody).place).toBeUndefined();
		// A statement without numbered paragraphs: its first paragraph is a sentence, not a subtitle.
		const unnumbered =
			'Joint Statement on Coastal Resilience\n\nThe ministers met in Vienna on 3 May 2026 and agreed on a plan.\n\nThey will meet again on 2–3 May 2027.\n';
		const read = guessMetadata(unnumbered);
		expect([read.place, read.meetingDates, read.releaseDate]).toEqual([undefined, undefined, '2026-05-03']);
	});
});

describe("a meeting's days, from a range in the dateline or the front matter", () => {
	it.each([
		[
			'Apia, Samoa, 21–26 October 2024',
			['2024-10-21', '2024-10-22', '2024-10-23', '2024-10-24', '2024-10-25', '2024-10-26'],
			'2024-10-26',
		],
		['Port of Spain, 4–5 March 2026', ['2026-03-04', '2026-03-05'], '2026-03-05'],
		['held in Vienna on 29–30 July 2003', ['2003-07-29', '2003-07-30'], '2003-07-30'],
		['Geneva, 30 June – 2 July 2025', ['2025-06-30', '2025-07-01', '2025-07-02'], '2025-07-02'],
		['Paris, du 3 au 5 mars 2026', ['2026-03-03', '2026-03-04', '2026-03-05'], '2026-03-05'],
		['Madrid, del 3 al 5 de marzo de 2026', ['2026-03-03', '2026-03-04', '2026-03-05'], '2026-03-05'],
		['Brasília, de 3 a 5 de março de 2026', ['2026-03-03', '2026-03-04', '2026-03-05'], '2026-03-05'],
	])('reads %s as %j, the release date as read before (%s)', (front, days, date) => {
		expect(guessMetadata(declaration(front))).toMatchObject({ meetingDates: days, releaseDate: date });
	});

	it('reads no meeting days from one date, nor from a range in the body', () => {
		expect(guessMetadata(declaration('Geneva, 4 March 2026')).meetingDates).toBeUndefined();
		const inBody = declaration('Geneva, 4 March 2026', '1. We recall the conference held on 2–3 May 2024.');
		expect(guessMetadata(inBody).meetingDates).toBeUndefined();
	});
});

describe('Portuguese dates and datelines', () => {
	it.each([
		['São Tomé, 18 de julho de 2025', '2025-07-18', 'São Tomé'],
		['Lisboa, a 18 de julho de 2025', '2025-07-18', 'Lisboa'],
		['Luanda, 1.º de março de 2026', '2026-03-01', 'Luanda'],
		['Maputo, em 2 de maio de 2024', '2024-05-02', 'Maputo'],
	])('reads %s as %s, at %s', (dateline, date, place) => {
		const guessed = guessMetadata(`Declaração Final\n\n${dateline}\n\n1. Os Chefes de Estado reuniram-se.\n`);
		expect(guessed.releaseDate).toBe(date);
		expect(guessed.place).toBe(place);
	});
});

describe('a dateline in a language the import does not read', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('is named in the message that asks for --date', async () => {
		const dir = seedDataCopy('import-');
		const files = mkdtempSync(join(tmpdir(), 'dateline-'));
		scratch.push(dir, files);
		const file = join(files, 'dichiarazione.txt');
		writeFileSync(file, 'Dichiarazione finale\n\nRoma, 18 luglio 2025\n\n1. I Capi di Stato si sono riuniti.\n');
		const { code, stderr } = await importCli([file, '--symbol', 'Rome Declaration'], dir);
		expect(code).not.toBe(0);
		expect(stderr).toContain('pass --date YYYY-MM-DD');
		expect(stderr).toContain(
			'"Roma, 18 luglio 2025" looks like a dateline, but its date is in a language the import does not read',
		);
	});

	it('writes the meeting days it reads into the metadata, beside the release date', async () => {
		const dir = seedDataCopy('import-');
		const files = mkdtempSync(join(tmpdir(), 'meeting-'));
		scratch.push(dir, files);
		const file = join(files, 'communique.txt');
		writeFileSync(
			file,
			'Communiqué of the Pacific Ocean Ministers\n\nApia, Samoa, 21–26 October 2024\n\n1. Ministers met to review the implementation of the regional ocean strategy.\n',
		);
		const { code } = await importCli([file, '--symbol', 'Pacific Ocean Communique'], dir);
		expect(code).toBe(0);
		const meta = JSON.parse(readFileSync(join(dir, 'documents', 'pacificoceancommunique.json'), 'utf8')) as unknown;
		expect(meta).toMatchObject({
			releaseDate: '2024-10-26',
			place: 'Apia',
			meetingDates: ['2024-10-21', '2024-10-22', '2024-10-23', '2024-10-24', '2024-10-25', '2024-10-26'],
		});
	});
});
