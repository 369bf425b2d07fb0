/**
 * Learning outcomes worded the way UK module descriptors word them: long,
 * compound, with the academic verbs of pre-registration and master's modules.
 * Each lists every capability a careful educator would accept as a mapping
 * (several where the outcome honestly spans more than one). The outcomes are
 * this project's own examples, written for this set; they quote no module.
 *
 * Written before the suggestions were tuned, and not to be changed to suit them:
 * see the split in known-outcomes-split.ts and tests/curriculum/suggest-quality.test.ts.
 */
export interface KnownOutcome {
	/** The kind of module the outcome comes from, so gaps in the set can be seen. */
	module: string;
	outcome: string;
	/** Capability ids an expert would accept, the likeliest first. */
	accept: string[];
}

const known = (module: string, outcome: string, ...accept: string[]): KnownOutcome => ({
	module,
	outcome,
	accept
});

export const MODULE_OUTCOMES: KnownOutcome[] = [
	// Systemic anti-cancer therapy (level 6 and 7 modules)
	known(
		'SACT',
		'Critically examine the mechanisms of action of cytotoxic, targeted and immunotherapy agents and relate these to the toxicities patients commonly experience',
		'sact-care',
		'biology-of-cancer'
	),
	known(
		'SACT',
		'Demonstrate safe practice in the preparation, checking and administration of systemic anti-cancer therapy in accordance with national and local policy',
		'sact-care',
		'safe-care'
	),
	known(
		'SACT',
		'Evaluate the evidence base underpinning the assessment and grading of treatment toxicities, including the use of telephone triage tools',
		'sact-care',
		'acute-oncology'
	),
	known(
		'SACT',
		'Apply a systematic approach to pre-treatment assessment, including interpretation of blood results and performance status, to determine fitness for each cycle',
		'clinical-assessment',
		'sact-care'
	),
	known(
		'SACT',
		'Discuss the principles of extravasation prevention and management and the professional accountability of the practitioner administering vesicant drugs',
		'sact-care',
		'safe-care',
		'professional-practice'
	),
	// Radiotherapy
	known(
		'Radiotherapy',
		'Critically appraise the radiobiological principles that inform fractionation schedules and the management of acute and late radiation reactions',
		'radiotherapy-care',
		'biology-of-cancer'
	),
	known(
		'Radiotherapy',
		'Demonstrate competence in the accurate and reproducible positioning and immobilisation of patients for radiotherapy planning and treatment delivery',
		'radiotherapy-care'
	),
	known(
		'Radiotherapy',
		'Provide information and support to patients and carers on the management of radiotherapy skin reactions, fatigue and altered bowel function',
		'radiotherapy-care',
		'patient-education',
		'sharing-information'
	),
	known(
		'Radiotherapy',
		'Analyse the role of the on-treatment review radiographer in the assessment and management of side effects',
		'radiotherapy-care'
	),
	// Acute oncology
	known(
		'Acute oncology',
		'Critically evaluate the assessment, triage and initial management of patients presenting with suspected neutropenic sepsis, in line with NICE guidance',
		'acute-oncology'
	),
	known(
		'Acute oncology',
		'Recognise the presenting features of metastatic spinal cord compression, hypercalcaemia and superior vena cava obstruction and initiate timely escalation',
		'acute-oncology'
	),
	known(
		'Acute oncology',
		'Examine the contribution of acute oncology services to reducing unplanned admissions and length of stay for people with cancer',
		'acute-oncology',
		'service-development'
	),
	known(
		'Acute oncology',
		'Apply a structured approach to the assessment of immunotherapy-related adverse events in people presenting to the emergency department',
		'acute-oncology',
		'sact-care',
		'clinical-assessment'
	),
	// Palliative and end-of-life care
	known(
		'Palliative care',
		'Critically evaluate pharmacological and non-pharmacological approaches to the management of pain, breathlessness and nausea in advanced illness',
		'palliative-supportive-care'
	),
	known(
		'End-of-life care',
		"Facilitate advance care planning conversations that explore the person's wishes, preferences and priorities for care at the end of life",
		'end-of-life-care',
		'difficult-conversations'
	),
	known(
		'End-of-life care',
		'Recognise when a person may be in the last days of life and plan individualised care in partnership with the person and those important to them',
		'end-of-life-care'
	),
	known(
		'End-of-life care',
		'Reflect on the emotional impact of caring for dying people and identify strategies that sustain personal resilience',
		'own-development',
		'end-of-life-care'
	),
	known(
		'End-of-life care',
		'Describe the care of the body after death and the support available to bereaved relatives, respecting cultural and religious needs',
		'end-of-life-care'
	),
	known(
		'Palliative care',
		'Develop and use strategies that help people living with advanced cancer and their families cope with uncertainty',
		'psychological-support',
		'palliative-supportive-care',
		'difficult-conversations'
	),
	// Living with and beyond cancer
	known(
		'Living with and beyond cancer',
		'Critically discuss the concept of survivorship and the implications of long-term and late effects of treatment for service provision',
		'consequences-of-treatment',
		'self-management-follow-up'
	),
	known(
		'Living with and beyond cancer',
		'Design a personalised stratified follow-up pathway that supports self-management after the end of treatment',
		'self-management-follow-up',
		'service-development'
	),
	known(
		'Living with and beyond cancer',
		"Assess the impact of cancer on a person's employment, finances and relationships and signpost to appropriate sources of support",
		'practical-support',
		'holistic-needs-assessment'
	),
	known(
		'Living with and beyond cancer',
		'Evaluate the role of exercise, nutrition and psychological preparation in prehabilitation programmes before major cancer surgery',
		'prehabilitation-rehabilitation'
	),
	known(
		'Living with and beyond cancer',
		'Use the components of the recovery package, including holistic needs assessment and treatment summaries, to support the transition to life after treatment',
		'holistic-needs-assessment',
		'self-management-follow-up'
	),
	// Research
	known(
		'Research methods',
		'Formulate a focused research question and justify an appropriate methodology, including sampling, data collection and analysis',
		'research-design'
	),
	known(
		'Research methods',
		'Critically appraise quantitative and qualitative research papers using a recognised appraisal framework',
		'using-evidence'
	),
	known(
		'Clinical research',
		'Explain the responsibilities of the research nurse in informed consent, eligibility screening and adverse event reporting within clinical trials',
		'research-delivery'
	),
	known(
		'Research methods',
		'Disseminate the findings of a service evaluation through a conference abstract, poster or peer-reviewed publication',
		'knowledge-mobilisation'
	),
	known(
		"Master's research",
		'Critically evaluate strategies for developing research capacity and capability among nurses and allied health professionals in cancer services',
		'research-leadership'
	),
	// Leadership
	known(
		'Leadership',
		'Present a service development proposal for an area of cancer care, informed by stakeholder engagement and an analysis of local data',
		'service-development',
		'data-outcomes'
	),
	known(
		'Leadership',
		'Critically evaluate the contribution of compassionate and collective leadership theories to team performance and staff wellbeing',
		'leading-people'
	),
	known(
		'Leadership',
		'Apply change management theory to plan, implement and evaluate an improvement in cancer care',
		'audit-quality-improvement',
		'service-development'
	),
	known(
		'Leadership',
		'Analyse the principles of workforce planning, caseload management and the effective use of resources within a specialist cancer team',
		'managing-resources'
	),
	known(
		'Leadership',
		"Demonstrate the ability to chair and contribute to multidisciplinary team discussions, ensuring the patient's views are represented",
		'mdt-working',
		'shared-decision-making'
	),
	// Education
	known(
		'Practice education',
		'Support the learning of students and junior colleagues in the clinical environment',
		'supporting-learners',
		'teaching-colleagues'
	),
	known(
		'Practice education',
		"Fulfil the role of practice assessor, making fair and evidence-based judgements about a learner's proficiency",
		'supporting-learners'
	),
	known(
		'Education',
		'Critically discuss learning theories and apply them to the planning of a teaching session for a multiprofessional audience',
		'teaching-colleagues',
		'designing-education'
	),
	known(
		'Education',
		'Design and evaluate an educational intervention with constructively aligned learning outcomes and assessment',
		'designing-education'
	),
	known(
		'Education',
		'Promote a culture of openness in which staff learn from incidents, feedback and patient experience',
		'learning-culture',
		'safe-care'
	),
	known(
		'Education',
		'Critically evaluate approaches to patient education that enable people to manage their treatment at home',
		'patient-education',
		'self-management-follow-up'
	),
	// Allied health professions
	known(
		'Occupational therapy',
		"Apply occupational therapy assessment to identify the impact of cancer-related fatigue on a person's daily activities and participation",
		'prehabilitation-rehabilitation',
		'consequences-of-treatment',
		'clinical-assessment'
	),
	known(
		'Speech and language therapy',
		'Assess and manage swallowing and communication difficulties following treatment for head and neck cancer',
		'consequences-of-treatment',
		'prehabilitation-rehabilitation',
		'clinical-assessment'
	),
	known(
		'Physiotherapy',
		'Design an individualised exercise programme that enables a person to regain physical function after cancer treatment',
		'prehabilitation-rehabilitation'
	),
	known(
		'Allied health professions',
		'Adapt communication to the needs of people with aphasia, hearing loss or a learning disability so that they can take part in decisions about their care',
		'accessible-communication',
		'shared-decision-making'
	),
	// Pharmacy
	known(
		'Pharmacy',
		'Undertake a clinical screen of chemotherapy prescriptions, verifying doses against protocol, renal and hepatic function and cumulative toxicity',
		'sact-care',
		'safe-care'
	),
	known(
		'Pharmacy',
		'Provide medicines counselling to patients starting oral anticancer medicines, including adherence, interactions and when to seek help',
		'sact-care',
		'patient-education',
		'sharing-information'
	),
	known(
		'Pharmacy',
		'Critically evaluate the evidence and cost-effectiveness of a new cancer medicine for inclusion on the local formulary',
		'using-evidence',
		'managing-resources'
	),
	// Pre-registration
	known(
		'Pre-registration nursing',
		'Describe the common signs and symptoms of cancer and the importance of early presentation to primary care',
		'screening-early-diagnosis'
	),
	known(
		'Pre-registration nursing',
		'Demonstrate person-centred communication skills when giving information to people receiving cancer treatment',
		'sharing-information'
	),
	known(
		'Pre-registration nursing',
		'Explain the terminology used to describe the stage, grade and intent of cancer treatment',
		'cancer-terminology'
	),
	known(
		'Pre-registration nursing',
		'Discuss the factors that contribute to inequalities in cancer outcomes among different population groups',
		'epidemiology-inequalities'
	),
	known(
		'Pre-registration nursing',
		'Maintain accurate, contemporaneous records and contribute to effective handover within the multidisciplinary team',
		'team-communication',
		'mdt-working'
	),
	// Master's level and advanced practice
	known(
		'Advanced practice',
		"Critically evaluate the advanced practitioner's role in the clinical assessment, diagnosis and management of people with suspected cancer",
		'clinical-assessment'
	),
	known(
		"Master's leadership",
		'Synthesise evidence from policy and research to develop a strategy for reducing variation in access to cancer services across a region',
		'service-development',
		'epidemiology-inequalities'
	),
	known(
		'Quality improvement',
		'Design a quality improvement project using a recognised methodology, including measures, baseline data and plan-do-study-act cycles',
		'audit-quality-improvement'
	),
	known(
		'Quality improvement',
		'Undertake an audit of practice against a national standard and make recommendations for improvement',
		'audit-quality-improvement'
	),
	known(
		"Master's ethics",
		'Critically reflect on the ethical and legal dimensions of consent and mental capacity in cancer care',
		'shared-decision-making',
		'professional-practice'
	),
	known(
		'Care coordination',
		'Collaborate with primary care, social care and voluntary sector partners to coordinate care for people with complex needs',
		'care-coordination'
	),
	known(
		'Leadership',
		'Lead a team through organisational change, supporting staff wellbeing and managing conflict',
		'leading-people'
	),
	known(
		'Cancer biology',
		'Analyse the molecular basis of cancer and its relevance to genomic testing and targeted treatment',
		'biology-of-cancer',
		'specialist-cancer-knowledge'
	),
	known(
		'Service evaluation',
		'Use patient-reported outcome measures and routinely collected data to evaluate the quality of a cancer service',
		'data-outcomes',
		'audit-quality-improvement'
	),
	known(
		'Site-specific cancer care',
		'Demonstrate in-depth knowledge of the diagnosis, treatment and care of people with a specific tumour type',
		'specialist-cancer-knowledge'
	)
];
