import { titleShapeDoubt } from './document-kind.ts';
import { mixesScripts } from './front-matter.ts';
import { MASTHEAD_MARK } from './masthead-lines.ts';
import type { TitleCandidate } from './title-candidate.ts';

/** How a title read only in part ends: on a comma or a word that needs more after it (`…adopted at its`). */
const CUT_SHORT = /(?:,|\b(?:a|an|the|of|on|in|at|to|for|by|with|and|or|its|their|from|between|among))$/iu;

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
