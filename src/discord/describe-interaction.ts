import { InteractionType, type APIInteraction } from 'discord-api-types/v10';

/** What a log line says about an interaction: never its token. Reads a validated interaction. */
export function describeInteraction(interaction: APIInteraction): { type: string; command?: string } {
	switch (interaction.type) {
		case InteractionType.ApplicationCommand:
			return { type: 'command', command: interaction.data.name };
		case InteractionType.ApplicationCommandAutocomplete:
			return { type: 'autocomplete', command: interaction.data.name };
		case InteractionType.MessageComponent:
			return { type: 'component', command: interaction.data.custom_id.split(':', 1)[0] };
		case InteractionType.ModalSubmit:
			return { type: 'modal' };
		case InteractionType.Ping:
			return { type: 'ping' };
	}
}
