import type {
	APIEmbed,
	APIInteractionResponse,
	APIInteractionResponseCallbackData,
	APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { printable } from './printable.ts';

export interface TextStyle {
	/** Terminal output: bold as ANSI, escapes removed. Otherwise bold stays `**…**` and no ANSI code is printed. */
	ansi: boolean;
}

/**
 * Discord markdown as readable text: control characters dropped (a query echoed back must not drive the terminal),
 * escapes undone, bold in ANSI on a terminal, block quotes as `> ` lines.
 */
function markdown(text: string, { ansi }: TextStyle): string {
	// Block-quote and subtext markers are layout in Discord; the console shows the text.
	let out = printable(text)
		.replace(/^>>> /, '')
		.replace(/^-# /gm, '')
		.replace(/\u200b/g, '');
	if (ansi) out = out.replace(/\*\*(.+?)\*\*/gsu, '\u001b[1m$1\u001b[22m');
	return out.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}

function embedText(embed: APIEmbed, style: TextStyle): string {
	const lines: string[] = [];
	const title = printable(embed.title ?? '');
	if (title) lines.push(style.ansi ? `\u001b[1m${title}\u001b[22m` : title);
	if (embed.description) {
		const quoted = embed.description.startsWith('>>> ');
		const body = markdown(embed.description, style);
		lines.push(quoted ? body.replace(/^/gmu, '> ') : body);
	}
	for (const field of embed.fields ?? []) lines.push(`${printable(field.name)}: ${markdown(field.value, style)}`);
	if (embed.footer) lines.push(`— ${printable(embed.footer.text)}`);
	return lines.join('\n');
}

function componentText(components: readonly APIMessageTopLevelComponent[]): string[] {
	return components.flatMap((row) =>
		row.type === ComponentType.ActionRow
			? row.components.flatMap((c) =>
					c.type === ComponentType.Button && 'url' in c ? [`[${c.label ?? 'link'}] ${c.url}`] : [],
				)
			: [],
	);
}

/** A line that starts a sub-item: set in, or opening with its mark (`(b)`, `ii)`), where a split quote went on. */
const ITEM_START = /^(?:\u2003|\(?[\p{L}\p{N}]{1,5}\)\s)/u;

/** `next` goes on with the quote of `before`: untitled, both quotes, nothing (themes, citation) between them. */
function continuesQuote(before: APIEmbed, next: APIEmbed): boolean {
	return (
		next.title === undefined &&
		before.fields === undefined &&
		before.footer === undefined &&
		before.description?.startsWith('>>> ') === true &&
		next.description?.startsWith('>>> ') === true
	);
}

/** A message as the console prints it. */
export function renderMessage(data: APIInteractionResponseCallbackData, style: TextStyle): string {
	const parts: string[] = [];
	if ((data.flags ?? 0) & MessageFlags.Ephemeral) parts.push('(only you can see this)');
	if (data.content) parts.push(markdown(data.content, style));
	const embeds = data.embeds ?? [];
	for (const [i, embed] of embeds.entries()) {
		const before = embeds[i - 1];
		if (before !== undefined && continuesQuote(before, embed)) {
			// One paragraph split across embeds reads as one here: its text goes on where the embed before left off.
			const goesOn = markdown(embed.description?.replace(/^>>> /u, '') ?? '', style);
			const rest = embedText({ ...embed, description: '' }, style);
			parts.push(`${parts.pop() ?? ''}${ITEM_START.test(goesOn) ? '\n> ' : ' '}${goesOn.replace(/\n/gu, '\n> ')}`);
			if (rest !== '') parts.push(rest);
		} else parts.push('', embedText(embed, style));
	}
	const links = componentText(data.components ?? []);
	if (links.length > 0) parts.push('', ...links);
	return parts.join('\n');
}

/** A response as the console prints it: a new message, or the message a button updated. */
export function renderResponse(response: APIInteractionResponse, style: TextStyle): string {
	if (
		response.type !== InteractionResponseType.ChannelMessageWithSource &&
		response.type !== InteractionResponseType.UpdateMessage
	)
		return `(response type ${response.type})`;
	return renderMessage(response.data ?? {}, style);
}
