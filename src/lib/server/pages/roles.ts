/**
 * What the role pages show, sliced from a framework at build time: roles by level, and one role
 * with its level's facts, how to get there, where it leads and its capabilities.
 */
import { COMPARE_SEPARATOR } from '../../framework/compare';
import { levelChangesAt } from '../../framework/level-changes';
import { groupName } from '../../framework/lookups';
import {
	byId,
	capabilitiesAtLevel,
	describeRouteInFull,
	rolesAtLevel,
	routesIntoLevel,
	routesOfRole
} from '../../framework/queries';
import type { Framework } from '../../framework/schema';

/** The roles page: the profession groups that have roles, and each level's roles. */
export function rolesPageOf(fw: Framework) {
	return {
		professions: fw.meta.professionGroups
			.map((g) => ({
				id: g.id,
				name: g.name,
				count: fw.roles.filter((r) => r.professionGroup === g.id).length
			}))
			.filter((g) => g.count > 0),
		levels: fw.levels.map((l) => ({
			id: l.id,
			name: l.name,
			roles: rolesAtLevel(fw, l.id).map((r) => ({
				id: r.id,
				title: r.title,
				aliases: r.aliases,
				professionGroup: r.professionGroup,
				profession: groupName(fw.meta.professionGroups, r.professionGroup),
				status: r.status
			}))
		}))
	};
}

/** One role's page, or null when no role has this id. */
export function rolePageOf(fw: Framework, id: string) {
	const role = byId(fw.roles, id);
	if (!role) return null;
	const level = byId(fw.levels, role.level);
	// Integrity checks every role's level before any page is built.
	if (!level) throw new Error(`Role ${role.id} names a level that does not exist`);
	const previous = fw.levels.find((l) => l.order === level.order - 1);
	const { into, outOf } = routesOfRole(fw, role.id);
	// With no route naming this role, the level-to-level route is the honest general answer.
	const levelRoutes = into.length
		? []
		: routesIntoLevel(fw, level.id).filter((r) => r.to.type === 'level');
	const professionName = (group: string) => groupName(fw.meta.professionGroups, group);
	return {
		role,
		level: {
			id: level.id,
			name: level.name,
			order: level.order,
			attributes: level.attributes,
			payBand: level.payBand,
			careerFrameworkLevel: level.careerFrameworkLevel
		},
		levelCount: fw.levels.length,
		profession: professionName(role.professionGroup),
		into: [...into, ...levelRoutes].map((r) => describeRouteInFull(fw, r)),
		intoIsGeneral: into.length === 0 && levelRoutes.length > 0,
		outOf: outOf.map((r) => describeRouteInFull(fw, r)),
		previous: previous ? { id: previous.id, name: previous.name } : null,
		comparePath: previous
			? (`/compare/${previous.id}${COMPARE_SEPARATOR}${level.id}/` as const)
			: null,
		changes: levelChangesAt(fw, level.id),
		related: fw.roles
			.filter((r) => r.level === role.level && r.professionGroup !== role.professionGroup)
			.map((r) => ({ id: r.id, title: r.title, profession: professionName(r.professionGroup) }))
			.sort((a, b) => a.profession.localeCompare(b.profession, 'en-GB')),
		domains: fw.domains
			.map((d) => ({
				id: d.id,
				title: d.title,
				colour: d.colour,
				capabilities: capabilitiesAtLevel(fw, level.id, d.id).map((c) => ({
					id: c.id,
					code: c.code,
					title: c.title
				}))
			}))
			.filter((d) => d.capabilities.length > 0)
	};
}
