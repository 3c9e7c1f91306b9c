/**
 * Discord's checks on a message body, written independently of the bot's own limit handling so that a bug there
 * cannot hide here. Returns the problems found (an empty list means Discord would accept it).
 */

interface Embed {
	title?: string;
	description?: string;
	fields?: { name?: string; value?: string }[];
	footer?: { text?: string };
	author?: { name?: string };
}

interface Component {
	type: number;
	style?: number;
	label?: string;
	custom_id?: string;
	url?: string;
	components?: Component[];
	options?: { label?: string; value?: string; description?: string }[];
	placeholder?: string;
}

export interface MessageBody {
	content?: string | null;
	embeds?: Embed[] | null;
	components?: Component[] | null;
	flags?: number;
	allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
}

function length(value: string | undefined): number {
	return value === undefined ? 0 : [...value].length;
}

function checkComponents(components: Component[], problems: string[]): void {
	if (components.length > 5) problems.push(`components: ${components.length} action rows (max 5)`);
	for (const [r, row] of components.entries()) {
		if (row.type !== 1) {
			problems.push(`components[${r}]: top-level component must be an action row`);
			continue;
		}
		const children = row.components ?? [];
		if (children.length === 0 || children.length > 5)
			problems.push(`components[${r}]: ${children.length} components (1–5)`);
		for (const [c, child] of children.entries()) {
			const where = `components[${r}].components[${c}]`;
			if (child.type === 2) {
				if (length(child.label) > 80) problems.push(`${where}.label: over 80`);
				if (child.style === 5) {
					if (!child.url) problems.push(`${where}: link button needs a url`);
					if (child.custom_id !== undefined) problems.push(`${where}: link button cannot have a custom_id`);
				} else if (child.style !== 6 && (length(child.custom_id) < 1 || length(child.custom_id) > 100)) {
					problems.push(`${where}.custom_id: must be 1–100 characters`);
				}
			} else if (child.type === 3) {
				if (length(child.custom_id) < 1 || length(child.custom_id) > 100) problems.push(`${where}.custom_id: 1–100`);
				if ((child.options ?? []).length > 25) problems.push(`${where}.options: over 25`);
				if (length(child.placeholder) > 150) problems.push(`${where}.placeholder: over 150`);
				for (const option of child.options ?? []) {
					if (length(option.label) > 100 || length(option.value) > 100 || length(option.description) > 100) {
						problems.push(`${where}.options: a label, value or description is over 100`);
					}
				}
			}
		}
	}
}

export function validateMessage(body: MessageBody): string[] {
	const problems: string[] = [];
	if (length(body.content ?? undefined) > 2000)
		problems.push(`content: ${length(body.content ?? undefined)} characters (max 2000)`);
	const embeds = body.embeds ?? [];
	if (embeds.length > 10) problems.push(`embeds: ${embeds.length} (max 10)`);
	let total = 0;
	for (const [i, embed] of embeds.entries()) {
		const where = `embeds[${i}]`;
		if (length(embed.title) > 256) problems.push(`${where}.title: over 256`);
		if (length(embed.description) > 4096)
			problems.push(`${where}.description: ${length(embed.description)} (max 4096)`);
		if (length(embed.footer?.text) > 2048) problems.push(`${where}.footer.text: over 2048`);
		if (length(embed.author?.name) > 256) problems.push(`${where}.author.name: over 256`);
		const fields = embed.fields ?? [];
		if (fields.length > 25) problems.push(`${where}.fields: over 25`);
		for (const [f, field] of fields.entries()) {
			if (length(field.name) < 1 || length(field.name) > 256) problems.push(`${where}.fields[${f}].name: 1–256`);
			if (length(field.value) < 1 || length(field.value) > 1024) problems.push(`${where}.fields[${f}].value: 1–1024`);
		}
		total +=
			length(embed.title) +
			length(embed.description) +
			length(embed.footer?.text) +
			length(embed.author?.name) +
			fields.reduce((sum, f) => sum + length(f.name) + length(f.value), 0);
	}
	if (total > 6000) problems.push(`embeds: ${total} characters in all (max 6000)`);
	checkComponents(body.components ?? [], problems);
	const empty = !body.content && embeds.length === 0 && (body.components ?? []).length === 0;
	if (empty) problems.push('Cannot send an empty message');
	return problems;
}

/** Autocomplete results: 0–25 choices, names 1–100 characters, string values at most 100. */
export function validateChoices(choices: { name?: string; value?: unknown }[] | undefined): string[] {
	const problems: string[] = [];
	const list = choices ?? [];
	if (list.length > 25) problems.push(`choices: ${list.length} (max 25)`);
	for (const [i, choice] of list.entries()) {
		if (length(choice.name) < 1 || length(choice.name) > 100) problems.push(`choices[${i}].name: 1–100`);
		if (typeof choice.value === 'string' && length(choice.value) > 100) problems.push(`choices[${i}].value: over 100`);
	}
	return problems;
}

/** Slash command definitions as Discord checks them on registration. */
export function validateCommand(command: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const name = typeof command.name === 'string' ? command.name : '';
	const type = (command.type as number | undefined) ?? 1;
	if (type === 1 && !/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(name))
		problems.push(`name "${name}" is invalid`);
	if (type === 1 && name !== name.toLowerCase()) problems.push(`name "${name}" must be lower case`);
	const description = typeof command.description === 'string' ? command.description : '';
	if (type === 1 && (length(description) < 1 || length(description) > 100)) problems.push(`${name}: description 1–100`);
	const options = (command.options ?? []) as Record<string, unknown>[];
	if (options.length > 25) problems.push(`${name}: over 25 options`);
	let chars = length(name) + length(description);
	let seenOptional = false;
	for (const option of options) {
		const optionName = typeof option.name === 'string' ? option.name : '';
		if (!/^[-_'\p{L}\p{N}]{1,32}$/u.test(optionName)) problems.push(`${name}.${optionName}: invalid name`);
		if (option.required === true && seenOptional)
			problems.push(`${name}.${optionName}: required options must come first`);
		if (option.required !== true) seenOptional = true;
		chars += length(optionName) + length(option.description as string | undefined);
		const choices = (option.choices ?? []) as { name: string; value: unknown }[];
		if (choices.length > 25) problems.push(`${name}.${optionName}: over 25 choices`);
		if (choices.length > 0 && option.autocomplete === true)
			problems.push(`${name}.${optionName}: choices and autocomplete`);
		for (const choice of choices) chars += length(choice.name) + length(String(choice.value));
	}
	if (chars > 8000) problems.push(`${name}: ${chars} characters in all (max 8000)`);
	return problems;
}
