import { beforeAll, describe, expect, it } from 'vitest';
import { eachHasItsOwn } from '../../src/search/counterparts.ts';
import { joinedIn, saysEveryPart, type Leaning } from '../../src/search/every-part.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import type { QueryPlan } from '../../src/search/query-plan.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { planOf, unit } from '../helpers/query-units.ts';

/** A word of the text as an index term: lower case, as the analyser would give it here. */
const analyzer = { term: (word: string) => word.toLowerCase() };
/** Every word common and close, but names ("kosovo") and what is listed as far. */
const leaning = (far: string[] = []): Leaning => ({
	common: (word) => !['kosovo', 'apec'].includes(word.toLowerCase()),
	close: (word, term) => !far.includes(`${word}:${term}`),
});
const says = (plan: QueryPlan, written: string[], lean = leaning(), query = '') =>
	saysEveryPart(plan, new Set(written.map((w) => w.toLowerCase())), written, analyzer, lean, joinedIn(query));

// "crisis alerts": the text says "early warning" of "conflict"; alerts are warnings (same sense), a crisis is near a
// conflict (a looser neighbour).
const crisisAlerts = planOf([
	unit('crisis', { looser: [['conflict'], ['emergency']] }),
	unit('alerts', { related: [['warning']] }),
]);

describe('a paragraph that says every part of a dead end', () => {
	it('answers when each part has a counterpart and one is a same-sense word', () => {
		expect(says(crisisAlerts, ['early', 'warning', 'of', 'conflict'])).toBe(true);
	});

	it('does not answer when a part has nothing in the paragraph', () => {
		expect(says(crisisAlerts, ['early', 'warning', 'of', 'disputes'])).toBe(false);
	});

	it('does not take the curated table’s joining of a word’s own family for other words ("terrorist": terrorism)', () => {
		const financing = (expansion: string[]) =>
			planOf([
				unit('terrorist', { expansions: [expansion], answerable: true }),
				unit('financing', { looser: [['assistance']] }),
			]);
		expect(says(financing(['terror']), ['terror', 'assistance'])).toBe(false);
		// Its meaning in other words does count ("gangs": organized crime).
		expect(says(financing(['organized', 'crime']), ['organized', 'crime', 'assistance'])).toBe(true);
	});

	it('asks nothing of a function word, "versus" among them', () => {
		const plan = planOf([
			unit('freedoms', { answerable: true }),
			unit('vs', {}),
			unit('safety', { related: [['security']] }),
		]);
		expect(says(plan, ['freedoms', 'and', 'security'])).toBe(true);
	});

	it('does not answer through looser neighbours alone', () => {
		const plan = planOf([unit('security', { answerable: true }), unit('reform', { looser: [['change']] })]);
		expect(says(plan, ['security', 'change'])).toBe(false);
	});

	it('takes a narrower word, or the curated table’s, for a part said in other words', () => {
		// "averting bloodshed": averting is a kind of preventing; bloodshed is near conflict.
		const averting = planOf([
			unit('averting', { narrower: [['prevent']] }),
			unit('bloodshed', { looser: [['conflict']] }),
		]);
		expect(says(averting, ['prevent', 'of', 'armed', 'conflict'])).toBe(true);
		// "gun smuggling": the curated table's small arms, and illicit (trade).
		const guns = planOf([
			unit('gun', { expansions: [['small', 'arm']] }),
			unit('smuggling', { looser: [['illicit']] }),
		]);
		expect(says(guns, ['illicit', 'trade', 'in', 'small', 'arm'])).toBe(true);
		// The reader's own word for that part is no other words: a neighbourhood again.
		expect(says(guns, ['illicit', 'trade', 'in', 'small', 'arm', 'gun'])).toBe(false);
		// A narrower word alone is a kind of what the text names, not what it says: "fraud" is no answer on crime.
		expect(says(planOf([unit('fraud', { narrower: [['crime']] })]), ['organized', 'crime'])).toBe(false);
	});

	it('leans on a looser neighbour only where word vectors find it close enough', () => {
		expect(says(crisisAlerts, ['warning', 'conflict'], leaning(['crisis:conflict']))).toBe(false);
	});

	it('never takes a name, typed or written, for a word in other words', () => {
		const kosovo = planOf([unit('kosovo', { looser: [['conflict']] }), unit('status', { related: [['condition']] })]);
		expect(says(kosovo, ['conflict', 'condition'])).toBe(false);
		const acronym = planOf([unit('APEC', { looser: [['agenda']] }), unit('summit', { related: [['meeting']] })]);
		expect(says(acronym, ['agenda', 'meeting'])).toBe(false);
		// "Somalia" is common here, but the text's "Sudan" is a name: another place, not Somalia in other words.
		const place = planOf([unit('somalia', { looser: [['sudan']] }), unit('talks', { related: [['meeting']] })]);
		expect(says(place, ['Sudan', 'meeting'])).toBe(false);
		expect(says(place, ['sudan', 'meeting'])).toBe(true);
	});

	it('gives each part a counterpart of its own, unless the reader joined them with "and"', () => {
		const banking = planOf([
			unit('banking', { related: [['financial']] }),
			unit('crisis', { looser: [['financial']] }),
		]);
		expect(says(banking, ['financial', 'support'])).toBe(false);
		const disasters = planOf([
			unit('aid', { related: [['assistance']] }),
			unit('earthquakes', { looser: [['disasters']] }),
			unit('floods', { looser: [['disasters']] }),
		]);
		const written = ['assistance', 'in', 'natural', 'disasters'];
		expect(says(disasters, written, leaning(), 'aid after earthquakes and floods')).toBe(true);
		expect(says(disasters, written, leaning(), 'aid after earthquakes floods')).toBe(false);
	});

	it('matches counterparts to parts, going back on a first choice', () => {
		expect(eachHasItsOwn([[['a'], ['b']], [['a']]])).toBe(true);
		expect(eachHasItsOwn([[['a', 'b']], [['b']]])).toBe(false);
	});

	it('tells words joined by "and", "or" or a comma', () => {
		const joined = joinedIn('Earthquakes, floods or the storms and');
		expect(joined(unit('earthquakes', {}), unit('floods', {}))).toBe(true);
		expect(joined(unit('floods', {}), unit('storms', {}))).toBe(true);
		expect(joined(unit('earthquakes', {}), unit('storms', {}))).toBe(false);
	});
});

describe('a dead end said part by part, through the index', () => {
	// Built (and its tables made) once, before the searches, which each have their own time.
	let index: ParagraphIndex;
	beforeAll(() => {
		index = indexOf(seedCorpus());
	});

	it('finds a paraphrase nobody listed in the text', () => {
		const outcome = index.search('contempt for faiths and ethnic groups');
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(5);
	});

	it.each([
		['averting carnage', 9],
		['gun smuggling', 8],
	])('finds "%s" said through a narrower or curated word and a close neighbour (¶%i)', (query, paragraph) => {
		const outcome = index.search(query);
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(paragraph);
	});

	it('keeps no match whose quote bolds nothing of the query ("armed" is not the arms of "gun")', () => {
		const hits = index.search('gun smuggling').hits;
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits)
			expect(hit.highlighter.segments(hit.paragraph.searchText).some((segment) => segment.matched)).toBe(true);
	});

	it.each(['kosovo final status', 'apec summit', 'iran nuclear talks', 'banking crisis'])(
		'still finds nothing for "%s", a name or a thing the text lacks',
		(query) => {
			expect(index.search(query).match).toBe('none');
		},
	);
});
