/**
 * Share links: the ratings of one assessment, compressed into the URL fragment
 * (the part after #, which browsers never send to a server). Notes travel only
 * when the person chooses. A damaged or edited link is told apart and refused.
 */
import { z } from '../zod';
import type { Read } from './model';

/** Marks the link format, so a future format can be told apart. */
export const SHARE_PREFIX = 'a1.';
/** Longer fragments are refused unread: no real assessment comes near this. */
export const MAX_SHARE_LENGTH = 20_000;

const shareSchema = z.object({
	/** Framework data version the ratings were made against. */
	fv: z.string().max(100),
	/** Name, profession group, current and target level. */
	n: z.string().max(200),
	g: z.string().max(100),
	c: z.string().max(100),
	t: z.string().max(100),
	/** [capability id, rating, note?] */
	r: z
		.array(
			z.tuple([z.string().max(100), z.number().int().min(0).max(3)]).rest(z.string().max(5000))
		)
		.max(500)
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
			message: 'This link does not carry a shared self-assessment from the ACCEND explorer.'
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
