import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');

/** The communiqué's title, its kind over the adoption note, in the document's words. */
const PSC_TITLE =
	'Communiqué adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1290th meeting held on 9 April 2031, on the situation in the Great Lakes region';

describe('an adoption note wrapped over lines is never the title', () => {
	it('a PSC communiqué as pdftotext -layout gives it: the kind and the note, not the note’s first line', () => {
		const guessed = guessMetadata(fixture('psc-communique-layout.txt'));
		expect(guessed).toMatchObject({ symbol: 'PSC/PR/COMM.1290 (2031)', title: PSC_TITLE, releaseDate: '2031-04-09' });
		// Nor is the letterhead (the organisation's name in three languages, its address and contacts) another title.
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('the same without blank lines, as pdftotext gives it', () => {
		const text = [
			'PEACE AND SECURITY COUNCIL',
			'1290TH MEETING',
			'ADDIS ABABA, ETHIOPIA',
			'9 APRIL 2031',
			'PSC/PR/COMM.1290 (2031)',
			'COMMUNIQUÉ',
			'Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its',
			'1290th meeting held on 9 April 2031, on the situation in the Great Lakes region,',
			'The Peace and Security Council,',
			'Recalling its previous decisions;',
			'1. Expresses deep concern over the humanitarian situation in the region;',
		].join('\n');
		expect(guessMetadata(text).title).toBe(PSC_TITLE);
	});

	it('under a title of its own, the wrapped note is passed over and the title kept', () => {
		const text = [
			'Declaration on the Protection of Civilians in Armed Conflict',
			'',
			'Adopted by the Assembly of Heads of State and Government at its',
			'41st ordinary session, held on 12 February 2031,',
			'',
			'1. The Assembly reaffirms its commitment to the protection of civilians.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('Declaration on the Protection of Civilians in Armed Conflict');
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it("a Security Council resolution's own note under its number stays out of the title", () => {
		const text =
			'United Nations      S/RES/2811 (2031)\n\nSecurity Council      Distr.: General\n12 March 2031\n\nResolution 2811 (2031)\n\nAdopted by the Security Council at its 10123rd meeting, on\n12 March 2031\n\nThe Security Council,\n';
		expect(guessMetadata(text).title).toBe('Resolution 2811 (2031)');
	});
});

describe("the issuing body's name in capitals is said to be unsure as a title", () => {
	it('PEACE AND SECURITY COUNCIL, when nothing else above the text can be the title', () => {
		const text = [
			'PEACE AND SECURITY COUNCIL',
			'1290TH MEETING',
			'ADDIS ABABA, ETHIOPIA',
			'9 APRIL 2031',
			'',
			'PSC/PR/COMM.1290 (2031)',
			'',
			'COMMUNIQUÉ',
			'',
			'The Peace and Security Council of the African Union (AU), at its 1290th meeting held on 9 April 2031, on the situation in the Great Lakes region,',
			'',
			'Recalling its previous decisions;',
			'',
			'1. Expresses deep concern over the humanitarian situation in the region;',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('PEACE AND SECURITY COUNCIL');
		expect(guessed.titleDoubt).toMatch(/name of the body that issued the document/u);
	});

	it.each([
		'Trade and Development Board',
		'PEACE AND SECURITY COUNCIL',
		'Economic and Social Council',
		'UNION AFRICAINE',
		'UNIÃO AFRICANA',
	])('%j is a body’s name', async (line) => {
		const { isOrganLine } = await import('../../src/import/front-matter.ts');
		expect(isOrganLine(line)).toBe(true);
	});
});

describe('a title wrapped over lines copied from a PDF viewer is no site menu', () => {
	it('a summit declaration: its name line and wrapped subtitle, with no doubt about a menu', () => {
		const guessed = guessMetadata(fixture('summit-declaration-copied.txt'));
		expect(guessed.title).toBe('Sochi Declaration Partnership for Inclusive Growth and Shared Security');
		expect(guessed.titleDoubt ?? '').not.toMatch(/menu/u);
		expect(guessed.place).toBe('Sochi');
	});

	it("a site's menu copied with a page is still said to be one", () => {
		const text =
			'Regional Forum Secretariat Online Portal\nAbout Us\nMeetings\nDocuments\n\nThe Council met on 3 March 2031.\n';
		expect(guessMetadata(text).titleDoubt ?? '').toMatch(/site's menu/u);
	});
});

describe('a title whose first word is set a line apart, in capitals', () => {
	const lines = (...title: string[]) =>
		[
			'                INTERGOVERNMENTAL AUTHORITY ON LAKESIDE WATERS (IALW)',
			'',
			...title,
			'',
			'                        Lakeside, Republic of Lakeside',
			'                               18 February 2031',
			'',
			'1.  The 12th Ordinary Session of the Council of Ministers was held on 18 February 2031.',
		].join('\n');

	it('is read whole: the kind above it and the words that go on from it', () => {
		const text = lines(
			'                                  COMMUNIQUÉ',
			'',
			'        OF THE 12TH ORDINARY SESSION OF THE COUNCIL OF MINISTERS',
		);
		expect(guessMetadata(text).title).toBe('COMMUNIQUÉ OF THE 12TH ORDINARY SESSION OF THE COUNCIL OF MINISTERS');
	});

	it('leaves a short line above alone when the title does not go on from it', () => {
		const text = lines(
			'                                  COMMUNIQUÉ',
			'',
			'        TWELFTH ORDINARY SESSION OF THE COUNCIL OF MINISTERS',
		);
		expect(guessMetadata(text).title).toBe('TWELFTH ORDINARY SESSION OF THE COUNCIL OF MINISTERS');
	});
});
