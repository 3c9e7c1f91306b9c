/** Edits (insert, delete, substitute, swap two neighbours) between two words: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
			const row = d[i];
			if (row) row[j] = best;
		}
	}
	return at(a.length, b.length);
}

/**
 * The name a mistyped one most likely meant: the nearest within two edits (one for names of up to four letters, so
 * short words do not match everything), or the only name it begins. Undefined when nothing is close.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
	const word = typed.toLowerCase();
	const prefixed = names.filter((name) => name.startsWith(word));
	if (word.length >= 2 && prefixed.length === 1) return prefixed[0];
	let best: { name: string; distance: number } | undefined;
	for (const name of names) {
		const distance = editDistance(word, name);
		const allowed = Math.min(name.length, word.length) <= 4 ? 1 : 2;
		if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
	}
	return best?.name;
}
