/**
 * Learning outcomes written the way university modules word them, with the
 * capability a careful educator would map each to. Used by the suggestion test
 * and by npm run bench; the outcomes are this project's own examples.
 */
export const KNOWN_OUTCOMES: [outcome: string, expected: string][] = [
	[
		'Explain how cancer cells grow, invade and metastasise, and how this informs treatment choices',
		'biology-of-cancer'
	],
	[
		'Discuss the epidemiology of cancer in the UK and the inequalities in incidence and survival',
		'epidemiology-inequalities'
	],
	[
		'Describe the national screening programmes and the signs that warrant urgent referral for suspected cancer',
		'screening-early-diagnosis'
	],
	[
		'Outline the faster diagnosis standard and the stages of the cancer pathway from referral to treatment',
		'cancer-pathway'
	],
	[
		'Communicate significant news sensitively, including breaking bad news to patients and families',
		'difficult-conversations'
	],
	[
		'Recognise signs of psychological distress and refer to psychological support services',
		'psychological-support'
	],
	[
		'Support patients to make informed decisions about treatment and obtain valid consent',
		'shared-decision-making'
	],
	[
		'Complete a holistic needs assessment and agree a personalised care plan with the patient',
		'holistic-needs-assessment'
	],
	['Safely administer SACT and manage common side effects of chemotherapy', 'sact-care'],
	[
		'Critically evaluate the management of skin reactions and fatigue during radiotherapy',
		'radiotherapy-care'
	],
	[
		'Recognise and escalate oncological emergencies such as neutropenic sepsis and spinal cord compression',
		'acute-oncology'
	],
	[
		'Apply principles of prehabilitation and rehabilitation to improve function before and after treatment',
		'prehabilitation-rehabilitation'
	],
	[
		'Identify long-term and late effects of cancer treatment and plan survivorship care',
		'consequences-of-treatment'
	],
	['Signpost patients to financial, employment and benefits advice', 'practical-support'],
	['Manage pain and other symptoms in palliative care', 'palliative-supportive-care'],
	[
		'Provide compassionate care for dying patients and their families in the last days of life',
		'end-of-life-care'
	],
	['Contribute effectively to the multidisciplinary team meeting', 'mdt-working'],
	['Coordinate care across primary, secondary and community services', 'care-coordination'],
	[
		'Practise within legal, ethical and professional frameworks including the NMC Code',
		'professional-practice'
	],
	['Lead, supervise and develop a team of staff', 'leading-people'],
	[
		'Reflect on own practice and identify learning needs for continuing professional development',
		'own-development'
	],
	['Educate patients and carers to self-manage their condition', 'patient-education'],
	['Design, deliver and evaluate an education programme for colleagues', 'designing-education'],
	['Critically appraise research evidence and apply it to practice', 'using-evidence'],
	[
		'Undertake a clinical audit and lead a quality improvement project',
		'audit-quality-improvement'
	],
	['Support recruitment of patients to clinical trials', 'research-delivery'],
	['Design a research study and secure ethical approval', 'research-design'],
	['Use outcome data and patient-reported outcome measures to evaluate a service', 'data-outcomes'],
	[
		'Describe the role of surgery and interventional procedures in cancer treatment',
		'surgery-interventions'
	],
	['Assess and manage risk, and safeguard vulnerable adults', 'safe-care']
];
