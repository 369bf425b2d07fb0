/** What both coverage views (the matrix on a wide screen, the lists by domain on a phone) take. */
import type { MatrixLayout } from '$lib/layout/coverage-matrix';

export interface CoverageViewProps {
	layout: MatrixLayout;
	caption: string;
	/** Show only gaps: cells with outcomes are drawn plain, or left out on a phone. */
	gapsOnly: boolean;
	/** The chosen cell's key (see cellKey), or null. */
	selected: string | null;
	onselect: (key: string) => void;
}

/** One key per domain-and-level cell, the same in both views and the cell's detail card. */
export const cellKey = (domain: string, level: string) => `${domain}@${level}`;

/** The domain and level a cell key names. */
export function cellOfKey(key: string): { domain: string; level: string } {
	const [domain = '', level = ''] = key.split('@');
	return { domain, level };
}
