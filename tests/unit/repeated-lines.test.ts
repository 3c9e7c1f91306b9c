import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { repeatedLineProblems } from '../../src/import/repeated-lines.ts';

/** The data check's problems for a text, read as the loader reads it (its paragraphs named js-1, js-2…). */
const problemsOf = (source: string) =>
	repeatedLineProblems(
		source,
		parseSource(source, 'Joint Statement').paragraphs.map((p, i) => ({ id: `js-${i + 1}`, text: p.text })),
	);

/** Five numbered paragraphs whose wrapped lines are the document's own, some of them alike from one to the next. */
const PARAGRAPHS = [1, 2, 3, 4, 5].map((n) => [
	`The Leaders welcomed the progress made under item ${n} of the agenda and`,
	'noted the work of the sectoral bodies and of the secretariat.',
	'The Leaders welcomed the outcome of the Ministerial Meeting.',
	'They encouraged all partners to take the work forward',
	'in the coming year, building on what was agreed at the',
	'Summit and on the views expressed by the Member States.',
]);

describe('the data check on lines that repeat in a text', () => {
	it("says nothing of the document's own repeated sentences and wrapped fragments, as pdftotext gives them", () => {
		const plain = PARAGRAPHS.map((lines, i) => `${i + 1}.\n\n${lines.join('\n')}`).join('\n\n');
		expect(problemsOf(`JOINT STATEMENT\n\n${plain}\n`)).toEqual([]);
	});

	it('says nothing of them as pdftotext -layout gives them, indented and with page breaks', () => {
		const layout = PARAGRAPHS.map((lines, i) =>
			[`${i + 1}.`.padEnd(7) + (lines[0] ?? ''), ...lines.slice(1).map((line) => `       ${line}`)].join('\n'),
		);
		const pages = [layout.slice(0, 2), layout.slice(2, 4), layout.slice(4)].map((page) => page.join('\n\n'));
		expect(problemsOf(`                  JOINT STATEMENT\n\n${pages.join('\n\n                 2\n\f')}\n`)).toEqual(
			[],
		);
	});

	it('names a running head that breaks paragraphs where pages turned, the form feeds gone', () => {
		const head = 'Joint Statement of the Fifth Summit 10 May 2026';
		// Each page breaks inside a paragraph: its last line, a page number, the head, then the paragraph goes on.
		const pages = PARAGRAPHS.map((lines, i) =>
			[`${i + 1}.`, '', ...lines.slice(0, 1), '', `${i + 2}`, head, '', ...lines.slice(1)].join('\n'),
		);
		const problems = problemsOf(`JOINT STATEMENT\n\n${pages.join('\n\n')}\n`);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^"Joint Statement of the Fifth Summit 10 May 2026" is a line of the text 5 times and stands inside 5 paragraphs \(js-1, /u,
		);
	});

	it("names a footer set over its page's number, as a copied PDF sets it", () => {
		const foot = 'Communiqué of the Fifth Summit – Kigali, 14 March 2025';
		// Each page ends inside a paragraph: its line, a blank line, the footer, the page's number, the next page.
		const pages = PARAGRAPHS.map((lines, i) =>
			[`${i + 1}.`, '', ...lines.slice(0, 1), '', foot, `${i + 1}`, '', ...lines.slice(1)].join('\n'),
		);
		const problems = problemsOf(`JOINT STATEMENT\n\n${pages.join('\n\n')}\n`);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^"Communiqué of the Fifth Summit – Kigali, 14 March 2025" is a line of the text 5 times/u,
		);
		// A line of the text over a number that goes on (a list's figures) is no footer.
		const listed = PARAGRAPHS.map((lines, i) =>
			[`${i + 1}.`, '', ...lines.slice(0, 1), '', foot, `${i + 1}`, 'and more of the text', ...lines.slice(1)].join(
				'\n',
			),
		);
		expect(problemsOf(`JOINT STATEMENT\n\n${listed.join('\n\n')}\n`)).toEqual([]);
	});
});
