import { messagesFor, type Messages } from '../i18n/index.ts';
import type { Requester } from './types.ts';

/**
 * The language of a reply: an ephemeral one is read by the requester alone (their client's locale); a public one by
 * the whole server (its locale, when the interaction comes from a server).
 */
export function messagesOf(requester: Requester, ephemeral: boolean): Messages {
	return messagesFor(ephemeral ? requester.locale : (requester.guildLocale ?? requester.locale));
}
