import type { OptionValues } from './types.ts';

/** The shape both discord.js (`interaction.options.data`) and raw interactions (`data.options`) give options in. */
export interface RawOption {
	name: string;
	value?: string | number | boolean | null | undefined;
}

/**
 * Flattens a top-level option list into values by name (our commands have no subcommands). The object has no
 * prototype: an option named `__proto__` or `constructor` is stored and read as its own key, and reading an option
 * that was not sent gives `undefined`, never something inherited from Object. A name sent twice keeps its first value.
 */
export function optionValues(options: readonly RawOption[] | undefined): OptionValues {
	const values = Object.create(null) as Record<string, string | number | boolean>;
	for (const option of options ?? []) {
		if (option.value === undefined || option.value === null || Object.hasOwn(values, option.name)) continue;
		values[option.name] = option.value;
	}
	return values;
}
