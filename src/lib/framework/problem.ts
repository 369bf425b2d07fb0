/** A problem found in the data, located so that a data editor can find and fix it. */
export interface Problem {
	/** File name inside the framework version folder, e.g. "capabilities.json". */
	file: string;
	/** Where in the file, as keys and indexes from the top, e.g. ["capabilities", 3, "domain"]. */
	path: (string | number)[];
	/** What is wrong, in plain words. */
	message: string;
}

/** Write a path the way people read JSON: capabilities[3].descriptors.enhanced */
export function formatPath(path: readonly (string | number)[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
		.join('');
}

/** One line per problem: "capabilities.json at capabilities[3].domain: …" */
export function formatProblem(problem: Problem): string {
	const where = problem.path.length ? ` at ${formatPath(problem.path)}` : '';
	return `${problem.file}${where}: ${problem.message}`;
}
