import {
	InteractionResponseType,
	MessageFlags,
	type APIApplicationCommandOptionChoice,
	type APIEmbed,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { shorten } from './cut.ts';
import { LINK } from './escape.ts';
import { LIMITS } from './limits.ts';

/**
 * The one module that builds what the bot sends: the replies handlers return, and every payload made of them (first
 * response, deferral, edit, follow-up, autocomplete). It alone sets `allowed_mentions: { parse: [] }` (quoted or
 * echoed text must never ping anyone) and keeps each message inside Discord's limits, so no handler can forget either.
 */

/** Who sees an answer: the asker alone, the channel, or whoever sees the message a button sits on (an update). */
export type Visibility = 'private' | 'public' | 'update';

/** A message's content as handlers build it; visibility and mentions are this module's business. */
export type MessageData = Omit<APIInteractionResponseCallbackData, 'allowed_mentions' | 'flags'>;

/** What the user sees first. */
export type Shown =
	| { kind: 'message'; data: MessageData; ephemeral: boolean }
	/** The message the button sits on, changed in place (it keeps its visibility). */
	| { kind: 'update'; data: MessageData }
	/** Nothing: the click is acknowledged and the work is in `then` (Delete). */
	| { kind: 'nothing' };

/** Work after the first response, through the interaction's webhook. */
export type FollowUp = { kind: 'delete-original' } | { kind: 'message'; data: MessageData; ephemeral: boolean };

/** A handler's result: what it shows, and what follows. Pure data, so every door (and every test) can read it. */
export interface Reply {
	show: Shown;
	then: readonly FollowUp[];
}

/** A new message; public unless `ephemeral`. */
export function messageResponse(data: MessageData, { ephemeral = false }: { ephemeral?: boolean } = {}): Reply {
	return { show: { kind: 'message', data, ephemeral }, then: [] };
}

/** A short private notice: bad input, a hint, an error. */
export function noticeResponse(content: string): Reply {
	return messageResponse({ content }, { ephemeral: true });
}

/** The message the button sits on, changed in place. */
export function updateResponse(data: MessageData): Reply {
	return { show: { kind: 'update', data }, then: [] };
}

/** Acknowledges the click, then deletes the message the button sits on. */
export function deleteResponse(): Reply {
	return { show: { kind: 'nothing' }, then: [{ kind: 'delete-original' }] };
}

/** A message body as Discord takes it: inside the limits, never pinging, with the ephemeral flag when private. */
export function messageBody(data: MessageData, ephemeral = false): APIInteractionResponseCallbackData {
	const body = withinLimits(data);
	const flags = (ephemeral ? MessageFlags.Ephemeral : 0) | (unfurls(body) ? MessageFlags.SuppressEmbeds : 0);
	return { ...body, ...(flags !== 0 ? { flags } : {}), allowed_mentions: NO_PINGS };
}

/**
 * A message whose content has a link Discord would preview (a bare one: not in `<…>` or code) and no embeds of its
 * own. Quoted text keeps its links as published, so it is the preview that is turned off (SUPPRESS_EMBEDS, one of
 * the flags an interaction's message may set), not the link that is altered. A message with embeds cannot take the
 * flag (it would hide them); the bot writes no links into the content of those.
 */
function unfurls(data: MessageData): boolean {
	if ((data.embeds?.length ?? 0) > 0 || typeof data.content !== 'string' || !data.content.includes('://')) return false;
	const outsideCode = data.content.replace(/```[\s\S]*?```|`[^`\n]*`/gu, ' ');
	return [...outsideCode.matchAll(LINK)].some((m) => outsideCode.charAt(m.index - 1) !== '<');
}

/** The first response to an interaction answered at once. */
export function firstResponse(reply: Reply): APIInteractionResponse {
	const { show } = reply;
	switch (show.kind) {
		case 'message':
			return { type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(show.data, show.ephemeral) };
		case 'update':
			// An update keeps the message's visibility: no ephemeral flag.
			return { type: InteractionResponseType.UpdateMessage, data: messageBody(show.data) };
		case 'nothing':
			return { type: InteractionResponseType.DeferredMessageUpdate };
	}
}

/**
 * First responses already written as JSON, per kept reply: a reply that is frozen (kept by the reply cache and shared
 * between requests) can never change, so its JSON is written once. Held weakly: gone with the reply.
 */
const jsonSeen = new WeakMap<Reply, string>();

/**
 * The first response to an interaction answered at once, as the JSON text a door sends: the same bytes as
 * `JSON.stringify(firstResponse(reply))`, written once for a frozen reply and afresh for any other.
 */
export function firstResponseJson(reply: Reply): string {
	const known = jsonSeen.get(reply);
	if (known !== undefined) return known;
	const json = JSON.stringify(firstResponse(reply));
	if (Object.isFrozen(reply)) jsonSeen.set(reply, json);
	return json;
}

/** The deferral that keeps a declared visibility: a pending message (private or public) or a pending update. */
export function deferralFor(visibility: Visibility): APIInteractionResponse {
	if (visibility === 'update') return { type: InteractionResponseType.DeferredMessageUpdate };
	return {
		type: InteractionResponseType.DeferredChannelMessageWithSource,
		data: visibility === 'private' ? { flags: MessageFlags.Ephemeral } : {},
	};
}

/** Autocomplete choices inside Discord's limits: 25 at most, names 1–100 characters, string values ≤ 100. */
export function autocompleteResponse(choices: readonly APIApplicationCommandOptionChoice[]): APIInteractionResponse {
	const valid = choices
		.map((choice) => ({ ...choice, name: shorten(choice.name, LIMITS.choiceName) }))
		.filter((c) => c.name.length > 0 && (typeof c.value !== 'string' || c.value.length <= LIMITS.choiceValue));
	return {
		type: InteractionResponseType.ApplicationCommandAutocompleteResult,
		data: { choices: valid.slice(0, LIMITS.choices) },
	};
}

export const PONG: APIInteractionResponse = { type: InteractionResponseType.Pong };

/** One request through the interaction's webhook (token-authorized). */
export type WebhookStep =
	| { kind: 'edit-original'; body: APIInteractionResponseCallbackData }
	| { kind: 'follow-up'; body: APIInteractionResponseCallbackData }
	| { kind: 'delete-original' };

/**
 * The webhook requests that complete a reply after its first response: when `deferredAs` is given, the deferral sent
 * first (a placeholder message of that visibility, or a pending update); then the reply's own follow-ups. A reply that
 * turns out private after a public placeholder (a search that finds nothing) deletes the placeholder and follows up
 * privately, since Discord cannot make a message private afterwards.
 */
export function webhookSteps(reply: Reply, deferredAs?: Visibility): WebhookStep[] {
	const steps: WebhookStep[] = [];
	const { show } = reply;
	if (deferredAs === 'update') {
		if (show.kind === 'update') steps.push({ kind: 'edit-original', body: messageBody(show.data) });
		if (show.kind === 'message') steps.push({ kind: 'follow-up', body: messageBody(show.data, show.ephemeral) });
	} else if (deferredAs !== undefined) {
		// A placeholder message: it becomes the answer unless the answer must be seen by fewer people than it.
		const widens = show.kind === 'message' && show.ephemeral && deferredAs === 'public';
		if (show.kind === 'nothing' || widens) steps.push({ kind: 'delete-original' });
		if (widens) steps.push({ kind: 'follow-up', body: messageBody(show.data, true) });
		else if (show.kind !== 'nothing') steps.push({ kind: 'edit-original', body: messageBody(show.data) });
	}
	for (const next of reply.then) {
		steps.push(next.kind === 'message' ? { kind: 'follow-up', body: messageBody(next.data, next.ephemeral) } : next);
	}
	return steps;
}

const NO_PINGS = { parse: [] };

/** Cuts what would break one of Discord's message limits (renderers aim inside them; this is the guarantee). */
function withinLimits(data: MessageData): MessageData {
	const out: MessageData = { ...data };
	if (typeof out.content === 'string' && out.content.length > LIMITS.content)
		out.content = shorten(out.content, LIMITS.content);
	if (out.components && out.components.length > LIMITS.actionRows)
		out.components = out.components.slice(0, LIMITS.actionRows);
	if (out.embeds) {
		let total = 0;
		const embeds = [];
		for (const embed of out.embeds.slice(0, LIMITS.embeds)) {
			// Each field cut only where it is there: the keys keep their order, so the JSON is as the renderer made it.
			const kept: APIEmbed = { ...embed };
			if (embed.title !== undefined) kept.title = shorten(embed.title, LIMITS.embedTitle);
			if (embed.description !== undefined) kept.description = shorten(embed.description, LIMITS.embedDescription);
			if (embed.footer !== undefined)
				kept.footer = { ...embed.footer, text: shorten(embed.footer.text, LIMITS.footerText) };
			if (embed.author !== undefined)
				kept.author = { ...embed.author, name: shorten(embed.author.name, LIMITS.authorName) };
			if (embed.fields !== undefined) {
				kept.fields = embed.fields.slice(0, LIMITS.embedFields).map((f) => ({
					...f,
					name: shorten(f.name, LIMITS.fieldName),
					value: shorten(f.value, LIMITS.fieldValue),
				}));
			}
			const size =
				(kept.title?.length ?? 0) +
				(kept.description?.length ?? 0) +
				(kept.footer?.text.length ?? 0) +
				(kept.author?.name.length ?? 0) +
				(kept.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
			// Whole embeds only: a paragraph is never cut here, the next one is left out.
			if (total + size > LIMITS.embedTotal) break;
			total += size;
			embeds.push(kept);
		}
		out.embeds = embeds;
	}
	return out;
}
