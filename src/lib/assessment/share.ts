/**
 * Share links: the ratings of one assessment, compressed into the URL fragment
 * (the part after #, which browsers never send to a server). Notes travel only
 * when the person chooses. A damaged or edited link is told apart and refused.
 */
import { SITE_NAME } from '../site-name';
import { zm as z } from '../zod';
import type { AssessmentData, Descriptors } from './data';
import { addPlanItem, annotate, createAssessment, rate, updatePlanItem } from './edit';
import {
	MAX_NAME_CHARS,
	MAX_NOTE_CHARS,
	MAX_PLAN_CHARS,
	MAX_PLAN_ITEMS,
	planDateSchema,
	type Assessment,
	type Read
} from './model';

/** Marks the link format, so a future format can be told apart. */
export const SHARE_PREFIX = 'a1.';
/** Longer fragments are refused unread: no real assessment comes near this. */
export const MAX_SHARE_LENGTH = 20_000;

/** Text of at most `max` characters. */
const upTo = (max: number) => z.string().check(z.maxLength(max));

const shareSchema = z.object({
	/** Framework data version the ratings were made against. */
	fv: upTo(100),
	/** Name, profession group, current and target level. */
	n: upTo(200),
	g: upTo(100),
	c: upTo(100),
	t: upTo(100),
	/** [capability id, rating, note?] */
	r: z
		.array(z.tuple([upTo(100), z.int().check(z.minimum(0), z.maximum(3))], upTo(5000)))
		.check(z.maxLength(500)),
	/** The action plan: [capability id, what I will do, due date, evidence to gather]. Older links have none. */
	p: z.optional(
		z
			.array(z.tuple([upTo(100), upTo(MAX_PLAN_CHARS), planDateSchema, upTo(MAX_PLAN_CHARS)]))
			.check(z.maxLength(MAX_PLAN_ITEMS))
	)
});

export type SharedAssessment = z.infer<typeof shareSchema>;

async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
	const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
	return new Uint8Array(await out.arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) =>
	btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/** The fragment (without #) that carries these ratings. */
export async function encodeShare(shared: SharedAssessment): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(shared));
	return SHARE_PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

const BROKEN =
	'This share link is damaged or incomplete: it may have been cut short when it was copied. Ask for the link again. Nothing you have saved was changed.';

/** Read a fragment (with or without #). Never throws. */
export async function decodeShare(fragment: string): Promise<Read<SharedAssessment>> {
	const text = fragment.replace(/^#/, '');
	if (!text.startsWith(SHARE_PREFIX)) {
		return {
			ok: false,
			message: `This link does not carry a shared self-assessment from the ${SITE_NAME}.`
		};
	}
	if (text.length > MAX_SHARE_LENGTH) return { ok: false, message: BROKEN };
	const bytes = fromBase64Url(text.slice(SHARE_PREFIX.length));
	if (!bytes) return { ok: false, message: BROKEN };
	let json: unknown;
	try {
		json = JSON.parse(
			new TextDecoder('utf-8', { fatal: true }).decode(
				await pipe(bytes, new DecompressionStream('deflate-raw'))
			)
		);
	} catch {
		return { ok: false, message: BROKEN };
	}
	const parsed = shareSchema.safeParse(json);
	return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: BROKEN };
}

/** Added to a shared assessment's name when a copy is saved. */
export const SHARED_COPY_SUFFIX = ' (shared copy)';

/** What a share link holds against this framework: what will be carried over and what not. */
export interface SharedFit {
	/** Why no copy can be made (a level or group this version lacks); empty when it can. */
	problem: string;
	/** The link's framework data version, when it is not this one. */
	otherVersion: string;
	/** Ratings of capabilities this version does not have: kept, shown under "From an earlier version". */
	earlier: number;
}

/** How a share link fits this framework, said before a copy is saved. */
export function fitShared(data: AssessmentData, s: SharedAssessment): SharedFit {
	const level = (id: string) => data.levels.some((l) => l.id === id);
	const known = new Set(data.capabilities.map((c) => c.id));
	const problem = !data.groups.some((g) => g.id === s.g)
		? 'This link names a profession group this version of the explorer does not have, so a copy cannot be saved. Ask for a new link.'
		: !level(s.c) || !level(s.t)
			? 'This link names a level this version of the explorer does not have, so a copy cannot be saved. Ask for a new link.'
			: '';
	return {
		problem,
		otherVersion: s.fv === data.frameworkVersion ? '' : s.fv,
		earlier: s.r.filter(([id]) => !known.has(id)).length
	};
}

/**
 * The assessment a "Save a copy" makes: the name clamped to fit with its suffix, every rating kept,
 * each remembering the descriptor it is now read against (none given: none remembered).
 */
export function sharedCopy(
	data: AssessmentData,
	descriptors: Descriptors,
	s: SharedAssessment,
	id: string,
	now = new Date()
): Read<Assessment> {
	const fit = fitShared(data, s);
	if (fit.problem) return { ok: false, message: fit.problem };
	let a = createAssessment(
		data,
		{ professionGroup: s.g, currentLevel: s.c, targetLevel: s.t },
		id,
		now
	);
	const base = s.n.trim().slice(0, MAX_NAME_CHARS - SHARED_COPY_SUFFIX.length) || 'Shared';
	a = { ...a, name: `${base}${SHARED_COPY_SUFFIX}` };
	for (const [capability, value, note] of s.r) {
		if (!capability) continue;
		a = rate(descriptors, a, capability, value, now);
		if (note) a = annotate(a, capability, { note: note.slice(0, MAX_NOTE_CHARS) }, now);
	}
	(s.p ?? []).forEach(([capability, action, due, evidence], i) => {
		const itemId = `${id}-plan-${i + 1}`;
		a = updatePlanItem(
			addPlanItem(a, capability, itemId, now),
			itemId,
			{ action, due, evidence },
			now
		);
	});
	return { ok: true, value: a };
}

/** What a share link of this assessment carries: every rating and the plan, notes only when chosen. */
export function sharedOf(a: Assessment, includeNotes: boolean): SharedAssessment {
	return {
		fv: a.frameworkVersion,
		n: a.name,
		g: a.professionGroup,
		c: a.currentLevel,
		t: a.targetLevel,
		r: Object.entries(a.ratings).map(([id, r]) =>
			includeNotes && r.note ? [id, r.value, r.note] : [id, r.value]
		),
		p: a.plan.map((item) => [item.capability, item.action, item.due, item.evidence])
	};
}
