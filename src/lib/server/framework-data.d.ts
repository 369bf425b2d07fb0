/** The framework folder a build reads, served by .config/framework-data.ts. */
declare module 'virtual:framework-data' {
	/** The folder, from the project root ("framework-data/accend-2023"). */
	export const source: string;
	/** The text of each JSON file in the folder, by file name. */
	export const files: Record<string, string>;
}
