/** WordNet's own detachment rules (morphy, without its exception lists): inflected form → possible base forms. */
const DETACH: [ending: string, base: string][] = [
	['s', ''],
	['ses', 's'],
	['xes', 'x'],
	['zes', 'z'],
	['ches', 'ch'],
	['shes', 'sh'],
	['men', 'man'],
	['ies', 'y'],
	['es', 'e'],
	['es', ''],
	['ed', 'e'],
	['ed', ''],
	['ing', 'e'],
	['ing', ''],
	['er', ''],
	['est', ''],
];

/**
 * A written form and the base forms WordNet may list it under ("countries" → country). Shared by the corpus (is a
 * word joined across a line break one of the dictionary's?) and the search (which WordNet entries the text's words
 * are).
 */
export function baseForms(form: string): string[] {
	const bases = [form];
	for (const [ending, base] of DETACH) {
		if (form.length > ending.length + 2 && form.endsWith(ending)) bases.push(form.slice(0, -ending.length) + base);
	}
	return bases;
}
