import type { BotCore } from '../core/bot-core.ts';
import { en } from '../i18n/en.ts';
import { documentsText } from '../render/help-view.ts';
import { commandList } from './parse-line.ts';

/** How the console reads a line, as the README describes it. */
const TYPING = [
	'Typing: the words after a command go to its first option; a name:value pair runs until the next option name, so',
	'options go last (/conclusions terrorism private:yes, not private:yes terrorism); a true/false option takes',
	'true, yes, on or 1, and false, no, off or 0.',
].join(' ');

/** What the bot does in Discord that the console cannot: said, so that no one looks for it here. */
const ONLY_IN_DISCORD =
	'Only in Discord: Apps → Find in conclusions on a message, and the buttons under a quote (Cite, Post, Delete). ' +
	'Here /quote <number> prints a paragraph with its citation, /next and /prev turn pages, and /full reads a quote ' +
	'cut short whole.';

/**
 * The console's `/help`: the bot's `/help` describes Discord (its Apps menu, the buttons under a quote), so the
 * console answers with what works here, typed as here, and says what exists only in Discord. The syntax and the
 * documents are the bot's own, so the two helps never disagree about them.
 */
export function consoleHelp(core: BotCore): string {
	const { corpus } = core.context;
	const h = en.help;
	return [
		`**Offline console** — ${h.what}`,
		commandList(core),
		TYPING,
		`${h.syntaxTitle}:\n${h.syntax}`,
		`${h.documentsTitle}:\n${documentsText(corpus, h)}`,
		ONLY_IN_DISCORD,
		`-# ${h.version(corpus.version)}`,
	].join('\n\n');
}
