import { SlashCommandBuilder } from '@discordjs/builders';
import { onDataDir } from '../src/command-to-type.ts';
import { documentOf, findDocument } from '../src/corpus/lookup.ts';
import { paragraphMark } from '../src/corpus/paragraph-mark.ts';
import { halfWidth } from '../src/corpus/text.ts';
import { messagesOf } from '../src/core/locale.ts';
import { formsNear } from '../src/core/forms-near.ts';
import { resolveDocument } from '../src/core/resolve-options.ts';
import {
	paragraphRanges,
	resolveParagraph,
	type LookupNote,
	type ParagraphLookup,
} from '../src/core/resolve-paragraph.ts';
import { everywhere } from '../src/core/reach.ts';
import { othersAskedBeside, severalParagraphs, type SeveralParagraphs } from '../src/core/several-paragraphs.ts';
import type { ChatInputCommand } from '../src/core/types.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../src/corpus/types.ts';
import type { Messages } from '../src/i18n/index.ts';
import { localize } from '../src/i18n/command-text.ts';
import { MAX_CHOICES, documentChoices, paragraphChoice } from '../src/render/choices.ts';
import { paragraphReply } from '../src/render/paragraph-view.ts';
import { noticeResponse } from '../src/render/reply.ts';
import { echo } from '../src/render/search-reply.ts';

/**
 * A usage example that works on this corpus: the first paragraph of the chosen document (an extract may start at
 * ¶12), naming the document when several are loaded.
 */
function example(corpus: Corpus, chosen: CorpusDocument | undefined): string {
	const document = chosen ?? corpus.documents[0];
	// The first paragraph the document numbers itself: `/quote 1`, not a preambular paragraph held further on.
	const number = (document?.paragraphs.find((p) => !p.inAnnex) ?? document?.paragraphs[0])?.number ?? 1;
	const named = corpus.documents.length > 1 && document ? ` document:${document.symbol}` : '';
	return `\`/quote ${number}${named}\``;
}

/**
 * What to type with the document named in `paragraph` itself (`/quote paragraph:SG/2084 ¶3`): the form that works
 * whether or not the registered command has its `document` option yet.
 */
function documentNamedExample(corpus: Corpus, typed: string): string {
	// What was typed, in the first document where it names a paragraph (`3`, `4 (b)`, `annex 1`): a form shown works.
	// Else that document's first paragraph, as an example (not `SG/2084 IORA 3`, which names nothing).
	const trimmed = typed.trim();
	const reference = /^\d+$/u.test(trimmed) ? `¶${trimmed}` : trimmed;
	const works = (d: CorpusDocument) => resolveParagraph(corpus, `${d.symbol} ${reference}`, undefined).ok;
	const document = trimmed.length <= 30 ? corpus.documents.find(works) : undefined;
	if (document) return `\`/quote paragraph:${document.symbol} ${reference}\``;
	const first = corpus.documents[0];
	return `\`/quote paragraph:${first?.symbol ?? ''} ¶${first?.paragraphs[0]?.number ?? 1}\``;
}

/** The private notice for a paragraph reference that names no paragraph: what to type instead, and what exists. */
function whyNoParagraph(
	found: Extract<ParagraphLookup, { ok: false }>,
	corpus: Corpus,
	chosen: CorpusDocument | undefined,
	m: Messages,
	local: boolean,
): string {
	const ranges = paragraphRanges(chosen ? [chosen] : corpus.documents);
	switch (found.reason) {
		case 'empty':
			return m.paragraphNeeded(example(corpus, chosen), ranges);
		case 'needs-document':
			return m.chooseDocument(
				corpus.documents.map((d) => `\`${d.symbol}\``).join(', '),
				documentNamedExample(corpus, found.typed),
				// Asked in the console, by whoever runs the bot: the deploy that acts on the folder it runs on. A reply
				// in Discord names no folder of the machine.
				`\`${local ? onDataDir('npm run deploy', corpus.folder) : 'npm run deploy'}\``,
			);
		case 'not-found':
			return withForms(
				m.notAParagraph(echo(found.typed, m), example(corpus, chosen), ranges),
				found,
				corpus,
				chosen,
				m,
			);
		case 'out-of-range':
			return withForms(m.outOfRange(echo(found.typed, m), ranges), found, corpus, chosen, m);
		case 'which-section': {
			// `(a)(i)` where sections I and II both print an (a) that holds (i): which, with the forms that reach each.
			const document = chosen ?? corpus.documents.find((d) => found.typed.startsWith(`${d.symbol} `));
			const named = corpus.documents.length > 1 && document ? ` document:${document.symbol}` : '';
			const forms = found.forms.map((form) => `\`/quote ${form}${named}\``);
			return m.whichSection(echo(found.typed, m), forms.join(` ${m.or} `));
		}
	}
}

/**
 * A refusal with one or two references that work in the document, close to what was typed (`2.1` where sections
 * are roman: `/quote II 1`), so that the asker need not work out the document's marks from its ranges.
 */
function withForms(
	refusal: string,
	found: Extract<ParagraphLookup, { ok: false }>,
	corpus: Corpus,
	chosen: CorpusDocument | undefined,
	m: Messages,
): string {
	const document = chosen ?? corpus.documents.find((d) => found.typed.startsWith(`${d.symbol} `)) ?? onlyOf(corpus);
	if (!document) return refusal;
	const typed = found.typed.startsWith(`${document.symbol} `)
		? found.typed.slice(document.symbol.length + 1)
		: found.typed;
	const named = corpus.documents.length > 1 ? ` document:${document.symbol}` : '';
	// A form the refusal already gives (its example, `/quote 1`) is not offered twice.
	const forms = formsNear(corpus, document, typed)
		.filter((form) => !form.includes('`'))
		.map((form) => `\`/quote ${form}${named}\``)
		.filter((command) => !refusal.includes(command));
	return forms.length === 0 ? refusal : `${refusal} ${m.tryForms(forms.join(` ${m.or} `))}`;
}

const onlyOf = (corpus: Corpus) => (corpus.documents.length === 1 ? corpus.documents[0] : undefined);

/**
 * What the asker alone is told beside the quote: "One paragraph at a time: quoting ¶3; ask again for ¶4 (`/quote 4`)."
 * for `3 4` or a part named whole (`attachment 2`), or that the item asked for (`4 (b)`) is inside the paragraph.
 */
function noteOn(
	several: SeveralParagraphs | undefined,
	note: LookupNote | undefined,
	quoted: Paragraph,
	corpus: Corpus,
	m: Messages,
): string | undefined {
	const named = corpus.documents.length > 1 ? ` document:${documentOf(corpus, quoted).symbol}` : '';
	if (several) {
		// Only the numbers the document has are offered; the others are said not to exist (`/quote 3 40`).
		const { others, next, missing } = othersAskedBeside(corpus, several, quoted);
		const ranges = paragraphRanges([documentOf(corpus, quoted)]);
		return [
			next === undefined
				? m.onePerQuote
				: m.oneAtATime(paragraphMark(quoted), others.join(', '), `\`/quote ${next}${named}\``),
			missing.length > 0 ? m.outOfRange(missing.join(', '), ranges) : undefined,
		]
			.filter(Boolean)
			.join('\n');
	}
	if (note?.kind === 'part') return m.oneAtATime(paragraphMark(quoted), note.others, `\`/quote ${note.next}${named}\``);
	if (note?.kind === 'item') return m.itemInside(note.item, paragraphMark(quoted));
	return undefined;
}

/** `/quote paragraph [document]`: one paragraph, posted for sharing, with its citation and ◀ ▶ to read on. */
export const quote = {
	name: 'quote',
	severalDocumentsOptions: ['document'],
	definition: (corpus) => {
		const builder = everywhere(localize(new SlashCommandBuilder(), 'quote')).addStringOption((option) =>
			localize(option, 'quote.paragraph').setRequired(true).setMaxLength(100).setAutocomplete(true),
		);
		if (corpus.documents.length > 1)
			builder.addStringOption((option) => localize(option, 'quote.document').setAutocomplete(true));
		return builder.toJSON();
	},
	respondsWith: (_options, { requester }) => (requester.canPostPublicly ? 'public' : 'private'),
	searches: false,
	execute(options, context) {
		const { corpus, requester } = context;
		const notice = messagesOf(requester, true);
		const document = resolveDocument(options, context, notice);
		if (!document.ok) return noticeResponse(document.notice);
		const typed = typeof options.paragraph === 'string' ? options.paragraph : String(options.paragraph ?? '');
		// `3 4`, `3-5`: the first is quoted (it was asked for), and the asker alone is told how to ask for the others.
		const several = severalParagraphs(
			typed,
			corpus.documents.map((d) => d.symbol),
		);
		const found = resolveParagraph(corpus, several?.first ?? typed, document.value);
		if (!found.ok) {
			const why = whyNoParagraph(found, corpus, document.value, notice, context.interaction === undefined);
			return noticeResponse(several ? `${why}\n${notice.onePerQuote}` : why);
		}
		const ephemeral = !requester.canPostPublicly;
		const m = messagesOf(requester, ephemeral);
		const note = noteOn(several, found.note, found.paragraph, corpus, notice);
		const reply = paragraphReply(corpus, found.paragraph, {
			ephemeral,
			canPostPublicly: requester.canPostPublicly,
			messages: m,
			// Private anyway: said in the answer itself (subtext lines, which ◀ ▶ do not carry over).
			intro: [
				note !== undefined && ephemeral ? `-# ${note}` : undefined,
				ephemeral ? `-# ${m.cannotPostHere}` : undefined,
			]
				.filter(Boolean)
				.join('\n'),
		});
		if (note === undefined || ephemeral) return reply;
		// Public: the others are the asker's business alone, told in a private note after the quote.
		return { ...reply, then: [...reply.then, { kind: 'message', data: { content: note }, ephemeral: true }] };
	},
	autocomplete(options, focused, { corpus, index }) {
		// `３` from a Chinese or Japanese keyboard is `3`, as `/quote` itself reads it (see `resolveParagraph`).
		const typed = halfWidth(String(options[focused] ?? ''));
		if (focused === 'document') return documentChoices(corpus, typed);
		const document = findDocument(corpus, String(options.document ?? ''));
		const pool = document?.paragraphs ?? corpus.paragraphs;
		const number = /^\s*¶?\s*(\d+)\s*$/u.exec(typed)?.[1];
		// `annex 1`: the paragraph the document numbers so, first; then what the words find.
		const named = resolveParagraph(corpus, typed, document);
		const paragraphs =
			typed.trim() === ''
				? pool.slice(0, MAX_CHOICES)
				: number !== undefined
					? // The number the document prints on it (what `/quote 1` reads: section II's ¶1 is not `/quote 3`).
						pool.filter((p) => String(p.inAnnex?.number ?? p.number).startsWith(number))
					: [
							...new Set([
								...(named.ok && (named.paragraph.inAnnex || named.paragraph.ownMark !== undefined || named.note)
									? [named.paragraph]
									: []),
								...index.suggestParagraphs(typed, { document: document?.slug }, MAX_CHOICES),
							]),
						];
		// Too little typed to narrow anything down: the first paragraphs, as for an empty box.
		if (paragraphs.length === 0) return pool.slice(0, MAX_CHOICES).map((p) => paragraphChoice(corpus, p));
		return paragraphs.slice(0, MAX_CHOICES).map((p) => paragraphChoice(corpus, p));
	},
} satisfies ChatInputCommand;
