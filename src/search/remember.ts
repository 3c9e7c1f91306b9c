/**
 * Stores a value in a map used as a bounded cache, forgetting the oldest entry once it holds `max` (maps keep
 * insertion order). Returns the value.
 */
export function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
	if (map.size >= max) {
		const oldest = map.keys().next();
		if (!oldest.done) map.delete(oldest.value);
	}
	map.set(key, value);
	return value;
}
