/** The framework folder a build reads, served by .config/framework-data.ts. */
declare module 'virtual:framework-data' {
	/** The folder, from the project root ("framework-data/accend-2023"). */
	export const source: string;
	/** The text of each JSON file in the folder, by file name. */
	export const files: Record<string, string>;
}

/** Who the built framework is, for browser code; served by .config/framework-data.ts. */
declare module 'virtual:framework-identity' {
	const identity: {
		/** framework.json "id": stamped on saved files (storage keys and file names use the short name). */
		id: string;
		/** framework.json "shortName": "ACCEND". */
		shortName: string;
		version: string;
	};
	export default identity;
}
