/** Built by esbuild.config.mjs from `seeds/` and `manifest.json` when the preview is bundled. */
declare module 'virtual:seeds' {
	/** Every seed list, sorted by name, with its path relative to the repository. */
	export const seeds: { file: string; text: string }[];
	export const manifest: unknown;
}
