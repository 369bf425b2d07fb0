/**
 * The one schema of the framework data. Every TypeScript type of the framework
 * is inferred from here, and the JSON Schema in framework-data/schema/ is
 * generated from here (`npm run schema`), so the editor, the build and the app
 * agree on one shape. Cross-references (ids that must exist, completeness) are
 * checked separately in integrity.ts, because a schema cannot see across files.
 */
import { z } from '../zod';

/** Lower-case words joined by hyphens: stable in URLs and in saved files. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z
	.string()
	.regex(
		ID_PATTERN,
		'must be lower-case letters and digits joined by hyphens, e.g. "clinical-nurse-specialist"'
	);

const text = z.string().trim().min(1, 'must not be empty');

/** How sure we are of a record: see the "About the data" page. */
export const statusSchema = z.enum(['confirmed', 'inferred', 'working']);

/** Every record says how we know it and where from. */
const provenance = {
	status: statusSchema,
	sources: z.array(z.url({ protocol: /^https$/ })).default([]),
	/** In our own words, what the cited pages say that supports the record (never a quote). */
	evidence: text.optional()
};

/** A value whose certainty differs from the record it sits on (e.g. a pay band). */
const indicative = <T extends z.ZodType>(value: T) =>
	z.object({
		value: value.nullable(),
		note: text.optional(),
		...provenance
	});

export const pillarSchema = z.object({
	id,
	name: text,
	description: text,
	...provenance
});

export const professionGroupSchema = z.object({
	id,
	name: text,
	/** Broad family, used to order lanes and to filter. */
	family: z.enum(['support', 'nursing', 'allied-health', 'pharmacy', 'psychology']),
	...provenance
});

/** A short name sits in every page title and the header, so it must stay short. */
const SHORT_NAME_MAX = 24;

export const frameworkMetaSchema = z.object({
	$schema: z.string().optional(),
	id,
	title: text,
	shortTitle: text,
	/**
	 * What people call the framework, in a word or two ("ACCEND"): the site is the
	 * "<shortName> explorer", and page wording that names the framework uses it.
	 */
	shortName: z.string().trim().min(1).max(SHORT_NAME_MAX),
	programme: text,
	owner: text,
	/** Version of the data set; stamped on every export and print. */
	version: text,
	/** ISO date the framework (not this data set) was published. */
	published: z.iso.date(),
	/** Whether capability wording is the official text or this project's working text. */
	contentKind: z.enum(['official', 'working']),
	notes: z.array(text).default([]),
	pillars: z.array(pillarSchema).min(1),
	professionGroups: z.array(professionGroupSchema).min(1),
	...provenance
});

export const levelSchema = z.object({
	id,
	order: z.number().int().min(1),
	name: text,
	aliases: z.array(text).default([]),
	summary: text,
	attributes: z.array(text).default([]),
	/** People can start here straight from outside, without a route from a lower level. */
	entryPoint: z.boolean().default(false),
	careerFrameworkLevel: indicative(z.number().int().min(1).max(9)),
	payBand: indicative(text),
	...provenance
});

export const levelsFileSchema = z.object({
	$schema: z.string().optional(),
	levels: z.array(levelSchema).min(1)
});

const hexColour = z
	.string()
	.regex(/^#[0-9a-fA-F]{6}$/, 'must be a six-digit hex colour such as "#005eb8"');

/** Two to four short points on what is new in one domain at one level. */
export const levelChangeSchema = z.object({
	level: id,
	points: z.array(text).min(2).max(4),
	...provenance
});

export const domainSchema = z.object({
	id,
	number: z.number().int().min(1),
	title: text,
	shortTitle: text,
	/** Used as text on white and as a background under white text. */
	colour: hexColour,
	description: text,
	pillars: z.array(id).min(1),
	/** What a person at a level does in this domain that the level below does not, in plain words. */
	levelChanges: z.array(levelChangeSchema).default([]),
	...provenance
});

export const domainsFileSchema = z.object({
	$schema: z.string().optional(),
	domains: z.array(domainSchema).min(1)
});

/** A capability either applies at a level, with what it looks like there, or says why not. */
export const descriptorSchema = z.discriminatedUnion('applies', [
	z.object({ applies: z.literal(true), text }),
	z.object({ applies: z.literal(false), note: text.optional() })
]);

export const capabilitySchema = z.object({
	id,
	/** Short code shown beside the title, e.g. "W3.2" (W for working text). */
	code: text,
	domain: id,
	title: text,
	summary: text,
	pillars: z.array(id).min(1),
	/** One entry for every level id, in any order. */
	descriptors: z.record(id, descriptorSchema),
	...provenance
});

export const capabilitiesFileSchema = z.object({
	$schema: z.string().optional(),
	capabilities: z.array(capabilitySchema).min(1)
});

export const roleSchema = z.object({
	id,
	title: text,
	level: id,
	professionGroup: id,
	aliases: z.array(text).default([]),
	summary: text,
	/** True for an illustrative job title rather than one the framework names. */
	exampleTitle: z.boolean(),
	...provenance
});

export const rolesFileSchema = z.object({
	$schema: z.string().optional(),
	roles: z.array(roleSchema).min(1)
});

export const endpointSchema = z.object({
	type: z.enum(['role', 'level']),
	id
});

export const routeKindSchema = z.enum([
	'apprenticeship',
	'registration',
	'post-registration',
	'masters',
	'consultant-recognition',
	'other'
]);

export const durationSchema = z
	.object({
		min: z.number().positive(),
		max: z.number().positive(),
		unit: z.enum(['days', 'weeks', 'months', 'years']),
		/** Set where the duration is less certain than the route it sits on. */
		status: statusSchema.optional(),
		note: text.optional()
	})
	.refine((d) => d.min <= d.max, { message: 'min must not be more than max' });

export const routeSchema = z.object({
	id,
	from: endpointSchema,
	to: endpointSchema,
	kind: routeKindSchema,
	title: text,
	summary: text,
	/** Typical time it takes; null where it depends wholly on the person and post. */
	duration: durationSchema.nullable(),
	/**
	 * A route that does not climb the ladder: a learner track (a trainee moving to the post
	 * they train for) or a lateral step. Only these may end at a lower level than they start.
	 */
	track: z.enum(['learner', 'lateral']).optional(),
	/** Apprenticeship standard level (England, 2 to 7) where the route is an apprenticeship. */
	apprenticeshipLevel: z.number().int().min(2).max(7).optional(),
	/** What a person usually needs before starting, where known. */
	entryRequirements: text.optional(),
	/** Learning offers that serve this route. */
	offers: z.array(id).default([]),
	...provenance
});

export const routesFileSchema = z.object({
	$schema: z.string().optional(),
	routes: z.array(routeSchema).min(1)
});

export const knowledgeLevelSchema = z.object({
	id,
	order: z.number().int().min(1),
	name: text,
	summary: text,
	/** Levels of practice where this knowledge level is usually expected. */
	levels: z.array(id).min(1),
	...provenance
});

export const learningOfferSchema = z.object({
	id,
	title: text,
	provider: text,
	format: text,
	summary: text,
	levels: z.array(id).min(1),
	capabilities: z.array(id).default([]),
	/** Public page for the offer, or null where none is known. */
	url: z.url({ protocol: /^https$/ }).nullable(),
	/** Profession groups the offer is open to; empty means open to every group. */
	professionGroups: z.array(id).default([]),
	/** True for a kind of offer (e.g. "university modules") rather than one named product. */
	category: z.boolean().default(false),
	...provenance
});

export const educationFileSchema = z.object({
	$schema: z.string().optional(),
	knowledgeLevels: z.array(knowledgeLevelSchema).min(1),
	learningOffers: z.array(learningOfferSchema).default([])
});

export const externalItemSchema = z.object({ id, label: text, description: text.optional() });

export const externalFrameworkSchema = z.object({
	id,
	name: text,
	url: z.url({ protocol: /^https$/ }).nullable(),
	items: z.array(externalItemSchema).min(1),
	...provenance
});

export const mappingSchema = z.object({
	from: z.object({ type: z.enum(['level', 'pillar', 'domain', 'capability']), id }),
	to: z.object({ framework: id, item: id }),
	relation: z.enum(['equivalent', 'indicative', 'related']),
	note: text.optional(),
	...provenance
});

export const mappingsFileSchema = z.object({
	$schema: z.string().optional(),
	externalFrameworks: z.array(externalFrameworkSchema).default([]),
	mappings: z.array(mappingSchema).default([])
});

/** The files of one framework version, each with the schema of its contents. */
export const FRAMEWORK_FILES = {
	'framework.json': frameworkMetaSchema,
	'levels.json': levelsFileSchema,
	'domains.json': domainsFileSchema,
	'capabilities.json': capabilitiesFileSchema,
	'roles.json': rolesFileSchema,
	'routes.json': routesFileSchema,
	'education.json': educationFileSchema,
	'mappings.json': mappingsFileSchema
} as const;

export type FrameworkFileName = keyof typeof FRAMEWORK_FILES;

export type Status = z.infer<typeof statusSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type ProfessionGroup = z.infer<typeof professionGroupSchema>;
export type FrameworkMeta = z.infer<typeof frameworkMetaSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type LevelChange = z.infer<typeof levelChangeSchema>;
export type Descriptor = z.infer<typeof descriptorSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
export type Role = z.infer<typeof roleSchema>;
export type Endpoint = z.infer<typeof endpointSchema>;
export type RouteKind = z.infer<typeof routeKindSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type Route = z.infer<typeof routeSchema>;
export type KnowledgeLevel = z.infer<typeof knowledgeLevelSchema>;
export type LearningOffer = z.infer<typeof learningOfferSchema>;
export type ExternalFramework = z.infer<typeof externalFrameworkSchema>;
export type Mapping = z.infer<typeof mappingSchema>;

/** One framework version, assembled from its files and checked. */
export interface Framework {
	meta: FrameworkMeta;
	levels: Level[];
	domains: Domain[];
	capabilities: Capability[];
	roles: Role[];
	routes: Route[];
	knowledgeLevels: KnowledgeLevel[];
	learningOffers: LearningOffer[];
	externalFrameworks: ExternalFramework[];
	mappings: Mapping[];
}
