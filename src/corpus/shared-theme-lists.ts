/**
 * The themes of each paragraph of a corpus snapshot (see `derived-format.ts`), read from its two columns: `themeStarts`
 * (where each paragraph's theme numbers begin in `themeNumbers`, one more entry than paragraphs) and `themeNumbers`
 * (positions in `themeIds`). Paragraphs with the same themes share one list (nothing changes a paragraph's themes once
 * loaded). Neighbours mostly have the same themes: the previous paragraph's list is compared before a key is made for
 * the map. Out-of-range values are `corrupt(detail)`, thrown.
 */
export function sharedThemeLists(
	themeStarts: Int32Array,
	themeNumbers: Int32Array,
	themeIds: readonly string[],
	corrupt: (detail: string) => Error,
): (at: number) => string[] {
	const themeLists = new Map<string, string[]>();
	let previousFrom = 0;
	let previousTo = 0;
	let previousThemes: string[] | undefined;
	const sameAsPrevious = (from: number, to: number): boolean => {
		if (to - from !== previousTo - previousFrom) return false;
		for (let i = 0; i < to - from; i += 1) if (themeNumbers[from + i] !== themeNumbers[previousFrom + i]) return false;
		return true;
	};
	return (at: number): string[] => {
		const from = themeStarts[at] ?? 0;
		const to = themeStarts[at + 1] ?? 0;
		if (to < from || to > themeNumbers.length) throw corrupt('themes out of range');
		let themes = previousThemes && sameAsPrevious(from, to) ? previousThemes : undefined;
		if (!themes) {
			const set = themeNumbers.subarray(from, to).join(',');
			themes = themeLists.get(set);
			if (!themes) {
				themes = Array.from(themeNumbers.subarray(from, to), (n) => {
					const theme = themeIds[n];
					if (theme === undefined) throw corrupt('an unknown theme');
					return theme;
				});
				themeLists.set(set, themes);
			}
		}
		previousFrom = from;
		previousTo = to;
		previousThemes = themes;
		return themes;
	};
}
