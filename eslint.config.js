// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['node_modules/', 'dist/', 'coverage/'] },
	eslint.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] } },
		},
		rules: {
			// The classic discord.js bug is an un-awaited reply(): these two catch it.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
			// A file URL's pathname (`new URL(…, import.meta.url)`) keeps its escapes (`/my%20bot/…`): a checkout in a folder
			// with a space breaks.
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"MemberExpression[property.name='pathname'][object.callee.name='URL'][object.arguments.1.object.type='MetaProperty']",
					message: 'Use fileURLToPath(new URL(…)): a pathname keeps %20 for a space in the path.',
				},
			],
		},
	},
);
