import type { OptionValues } from './types.ts';

/** The shape both discord.js (`interaction.options.data`) and raw interactions (`data.options`) give options in. */
export interface RawOption {
	name: string;
	value?: string | number | boolean | null | undefined;
}

/** Flattens a top-level option list into values by name (our commands have no subcommands). */
export function optionValues(options: readonly RawOption[] | undefined): OptionValues {
	const values: Record<string, string | number | boolean> = {};
	for (const option of options ?? []) {
		if (option.value !== undefined && option.value !== null) values[option.name] = option.value;
	}
	return values;
}
