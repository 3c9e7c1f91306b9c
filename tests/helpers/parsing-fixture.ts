import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import type { ParsedSource } from '../../src/corpus/parsed-source.ts';
import { EXPECTED_DIR } from './corpus.ts';

/** The published texts the parsing tests read (`tests/fixtures/parsing/`), with what a reader finds in each. */
const PARSING = new URL('../fixtures/parsing/', import.meta.url);

/** A fixture's text, as published. */
export const textOf = (name: string) => readFileSync(new URL(`${name}.txt`, PARSING), 'utf8');

/** What a careful reader finds in a fixture: `tests/fixtures/expected/<name>.json`, written from the document. */
export interface Expected {
	symbol: string;
	title: string;
	date: string;
	place?: string;
	paragraphs: { paragraph: number; mark: string; section: string | null; text: string }[];
}
export const expectedOf = (name: string) =>
	JSON.parse(readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8')) as Expected;

/** A fixture parsed as the corpus parses it, beside what its expected file says. */
export function parsedFixture(name: string): { want: Expected; parsed: ParsedSource } {
	const want = expectedOf(name);
	return { want, parsed: parseSource(textOf(name), want.title) };
}

/** Every paragraph in document order, with the mark the document gives it, its section and exact text; no warning. */
export function expectAsExpected(parsed: ParsedSource, want: Expected): void {
	expect(
		parsed.paragraphs.map((p) => ({ paragraph: p.number, mark: paragraphMark(p), section: p.section, text: p.text })),
	).toEqual(want.paragraphs);
	expect(parsed.problems).toEqual([]);
}
