import { documentOf, paragraphNumbers } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import { halfWidth } from '../corpus/text.ts';
import type { BotCore } from '../core/bot-core.ts';
import { formsNear } from '../core/forms-near.ts';
import { namesOwnMark, resolveParagraph } from '../core/resolve-paragraph.ts';
import { othersAskedBeside, severalParagraphs } from '../core/several-paragraphs.ts';
import { NothingThere, readArgs, UsageError } from './cli-args.ts';
import { documentOption } from './cli-document.ts';
import type { CliOutput } from './cli-output.ts';
import { paragraphJson, paragraphText } from './cli-paragraph.ts';
import { typedText } from './printable.ts';

/** `npm run cli -- quote <number|mark>`: one paragraph, and on stderr what the bot says beside it. */
export function quote(core: BotCore, args: string[], out: CliOutput): number {
	const { values, words } = readArgs('quote', args, {
		document: { type: 'string' },
		json: { type: 'boolean' },
	});
	const { corpus } = core.context;
	// `quote ３` typed on a Chinese or Japanese keyboard: `quote 3`.
	const typed = words.map(halfWidth);
	// `quote 3 4`, `quote 3-5`: the first, and a note on how to ask for the others, as the bot answers `/quote 3 4`.
	const several = severalParagraphs(
		typed.join(' '),
		corpus.documents.map((d) => d.symbol),
	);
	const positionals = several ? several.first.split(' ') : typed;
	const slug = documentOption(corpus, typeof values.document === 'string' ? values.document : undefined, true) ?? '';
	// `¶3` as the bot's replies write it, or `3`.
	const typedNumber = (positionals[0] ?? '').replace(/^¶\s*/u, '');
	const number = typedNumber === '' ? Number.NaN : Number(typedNumber);
	// `a` or `a)` alone: a lettered paragraph typed without its brackets (a shell makes `(a)` need quotes), so `(a)`.
	const letter = positionals.length === 1 ? /^¶?\(?([a-z])\)?$/iu.exec(positionals[0] ?? '')?.[1] : undefined;
	const reference = letter === undefined ? positionals.join(' ') : `(${letter.toLowerCase()})`;
	// `quote annex 1`, `quote attachment 2 1`, `quote preamble 3`, `quote 1.1`, `quote (a)`, `quote 4 (b)`: by the
	// mark the document gives it (the corpus holds it under another number), read as the bot reads it.
	const inAnnex = namesOwnMark(reference)
		? resolveParagraph(corpus, reference, corpus.documentBySlug.get(slug))
		: undefined;
	// Else a number as the bot reads one (`#3`, `no. 3`, `para 3`, `3rd`); a lone letter, as typed, where it is no
	// letter's mark (`v`, in a text numbered in small roman numerals).
	const asLetter = resolveParagraph(corpus, reference, corpus.documentBySlug.get(slug));
	const asTyped =
		letter !== undefined && !asLetter.ok
			? resolveParagraph(corpus, positionals[0] ?? '', corpus.documentBySlug.get(slug))
			: undefined;
	const asTheBotReads = asTyped?.ok ? asTyped : asLetter;
	// A number as the document prints it (`quote 1` is section I's ¶1 where sections number their own), never the
	// position a part's paragraph is held at.
	const found = inAnnex?.ok ? inAnnex : asTheBotReads.ok ? asTheBotReads : undefined;
	const paragraph = found?.paragraph;
	const plain = positionals.length === 1 && Number.isInteger(number);
	if (!paragraph && !asTheBotReads.ok && asTheBotReads.reason === 'which-section') {
		// `quote "(a)(i)"` where sections I and II both print an (a) that holds (i): which, and how to name each.
		const forms = asTheBotReads.forms.map((form) => `quote ${form}`).join(' or ');
		throw new UsageError(`${typedText(reference)} is in more than one section: which section? try ${forms}`);
	}
	if (!paragraph) {
		const document = corpus.documentBySlug.get(slug);
		const has = document ? `${document.symbol} has ${paragraphNumbers(document)}` : '';
		const outOfRange = inAnnex || (!asTheBotReads.ok && asTheBotReads.reason === 'out-of-range');
		const wanted = plain
			? `there is no ¶${number}: `
			: outOfRange
				? `there is no ${typedText(reference)}: `
				: 'quote needs one paragraph number: ';
		// One or two references that work, close to what was typed (`2.1` where sections are roman: `II 1`).
		const forms = document ? formsNear(corpus, document, reference).map((form) => `quote ${form}`) : [];
		const message = `${wanted}${has}${forms.length > 0 ? `; try ${forms.join(' or ')}` : ''}`;
		// A number or mark the document lacks is named with what it has; a reference read as no paragraph is a usage's.
		throw plain || outOfRange ? new NothingThere(message) : new UsageError(message);
	}
	out.stdout(
		values.json === true
			? `${JSON.stringify(paragraphJson(corpus, paragraph), null, 2)}\n`
			: paragraphText(corpus, paragraph),
	);
	// What the bot says beside the quote: the others asked for (`3 4`, a part named whole), or the item inside it.
	const note = found?.note;
	const rest = several
		? othersAskedBeside(corpus, several, paragraph)
		: note?.kind === 'part'
			? { others: [note.others], next: note.next, missing: [] }
			: undefined;
	if (rest?.next !== undefined) {
		const others = rest.others.join(', ');
		out.stderr(`one paragraph at a time: quoted ${paragraphMark(paragraph)}; for ${others}, run quote ${rest.next}\n`);
	} else if (rest) out.stderr(`one paragraph at a time: quoted ${paragraphMark(paragraph)}\n`);
	if (rest && rest.missing.length > 0) {
		const document = documentOf(corpus, paragraph);
		out.stderr(`there is no ${rest.missing.join(', ')}: ${document.symbol} has ${paragraphNumbers(document)}\n`);
	}
	if (note?.kind === 'item')
		out.stderr(`item ${note.item} is inside ${paragraphMark(paragraph)}: quoted the whole paragraph\n`);
	return 0;
}
