import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { stackedDateline } from '../../src/import/masthead.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');

/** A declaration copied from an alliance's site: menus, the page's heading, its date, the text, the "Related" footer. */
const copiedPage = (dateLine: string | undefined) =>
	[
		'Skip to main content',
		'Home',
		'Official texts',
		'Vilnius Summit Communiqué',
		...(dateLine === undefined ? [] : [dateLine]),
		'',
		'1. We, the Heads of State and Government of the member countries of the Alliance, have gathered in Vilnius.',
		'2. We express our appreciation to the Government of Lithuania for its generous hospitality.',
		'Related',
		'Summit meeting of Heads of State and Government, Vilnius, 11-12 July 2023',
		'Related topics',
		'Contact us',
	].join('\n');

describe('dates and places read from documents as they are published', () => {
	it('reads a date wrapped over two lines by pdftotext, where the import used to stop', () => {
		const guessed = guessMetadata(fixture('cstc-declaration-pdftotext.txt'));
		expect(guessed.releaseDate).toBe('2025-09-15');
		expect(guessed.place).toBe('Dushanbe');
	});

	it('takes no number that ends a symbol for the day of a month on the next line (GC(68)/RES/10 / September 2024)', () => {
		const text = 'GC(68)/RES/10\nSeptember 2024\n\nMeasures on nuclear safety\n\n1. Urges Member States to act.\n';
		expect(guessMetadata(text).releaseDate).toBeUndefined();
	});

	it('reads the closing dateline, beyond the first lines, when they give no date', () => {
		const text = fixture('cstc-declaration-pdftotext.txt').replace('in Dushanbe on 15 September\n2025,', 'there,');
		expect(guessMetadata(text)).toMatchObject({ releaseDate: '2025-09-15', place: 'Dushanbe' });
	});

	it('takes no closing line naming the meeting that adopted the text for a place (Seventh plenary meeting, …)', () => {
		const text = [
			'SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY    WHA78.3',
			'Agenda item 13.2',
			'',
			'Strengthening rehabilitation in health systems',
			'',
			'The Seventy-eighth World Health Assembly,',
			'',
			'1. URGES Member States to integrate rehabilitation into primary health care;',
			'',
			'Seventh plenary meeting, 24 May 2025',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.place).toBeUndefined();
		expect(guessed.releaseDate).toBe('2025-05-24');
	});

	it("takes no field's label for a place: a saved page's `Date` over its date (Drupal's fields, as au.int sets them)", () => {
		const text = [
			'Decision on the Report of the Commission on Climate Change',
			'',
			'Organ',
			'',
			'Assembly of the Union',
			'',
			'Date',
			'',
			'February 16, 2025',
			'',
			'The Assembly,',
			'',
			'1. TAKES NOTE of the Report;',
			'',
			'Done in Addis Ababa, Ethiopia, 16 February 2025',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.place).not.toBe('Date');
		expect(guessed.releaseDate).toBe('2025-02-16');
		expect(stackedDateline('Date', 'February 16, 2025')).toBeUndefined();
		expect(stackedDateline('GENEVA', '10 March 2024')).toBe('GENEVA, 10 March 2024');
	});

	it("takes no weekday for a place: a saved page's date field (Friday, 23 August 2024)", () => {
		const page = extractHtml(
			[
				'<html><head><title>Communiqué of the Extraordinary Summit | Community</title></head><body><main>',
				'<h1>Communiqué of the Extraordinary Summit of Heads of State and Government</h1>',
				'<div class="field--name-field-date">Friday, 23 August 2024</div>',
				'<p>1.&nbsp;&nbsp;&nbsp; The Extraordinary Summit was held in Lusaka, Republic of Zambia, on 23 August 2024.</p>',
				'<p>2.&nbsp;&nbsp;&nbsp; Summit NOTED the report of the Ministerial Committee of the Organ.</p>',
				'</main></body></html>',
			].join('\n'),
		);
		const guessed = guessMetadata(page.text, page.heading);
		expect(guessed.releaseDate).toBe('2024-08-23');
		expect(guessed.place).not.toBe('Friday');
	});

	it('reads the place set under the date (18 January 2024 / Abuja, Federal Republic of Nigeria)', () => {
		expect(guessMetadata(fixture('ecowas-communique-word-plain.txt'))).toMatchObject({
			releaseDate: '2024-12-15',
			place: 'Abuja',
		});
	});

	it('reads a capitals dateline with an ordinal day (NAIROBI, KENYA, 21ST JUNE 2023)', () => {
		expect(guessMetadata('JOINT COMMUNIQUÉ\nNAIROBI, KENYA, 21ST JUNE 2023\n\n1. The Summit met.\n')).toMatchObject({
			releaseDate: '2023-06-21',
			place: 'Nairobi',
		});
	});

	it("stores a session's weeks as no meeting dates: a COP report's session, a council's session", () => {
		expect(guessMetadata(fixture('cma-decision-addendum.txt')).meetingDates).toBeUndefined();
		const council = [
			'Human Rights Council',
			'Fifty-ninth session',
			'16 June–9 July 2025',
			'Agenda item 3',
			'',
			'Resolution adopted by the Human Rights Council on 8 July 2025',
			'',
			'59/4. The right to education',
			'',
			'The Human Rights Council,',
			'',
			'1. Decides to remain seized of the matter.',
			'',
			'45th meeting',
			'8 July 2025',
		].join('\n');
		const guessed = guessMetadata(council);
		expect(guessed.releaseDate).toBe('2025-07-08');
		expect(guessed.meetingDates).toBeUndefined();
	});

	it("keeps a summit's few days, even when it calls itself a session, as its meeting dates", () => {
		const text = 'FINAL COMMUNIQUÉ OF THE 16TH SESSION OF THE SUMMIT\nRABAT, 4-5 MAY 2026\n\n1. The Summit met.\n';
		expect(guessMetadata(text).meetingDates).toEqual(['2026-05-04', '2026-05-05']);
	});

	it("dates a copied page by its own abbreviated date (12 Jul. 2023), not the footer's, and keeps it out of the title", () => {
		const guessed = guessMetadata(copiedPage('12 Jul. 2023'));
		expect(guessed.releaseDate).toBe('2023-07-12');
		expect(guessed.title).toBe('Vilnius Summit Communiqué');
		expect(guessed.dateDoubt).toBeUndefined();
	});

	it("says it is unsure of a date that only a line under the text's first paragraph gives (a footer's)", () => {
		const guessed = guessMetadata(copiedPage(undefined));
		expect(guessed.releaseDate).toBe('2023-07-12');
		expect(guessed.dateDoubt).toMatch(/under its first paragraph/u);
		expect(guessed.dateDoubt).toContain('Vilnius, 11-12 July 2023');
	});
});
