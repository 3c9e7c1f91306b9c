/** The most choices tried before a query's parts are taken not to have counterparts of their own. */
const MAX_TRIES = 10_000;

/**
 * Whether each part can take one of its counterparts (groups of terms), no two sharing a term: tried part by part,
 * going back on a choice when a later part finds all its counterparts taken.
 */
export function eachHasItsOwn(parts: readonly (readonly (readonly string[])[])[]): boolean {
	const taken = new Set<string>();
	let tries = 0;
	const from = (part: number): boolean => {
		if (part === parts.length) return true;
		for (const group of parts[part] ?? []) {
			if ((tries += 1) > MAX_TRIES) return false;
			if (group.some((t) => taken.has(t))) continue;
			for (const t of group) taken.add(t);
			if (from(part + 1)) return true;
			for (const t of group) taken.delete(t);
		}
		return false;
	};
	return from(0);
}
