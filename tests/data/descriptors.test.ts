/**
 * The capability descriptors read as real steps up (issue 14, items 5 and 6): a learner column
 * that is not weaker than Assistive, a Consultant column that is not one formula, no step that only
 * swaps a word, the four safety-relevant placements the content review named, and the content gaps
 * it found each covered. Every check reads the shipped data, so a regression in the text fails here.
 */
import { describe, expect, test } from 'vitest';
import { contentWords, wordSimilarity } from '../../src/lib/framework/similarity';
import type { Capability } from '../../src/lib/framework/schema';
import { accendFramework } from '../fixtures/accend';

const fw = accendFramework();
const levelIds = fw.levels.map((l) => l.id);

/** Openings that make a Consultant column formulaic (the review counted 37 of 44 of them). */
const FORMULA_VERBS = new Set(['Leads', 'Sets', 'Shapes', 'Designs', 'Develops']);
/** At most this share of Consultant descriptors may open with a formula verb (the limit). */
const MAX_FORMULA_SHARE = 1 / 3;
/** No single opening verb may carry more than this share of a column. */
const MAX_ONE_VERB_SHARE = 1 / 5;
/** Each mark of consultant practice must show in at least this share of the Consultant column. */
const MIN_CONSULTANT_FEATURE_SHARE = 1 / 5;
/** Two Consultant descriptors in one domain sharing more of their words than this say one thing twice. */
const MAX_CONSULTANT_SIMILARITY = 0.3;
/** A step up must name at least this many content words the level below lacks, scope words aside. */
const MIN_NEW_WORDS = 3;
/** At most this share of the learner column may lean on "under supervision" (the review found half). */
const MAX_UNDER_SUPERVISION_SHARE = 0.4;

/**
 * Words that only move a descriptor up a ladder of scope or intensity, not of behaviour:
 * "sound → specialist → expert", "project → programme → strategy", "team → service → system".
 */
const LADDER_WORDS = new Set(
	(
		'sound detailed specialist expert authority complex most project projects programme programmes ' +
		'strategy strategic team teams service services organisation organisations system systems region ' +
		'regional national nationally network networks across own area level whole wider'
	).split(' ')
);

/** Verbs that describe being taught rather than doing: the learner column must not open with them. */
const PASSIVE_LEARNER_OPENINGS = new Set(['Learns', 'Studies', 'Observes']);

const textAt = (c: Capability, level: string): string | null => {
	const d = c.descriptors[level];
	return d?.applies ? d.text : null;
};
const column = (level: string) =>
	fw.capabilities.flatMap((c) => {
		const text = textAt(c, level);
		return text === null ? [] : [{ id: c.id, text }];
	});
const opening = (text: string) => text.split(/\s+/)[0] ?? '';
const capability = (id: string): Capability => {
	const c = fw.capabilities.find((x) => x.id === id);
	if (!c) throw new Error(`no capability "${id}"`);
	return c;
};
const at = (id: string, level: string) => textAt(capability(id), level) ?? '';
const allText = (c: Capability) =>
	[c.title, c.summary, ...levelIds.map((l) => textAt(c, l) ?? '')].join(' ');

/** Each pair of neighbouring levels where a capability applies at both. */
function steps(c: Capability): { lower: string; upper: string; level: string }[] {
	const applying = levelIds.flatMap((l) => {
		const text = textAt(c, l);
		return text === null ? [] : [{ level: l, text }];
	});
	return applying.slice(1).map((u, i) => ({
		lower: applying[i]?.text ?? '',
		upper: u.text,
		level: u.level
	}));
}

/** Content words of the upper text missing from the lower, ignoring words that only widen scope. */
function newWords(lower: string, upper: string): string[] {
	const below = contentWords(lower);
	return [...contentWords(upper)].filter((w) => !below.has(w) && !LADDER_WORDS.has(w));
}

describe('the Pre-registration column reads as point-of-registration outcomes', () => {
	const learner = column('pre-registration');

	test('no descriptor opens with Learns, Studies or Observes', () => {
		const passive = learner.filter((d) => PASSIVE_LEARNER_OPENINGS.has(opening(d.text)));
		expect(passive.map((d) => `${d.id}: ${d.text}`)).toEqual([]);
	});

	test('"under supervision" is not a formula stuck on every line', () => {
		const share = learner.filter((d) => /under supervision/i.test(d.text)).length / learner.length;
		expect(share).toBeLessThanOrEqual(MAX_UNDER_SUPERVISION_SHARE);
	});

	test('every learner descriptor says more than the Assistive one below it', () => {
		const thin = fw.capabilities.flatMap((c) => {
			const below = textAt(c, 'assistive');
			const learnerText = textAt(c, 'pre-registration');
			if (below === null || learnerText === null) return [];
			return newWords(below, learnerText).length < MIN_NEW_WORDS ? [c.id] : [];
		});
		expect(thin).toEqual([]);
	});
});

describe('the Consultant column is not a formula', () => {
	const top = column('consultant');

	test(`at most a third open with ${[...FORMULA_VERBS].join('/')}`, () => {
		const formula = top.filter((d) => FORMULA_VERBS.has(opening(d.text)));
		expect(formula.length / top.length).toBeLessThanOrEqual(MAX_FORMULA_SHARE);
	});

	test('no single opening verb carries the column', () => {
		const counts = new Map<string, number>();
		for (const d of top) counts.set(opening(d.text), (counts.get(opening(d.text)) ?? 0) + 1);
		const heavy = [...counts].filter(([, n]) => n / top.length > MAX_ONE_VERB_SHARE);
		expect(heavy).toEqual([]);
	});

	test.each([
		[
			'consultancy across organisations',
			/\b(advis\w*|consult\w*|second opinion|called on|asked to)\b/i
		],
		[
			'generating new knowledge',
			/\b(research\w*|publish\w*|generat\w*|new (knowledge|evidence))\b/i
		],
		[
			'evidence of impact',
			/\b(impact|effect|evaluat\w*|audit\w*|reports? (whether|who|what|how)|measures whether|checks (that|whether|the effect))\b/i
		]
	])('%s shows in at least a fifth of it', (_, mark) => {
		const showing = top.filter((d) => mark.test(d.text)).length;
		expect(showing / top.length).toBeGreaterThanOrEqual(MIN_CONSULTANT_FEATURE_SHARE);
	});

	test('no two capabilities of one domain say the same thing at Consultant', () => {
		const twins: string[] = [];
		for (const domain of fw.domains) {
			const inDomain = top.filter((d) => capability(d.id).domain === domain.id);
			inDomain.forEach((a, i) =>
				inDomain.slice(i + 1).forEach((b) => {
					const s = wordSimilarity(a.text, b.text);
					if (s > MAX_CONSULTANT_SIMILARITY) twins.push(`${a.id}/${b.id}: ${s.toFixed(2)}`);
				})
			);
		}
		expect(twins).toEqual([]);
	});
});

describe('every step names new behaviour', () => {
	test(`each level adds at least ${MIN_NEW_WORDS} words beyond a swap of scope or intensity`, () => {
		const swaps = fw.capabilities.flatMap((c) =>
			steps(c)
				.filter((s) => newWords(s.lower, s.upper).length < MIN_NEW_WORDS)
				.map((s) => `${c.id} at ${s.level}: ${newWords(s.lower, s.upper).join(', ')}`)
		);
		expect(swaps).toEqual([]);
	});

	test('no descriptor states a quality ("Has…", "Is…") instead of what the person does', () => {
		const states = fw.capabilities.flatMap((c) =>
			levelIds.flatMap((l) => {
				const text = textAt(c, l);
				return text !== null && /^(Has|Is|Shows interest)\b/.test(text) ? [`${c.id} ${l}`] : [];
			})
		);
		expect(states).toEqual([]);
	});
});

describe('the four safety-relevant placements (review #42–#46)', () => {
	test('#42 the national SACT competency is the minimum at Registration, assessed by others at Enhanced', () => {
		expect(at('sact-care', 'registration')).toMatch(
			/only when holding the current national SACT competency/i
		);
		expect(at('sact-care', 'registration')).toMatch(/passport/i);
		expect(at('sact-care', 'enhanced')).toMatch(/assesses colleagues/i);
		expect(at('sact-care', 'assistive')).toMatch(/does not administer SACT/i);
		for (const level of ['supportive', 'assistive', 'pre-registration']) {
			expect(at('sact-care', level), level).not.toMatch(/\b(gives|administers) SACT/i);
		}
	});

	test('#42 pharmacists screen and verify SACT prescriptions', () => {
		expect(at('sact-care', 'registration')).toMatch(/pharmacists clinically screen and verify/i);
	});

	test('#43 prognosis is referred on at Registration, not explained', () => {
		expect(at('biology-of-cancer', 'registration')).toMatch(/refers questions about prognosis/i);
		for (const level of ['supportive', 'assistive', 'pre-registration', 'registration']) {
			expect(at('biology-of-cancer', level), level).not.toMatch(/likely course/i);
		}
	});

	test('#44 psychological techniques at Enhanced are Level 2, under supervision from Level 3 or 4', () => {
		expect(at('psychological-support', 'enhanced')).toMatch(/Level 2/);
		expect(at('psychological-support', 'enhanced')).toMatch(/supervision from a Level 3 or 4/i);
		expect(at('psychological-support', 'enhanced')).not.toMatch(/anxiety management|supervises/i);
		for (const level of levelIds) {
			const text = at('psychological-support', level);
			if (/\bsupervises\b/i.test(text)) expect(text, level).toMatch(/Level 3 or 4/);
		}
	});

	test('#45 a defined procedure at Enhanced; image reporting sits in clinical assessment', () => {
		expect(at('surgery-interventions', 'enhanced')).toMatch(/defined procedure within a protocol/i);
		for (const level of levelIds) {
			expect(at('surgery-interventions', level), level).not.toMatch(/imag/i);
		}
		expect(at('clinical-assessment', 'enhanced')).toMatch(/reports a defined set of images/i);
	});

	test.each(['supportive', 'assistive'])(
		'#46 at %s the warning signs go beyond fever, with the 24-hour line',
		(level) => {
			expect(at('acute-oncology', level)).toMatch(/even without a temperature/i);
			expect(at('acute-oncology', level)).toMatch(/24-hour (helpline|triage line)/i);
		}
	);
});

describe('the smaller review findings stay fixed (#47–#49)', () => {
	test('#47 screening is an informed choice', () => {
		expect(at('screening-early-diagnosis', 'supportive')).toMatch(/informed choice/i);
		expect(at('screening-early-diagnosis', 'supportive')).not.toMatch(/encourages/i);
	});
	test('#48 a registrant is practice supervisor and, once prepared, assessor or educator', () => {
		expect(at('supporting-learners', 'registration')).toMatch(/practice assessor/i);
		expect(at('supporting-learners', 'registration')).toMatch(/practice educator/i);
	});
	test('#49 England-only rules are named as England-only', () => {
		for (const c of fw.capabilities) {
			const text = allText(c);
			if (/accessible information standard|PSIRF/i.test(text))
				expect(text, c.id).toMatch(/in England/);
		}
	});
	test('text stays profession-neutral: no descriptor assumes the reader is a nurse', () => {
		const nursing = fw.capabilities.flatMap((c) =>
			levelIds.filter((l) => /\bnurses?\b/i.test(textAt(c, l) ?? '')).map((l) => `${c.id} ${l}`)
		);
		expect(nursing).toEqual([]);
	});
});

describe('content gaps are covered (issue 14, item 6)', () => {
	test.each([
		['genomics', /genomic/i],
		['children, teenagers and young adults', /teenage|young adult/i],
		['older people and frailty', /frailty|older people/i],
		['prescribing and medicines optimisation', /prescribing|medicines optimisation/i],
		['radiation protection', /IR\(ME\)R|radiation protection/i],
		['primary and community care', /primary (and community )?care|community settings/i]
	])('%s has a capability of its own that climbs every level', (_, topic) => {
		const own = fw.capabilities.find((c) => topic.test(c.title));
		expect(own).toBeDefined();
		if (own) expect(levelIds.every((l) => textAt(own, l) !== null)).toBe(true);
	});

	test('cancer care reviews and the 24-hour helpline are named where support staff will read them', () => {
		expect(fw.capabilities.some((c) => /cancer care review/i.test(allText(c)))).toBe(true);
		const supportive = column('supportive').filter((d) => /helpline/i.test(d.text));
		expect(supportive.length).toBeGreaterThanOrEqual(2);
	});

	test('new capability codes continue each domain’s W-number series without gaps', () => {
		for (const domain of fw.domains) {
			const numbers = fw.capabilities
				.filter((c) => c.domain === domain.id)
				.map((c) => c.code.match(/^W(\d+)\.(\d+)$/))
				.map((m) => [Number(m?.[1]), Number(m?.[2])] as const);
			expect(
				numbers.every(([d]) => d === domain.number),
				domain.id
			).toBe(true);
			expect(
				numbers.map(([, n]) => n).sort((a, b) => a - b),
				domain.id
			).toEqual(numbers.map((_, i) => i + 1));
		}
	});
});
