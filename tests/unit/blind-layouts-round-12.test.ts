import { describe, expect, it } from 'vitest';
import { importsPublished } from '../helpers/published-fixture.ts';

/**
 * Documents as their publishers put them out, written by a helper who saw no code (blind layouts, round 12), each
 * imported as the README says; what a careful reader says of each is what the import must read.
 */
const imported = importsPublished('layouts12-');

describe('documents laid out as they are published (blind layouts, round 12)', () => {
	it("a communiqué saved by Word as plain text under its secretariat's cover block: the translation note is no title", async () => {
		const { document, paragraphs } = await imported('communique-word-plain-text-cover-block.txt');
		if (!document) throw new Error('not imported');
		// `Unofficial translation – only the French text is authentic` stood first after the block with the reference
		// number, and was taken for the title; the title is under `FINAL COMMUNIQUÉ`.
		expect(document.title).toBe('40th Ordinary Session of the Council of Ministers of the Indian Ocean Commission');
		// The secretariat's reference begins as a UN press release's symbol would (`SG/`), but it is no UN symbol: no
		// made-up un.org page.
		expect(document.symbol).toBe('SG/COI/2026/0412');
		expect(document.sourceUrl).toBeUndefined();
		expect(paragraphs.slice(0, 3).map((p) => p.text.split(' ').slice(0, 3).join(' '))).toEqual([
			'The opening ceremony',
			'The outgoing Chair',
			'The Secretary General',
		]);
	});

	it("a channel's messages exported from Telegram: the communiqué posted over three messages is read whole", async () => {
		const { paragraphs } = await imported(
			'communique-telegram-channel-export.html',
			'--symbol',
			'Samarkand Joint Communiqué',
		);
		// The page's first `.content` is its header's (the channel's name): taken for the main content, it left out
		// every message, and the import found no paragraph.
		expect(paragraphs).toHaveLength(16);
		expect(paragraphs[0]?.text).toMatch(/^The Ministers reaffirmed their shared commitment/u);
		expect(paragraphs[15]?.text).toMatch(/^The Ministers agreed to hold the Fifth Ministerial Meeting/u);
	});

	it("a council's conclusions under a cover note whose subject goes on with how they were adopted", async () => {
		// A stranger's text copied from a PDF: `Subject: Council conclusions on drought resilience and transboundary` /
		// `water management` / `- Adopted by the Council of Ministers at its 31st ordinary session` / `(Niamey, …)`.
		// The lines set apart by a dash were taken into the title.
		const { document } = await imported('council-conclusions-subject-adopted-line.txt');
		expect(document?.title).toBe('Council conclusions on drought resilience and transboundary water management');
		expect(document?.releaseDate).toBe('2025-03-27');
	});
});
