import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { asName } from '../../src/import/organisation-names.ts';
import { shortTitleOf } from '../../src/import/short-title.ts';
import { citations } from '../../src/render/citation.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/** A regional body's conclusions (composed for this test): its name heads the page, its title runs past 70 characters. */
const CONCLUSIONS = `INDIAN OCEAN RIM ASSOCIATION
IORA/COM/23/2025/CONC

Colombo, Sri Lanka, 10-11 October 2025

CONCLUSIONS OF THE 23RD MEETING OF THE COUNCIL OF MINISTERS
OF THE INDIAN OCEAN RIM ASSOCIATION

1. The Council of Ministers reaffirmed that maritime safety and security remains a priority.

2. Ministers underlined the importance of the blue economy for poverty eradication.
`;

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('the short title an import makes', () => {
	it.each([
		[
			'CONCLUSIONS OF THE 23RD MEETING OF THE COUNCIL OF MINISTERS OF THE INDIAN OCEAN RIM ASSOCIATION',
			'CONCLUSIONS OF THE 23RD MEETING OF THE COUNCIL OF MINISTERS…',
		],
		[
			'Joint statement of the ministers of foreign affairs, and of the ministers of defence, on the region',
			'Joint statement of the ministers of foreign affairs…',
		],
		['Conclusions of the Fifth High-Level Meeting', 'Conclusions of the Fifth High-Level Meeting'],
	])('%j → %j', (title, short) => {
		expect(shortTitleOf(title)).toBe(short);
		expect(short.length).toBeLessThanOrEqual(71);
	});
});

describe('importing a document of another organisation than the UN', () => {
	it('says which short title it made and which organisation it read, and APA names that organisation', async () => {
		const dir = seedDataCopy('short-title-');
		const source = mkdtempSync(join(tmpdir(), 'short-title-source-'));
		scratch.push(dir, source);
		const file = join(source, 'conclusions.txt');
		writeFileSync(file, CONCLUSIONS);
		const { code, stdout } = await importCli([file, '--slug', 'iora'], dir);
		expect(code).toBe(0);
		expect(stdout).toContain(
			'short title made from the title: CONCLUSIONS OF THE 23RD MEETING OF THE COUNCIL OF MINISTERS… (pass --short-title "<title>" to set it)',
		);
		expect(stdout).toContain('organisation read from the text: Indian Ocean Rim Association');
		const meta = JSON.parse(readFileSync(join(dir, 'documents', 'iora.json'), 'utf8')) as Record<string, unknown>;
		expect(meta).toMatchObject({ publisher: 'Indian Ocean Rim Association' });
		const corpus = loadCorpus(dir);
		const document = corpus.documentBySlug.get('iora');
		const paragraph = document?.paragraphs[1];
		if (!document || !paragraph) throw new Error('the document was not loaded');
		expect(citations(document, paragraph, corpus.version).apa).toMatch(
			/^Indian Ocean Rim Association\. \(2025, October 11\)\. CONCLUSIONS OF THE 23RD MEETING/u,
		);
	});

	it("keeps an organisation's acronym in brackets in capitals when it writes the name from capitals", () => {
		expect(asName('LAKE REGION COOPERATION ORGANISATION (LRCO)')).toBe('Lake Region Cooperation Organisation (LRCO)');
		expect(asName('ORGANISATION OF ISLAMIC COOPERATION')).toBe('Organisation of Islamic Cooperation');
	});

	it('takes the organisation as given with --publisher, and says nothing of one it would have read', async () => {
		const dir = seedDataCopy('short-title-');
		const source = mkdtempSync(join(tmpdir(), 'short-title-source-'));
		scratch.push(dir, source);
		const file = join(source, 'conclusions.txt');
		writeFileSync(file, CONCLUSIONS);
		const { code, stdout } = await importCli([file, '--slug', 'iora', '--publisher', 'IORA Secretariat'], dir);
		expect(code).toBe(0);
		expect(stdout).not.toContain('organisation read from the text');
		expect(JSON.parse(readFileSync(join(dir, 'documents', 'iora.json'), 'utf8'))).toMatchObject({
			publisher: 'IORA Secretariat',
		});
	});
});
