/**
 * Changes to a curriculum, each a pure function returning a new curriculum, so
 * the state class can save every change and tests can check them by value.
 */
import type { CurriculumData } from './data';
import type { CapabilityLink, Curriculum, Module, Outcome } from './model';

export interface CurriculumChoice {
	name: string;
	provider?: string;
	/** Level ids the programme prepares people for. */
	levels?: string[];
}

/** A new, empty curriculum with the name, provider and declared levels chosen. */
export function createCurriculum(
	data: CurriculumData,
	choice: CurriculumChoice,
	id: string,
	now = new Date()
): Curriculum {
	const stamp = now.toISOString();
	return {
		id,
		name: choice.name.trim() || 'Untitled curriculum',
		provider: choice.provider?.trim() ?? '',
		levels: [...new Set(choice.levels ?? [])],
		createdAt: stamp,
		updatedAt: stamp,
		revision: 1,
		frameworkVersion: data.frameworkVersion,
		modules: []
	};
}

/** Stamp a changed curriculum: a new time and the next revision. */
export const stamped = (c: Curriculum, now = new Date()): Curriculum => ({
	...c,
	updatedAt: now.toISOString(),
	revision: c.revision + 1
});

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Add modules; a module whose title is already there gains the new outcomes instead. */
export function addModules(c: Curriculum, incoming: Module[]): Curriculum {
	const modules = [...c.modules];
	for (const m of incoming) {
		const i = modules.findIndex((x) => sameTitle(x.title, m.title));
		if (i < 0) modules.push(m);
		else modules[i] = { ...modules[i]!, outcomes: [...modules[i]!.outcomes, ...m.outcomes] };
	}
	return { ...c, modules };
}

/** Change a module's title or code; unknown ids change nothing. */
export function updateModule(
	c: Curriculum,
	moduleId: string,
	change: Partial<Pick<Module, 'title' | 'code'>>
): Curriculum {
	return { ...c, modules: c.modules.map((m) => (m.id === moduleId ? { ...m, ...change } : m)) };
}

/** Put a whole module back as it was (by id), as Undo after a bulk accept does; unknown ids change nothing. */
export function replaceModule(c: Curriculum, module: Module): Curriculum {
	return { ...c, modules: c.modules.map((m) => (m.id === module.id ? module : m)) };
}

/** Take a module, and its outcomes, out of the curriculum. */
export function removeModule(c: Curriculum, moduleId: string): Curriculum {
	return { ...c, modules: c.modules.filter((m) => m.id !== moduleId) };
}

function mapOutcome(
	c: Curriculum,
	outcomeId: string,
	change: (o: Outcome) => Outcome | null
): Curriculum {
	return {
		...c,
		modules: c.modules.map((m) => ({
			...m,
			outcomes: m.outcomes.flatMap((o) => {
				if (o.id !== outcomeId) return [o];
				const next = change(o);
				return next ? [next] : [];
			})
		}))
	};
}

/** Change an outcome's text or code, wherever it sits. */
export const updateOutcome = (
	c: Curriculum,
	outcomeId: string,
	change: Partial<Pick<Outcome, 'text' | 'code'>>
) => mapOutcome(c, outcomeId, (o) => ({ ...o, ...change }));

/** Take an outcome, and its links, out of its module. */
export const removeOutcome = (c: Curriculum, outcomeId: string) =>
	mapOutcome(c, outcomeId, () => null);

const sameLink = (a: CapabilityLink, b: CapabilityLink) =>
	a.capability === b.capability && a.level === b.level;

/** Map an outcome to a capability at a level (once), and take it off the rejected list. */
export const linkOutcome = (c: Curriculum, outcomeId: string, link: CapabilityLink) =>
	mapOutcome(c, outcomeId, (o) => ({
		...o,
		links: o.links.some((l) => sameLink(l, link)) ? o.links : [...o.links, link],
		rejected: o.rejected.filter((id) => id !== link.capability)
	}));

/** Take one capability-and-level link off an outcome. */
export const unlinkOutcome = (c: Curriculum, outcomeId: string, link: CapabilityLink) =>
	mapOutcome(c, outcomeId, (o) => ({ ...o, links: o.links.filter((l) => !sameLink(l, link)) }));

/** Turn a suggestion down so it is not offered for this outcome again. */
export const rejectSuggestion = (c: Curriculum, outcomeId: string, capability: string) =>
	mapOutcome(c, outcomeId, (o) => ({
		...o,
		rejected: o.rejected.includes(capability) ? o.rejected : [...o.rejected, capability]
	}));

/** Every outcome in programme order, with its module. */
export const allOutcomes = (c: Curriculum) =>
	c.modules.flatMap((module) => module.outcomes.map((outcome) => ({ module, outcome })));
