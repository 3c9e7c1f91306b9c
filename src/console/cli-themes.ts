import type { Paragraph } from '../corpus/types.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { BotCore } from '../core/bot-core.ts';
import { readArgs, UsageError } from './cli-args.ts';
import type { CliOutput } from './cli-output.ts';
import { typedText } from './printable.ts';

/** The CLI's `themes`: each theme with its paragraphs, as text or (`--json`) as a list. */
export function themes(core: BotCore, args: string[], out: CliOutput): number {
	const { values, words } = readArgs('themes', args, { json: { type: 'boolean' } });
	if (words.length > 0) throw new UsageError(`themes takes no words ("${typedText(words.join(' '))}")`);
	const { corpus } = core.context;
	const ofTheme = (id: string) => corpus.paragraphs.filter((p) => p.themes.includes(id));
	if (values.json === true) {
		const list = corpus.themes.map((theme) => ({
			id: theme.id,
			label: theme.label,
			description: theme.description,
			paragraphs: ofTheme(theme.id).map((p) => ({ document: p.document, paragraph: p.number })),
		}));
		out.stdout(`${JSON.stringify(list, null, 2)}\n`);
		return 0;
	}
	// Paragraphs as readers see them elsewhere (`¶1, ¶3`, `annex ¶1`), after their document's symbol when several are loaded.
	const marks = (paragraphs: readonly Paragraph[]) =>
		corpus.documents
			.map((d) => {
				const own = paragraphs.filter((p) => p.document === d.slug).map(paragraphMark);
				if (own.length === 0) return undefined;
				return corpus.documents.length > 1 ? `${d.symbol} ${own.join(', ')}` : own.join(', ');
			})
			.filter((part) => part !== undefined)
			.join('; ');
	const none = 'no paragraph';
	for (const theme of corpus.themes) {
		const held = ofTheme(theme.id);
		out.stdout(`${theme.label} (${theme.id}) — ${theme.description}\n  ${held.length === 0 ? none : marks(held)}\n`);
	}
	return 0;
}
