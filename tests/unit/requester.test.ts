import { PermissionFlagsBits, type APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { requesterOf } from '../../src/core/requester.ts';

/** The fields `requesterOf` reads, for a member of a server (or a user in a DM when `guild` is false). */
function interaction({ guild = true, guildInstalled = true, permissions = '0' } = {}): APIInteraction {
	const user = { id: '42' };
	return {
		locale: 'fr',
		...(guild
			? { guild_id: '1', guild_locale: 'es-ES', member: { user, permissions } }
			: { user, authorizing_integration_owners: { '1': '42' } }),
		...(guild ? { authorizing_integration_owners: guildInstalled ? { '0': '1' } : { '1': '42' } } : {}),
	} as unknown as APIInteraction;
}

const externalApps = PermissionFlagsBits.UseExternalApps.toString();

describe('who asked, and where', () => {
	it('can post publicly in a server that installed the app, whatever the member may do', () => {
		expect(requesterOf(interaction()).canPostPublicly).toBe(true);
	});

	it('in a server that did not install it, only with "Use External Apps"', () => {
		expect(requesterOf(interaction({ guildInstalled: false })).canPostPublicly).toBe(false);
		expect(requesterOf(interaction({ guildInstalled: false, permissions: externalApps })).canPostPublicly).toBe(true);
		expect(requesterOf(interaction({ guildInstalled: false, permissions: '8' })).canPostPublicly).toBe(false);
	});

	it('always in a DM, and reads the user and the languages', () => {
		expect(requesterOf(interaction({ guild: false }))).toEqual({
			userId: '42',
			locale: 'fr',
			guildLocale: undefined,
			inGuild: false,
			canPostPublicly: true,
		});
		expect(requesterOf(interaction())).toMatchObject({ userId: '42', guildLocale: 'es-ES', inGuild: true });
	});
});
