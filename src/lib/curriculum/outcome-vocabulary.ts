/**
 * Words that module descriptors use for what the framework names otherwise:
 * "toxicities" for side effects, "practice assessor" for supporting learners,
 * "survivorship" for long-term and late effects. Each group is read like the
 * search vocabulary: an outcome that names one phrase is also matched on the
 * others, at a lower weight. These are general terms of UK cancer education and
 * practice, this project's own list; they are kept apart from the site search's
 * vocabulary because they would widen search results too far.
 */
export const OUTCOME_EQUIVALENTS: string[][] = [
	// Treatment and its effects
	['toxicity', 'toxicities', 'adverse effects', 'adverse events', 'side effects'],
	[
		'cytotoxic',
		'anticancer medicines',
		'anti-cancer medicines',
		'anticancer drugs',
		'chemotherapy'
	],
	['survivorship', 'late effects', 'long-term effects'],
	['hypercalcaemia', 'superior vena cava obstruction', 'tumour lysis', 'oncological emergencies'],
	['MSCC', 'metastatic spinal cord compression', 'spinal cord compression'],
	['genomic', 'genomics', 'molecular', 'tumour biology'],
	['physical activity', 'exercise', 'physical function'],
	// Living with cancer, palliative and end-of-life care
	['stratified follow-up', 'patient-initiated follow-up', 'PIFU', 'personalised follow-up'],
	['recovery package', 'treatment summary', 'holistic needs assessment'],
	['employment', 'return to work', 'work'],
	['finances', 'financial', 'benefits', 'money'],
	['bereavement', 'bereaved', 'after death'],
	['last days of life', 'dying'],
	['cope', 'coping', 'psychological support'],
	['psychosocial', 'emotional support', 'psychological support'],
	['breaking bad news', 'significant news', 'difficult conversations'],
	['mental capacity', 'capacity to consent', 'consent'],
	// Communication and teams
	['handover', 'record keeping', 'documentation', 'records'],
	['integrated care', 'joined-up care', 'coordinate care'],
	// Leadership, resources and service development
	['workforce planning', 'skill mix', 'staffing'],
	['change management', 'managing change', 'service change', 'service redesign'],
	['stakeholders', 'stakeholder engagement', 'partners'],
	['resilience', 'self-care', 'wellbeing'],
	['clinical supervision', 'restorative supervision', 'supervision'],
	['accountability', 'scope of practice', 'professional regulation'],
	['incident reporting', 'patient safety', 'learning from incidents'],
	['variation in access', 'unwarranted variation', 'health inequalities', 'inequalities'],
	// Education
	[
		'practice assessor',
		'practice supervisor',
		'mentor',
		'mentorship',
		'preceptorship',
		'supporting learners'
	],
	['learning theories', 'pedagogy', 'teaching methods'],
	['constructive alignment', 'constructively aligned', 'learning outcomes'],
	// Research, evidence and improvement
	['literature', 'research papers', 'published research', 'evidence base', 'evidence'],
	['methodology', 'research methods', 'study design'],
	['research nurse', 'clinical research practitioner', 'clinical trials'],
	['research capacity', 'research capability', 'research culture'],
	['disseminate', 'dissemination', 'publications', 'sharing findings'],
	['PDSA', 'plan-do-study-act', 'service improvement', 'quality improvement'],
	['patient-reported outcome measures', 'PROMs', 'patient-reported outcomes']
];
