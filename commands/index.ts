import { deletePost, resultsPage, themePageButtons } from '../src/buttons/message-actions.ts';
import { cite, post, quoteNavigation, readFull } from '../src/buttons/paragraph-actions.ts';
import type { CommandSet } from '../src/core/types.ts';
import { conclusions } from './conclusions.ts';
import { findInConclusions } from './find-in-conclusions.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { themes } from './themes.ts';

/** Every command and button, listed by hand: no directory scanning, so every door sees the same set. */
export const commands: CommandSet = {
	chatInput: [conclusions, quote, themes, help],
	message: [findInConclusions],
	components: [resultsPage, readFull, cite, post, deletePost, quoteNavigation, themePageButtons],
};
