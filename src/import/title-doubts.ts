import { titleShapeDoubt } from './document-kind.ts';
import { mixesScripts } from './front-matter.ts';
import { MASTHEAD_MARK } from './masthead-lines.ts';
import type { TitleCandidate } from './title-candidate.ts';

/** How a title read only in part ends: on a comma or a word that needs more after it (`…adopted at its`). */
export const CUT_SHORT = /(?:,|\b(?:a|an|the|of|on|in|at|to|for|by|with|and|or|its|their|from|between|among))$/iu;

/**
 * Why the title read may not be the document's, each reason in words for the import to say, joined; undefined when
 * there is none.
 *
 * @param passedOver - other lines that could be the title, quoted, for the user to choose from
 */
export function titleDoubtOf(title: TitleCandidate, passedOver: readonly string[]): string | undefined {
	const doubts = [
		title.organ && 'it reads like the name of the body that issued the document',
		title.menu && "it reads like a site's menu, one item a line",
		MASTHEAD_MARK.test(title.text) && "it reads like the masthead's meeting, agenda or distribution line",
		mixesScripts(title.text) && "it mixes scripts, as a page's language menu does",
		CUT_SHORT.test(title.text) && 'it ends as if cut short',
		titleShapeDoubt(title.text) ?? false,
		passedOver.length > 0 && `${passedOver.join(' and ')} could be the title too`,
	].filter((doubt) => doubt !== false);
	return doubts.length > 0 ? doubts.join('; ') : undefined;
}

/** What a kind line says in place of a title: not what the document is about. */
export const KIND_ONLY_DOUBT = 'it says what kind of document it is, not what the document is about';

/**
 * The title read from the text, or else a page heading that names only the document's kind (`Chair's Summary`), said
 * unsure: better than nothing, but not what a citation should print without the user's word.
 */
export function withKindHeading(
	guessed: { title?: string; titleDoubt?: string },
	kindHeading: string | undefined,
): { title?: string; titleDoubt?: string } {
	if (guessed.title !== undefined || kindHeading === undefined) return guessed;
	return { title: kindHeading, titleDoubt: KIND_ONLY_DOUBT };
}
