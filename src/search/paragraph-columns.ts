import type { Paragraph } from '../corpus/types.ts';

/**
 * What ranking reads of each paragraph, by MiniSearch's short id, in flat arrays: ranking thousands of matches reads
 * a number or a flag per match, where reading the paragraph objects themselves (scattered in memory) costs a cache
 * miss each.
 */
export class ParagraphColumns {
	/** The paragraph of each short id (undefined for an id MiniSearch discarded). */
	readonly paragraphs: readonly (Paragraph | undefined)[];
	/** Each paragraph's place in the corpus: ties are ranked in this order. */
	readonly order: Int32Array;
	/**
	 * Whether every short id has its paragraph and their corpus order rises with the short id (as when the index is
	 * built in corpus order): then ranking needs to read neither column per match, the short id says both.
	 */
	readonly dense: boolean;
	readonly #themes = new Map<string, Uint8Array>();

	/**
	 * @param inOrder - the corpus's paragraphs in order: when the index numbers them in that order (as it does when
	 *   built from them), the paragraph of a short id is read there, without a look-up by id per paragraph
	 */
	constructor(
		ids: readonly (string | undefined)[],
		byId: ReadonlyMap<string, Paragraph>,
		inOrder: readonly Paragraph[] = [],
	) {
		this.paragraphs = ids.map((id, shortId) => {
			if (id === undefined) return undefined;
			const next = inOrder[shortId];
			return next?.id === id ? next : byId.get(id);
		});
		this.order = new Int32Array(ids.length);
		let dense = true;
		this.paragraphs.forEach((p, shortId) => {
			this.order[shortId] = p?.order ?? 0;
			if (p === undefined || (shortId > 0 && (this.order[shortId - 1] ?? 0) >= p.order)) dense = false;
		});
		this.dense = dense;
	}

	/** 1 for each paragraph in the theme, made on the theme's first use. */
	inTheme(themeId: string): Uint8Array {
		let members = this.#themes.get(themeId);
		if (!members) {
			members = new Uint8Array(this.paragraphs.length);
			this.paragraphs.forEach((p, shortId) => {
				if (p?.themes.includes(themeId)) (members as Uint8Array)[shortId] = 1;
			});
			this.#themes.set(themeId, members);
		}
		return members;
	}
}
