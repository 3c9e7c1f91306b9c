import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import { LIMITS } from './limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A button that talks back to the bot. */
export function actionButton(
	label: string,
	customId: string,
	{
		style = ButtonStyle.Secondary,
		disabled = false,
	}: { style?: Exclude<ButtonStyle, ButtonStyle.Link | ButtonStyle.Premium>; disabled?: boolean } = {},
): APIButtonComponent {
	return {
		type: ComponentType.Button,
		style,
		label: label.slice(0, LIMITS.buttonLabel),
		custom_id: customId,
		disabled,
	};
}

/** A button that opens a page. */
export function linkButton(label: string, url: string): APIButtonComponent {
	return { type: ComponentType.Button, style: ButtonStyle.Link, label: label.slice(0, LIMITS.buttonLabel), url };
}

/** Rows of at most five buttons; empty rows are dropped, and at most five rows are kept. */
export function rows(...groups: APIButtonComponent[][]): ButtonRow[] {
	return groups
		.flatMap((group) =>
			Array.from({ length: Math.ceil(group.length / LIMITS.buttonsPerRow) }, (_, i) => group.slice(i * 5, i * 5 + 5)),
		)
		.filter((group) => group.length > 0)
		.slice(0, LIMITS.actionRows)
		.map((components) => ({ type: ComponentType.ActionRow, components }));
}
