/**
 * Queries a reader would type, with the SG/2084 paragraphs that answer them. Written from the reader's side (what
 * they remember or call it), not from the index; `npm run eval` prints recall@3 and MRR over it.
 */
export interface RelevanceCase {
	query: string;
	category: 'acronym' | 'synonym' | 'spelling' | 'hyphen' | 'stemming' | 'typo' | 'phrase' | 'exclusion' | 'topic';
	/** Paragraph numbers that answer the query, best first. */
	relevant: number[];
}

export const RELEVANCE_TABLE: RelevanceCase[] = [
	{ query: 'WMD', category: 'acronym', relevant: [8, 1] },
	{ query: 'UNSC', category: 'acronym', relevant: [2, 3] },
	{ query: 'CTC', category: 'acronym', relevant: [3] },
	{ query: 'NPT', category: 'acronym', relevant: [8] },
	{ query: 'U.N. charter', category: 'acronym', relevant: [2] },
	{ query: 'child soldiers', category: 'synonym', relevant: [6] },
	{ query: 'terrorists', category: 'synonym', relevant: [3, 4, 5, 10, 1] },
	{ query: 'nuclear weapons', category: 'synonym', relevant: [8, 1] },
	{ query: 'drug trafficking', category: 'synonym', relevant: [1] },
	{ query: 'military force', category: 'synonym', relevant: [2] },
	{ query: 'racism', category: 'synonym', relevant: [5] },
	{ query: 'civilisations', category: 'spelling', relevant: [5, 10] },
	{ query: 'organised crime', category: 'spelling', relevant: [1] },
	{ query: 'renewed vigour', category: 'spelling', relevant: [9] },
	{ query: 'nonproliferation', category: 'hyphen', relevant: [8] },
	{ query: 'non proliferation', category: 'hyphen', relevant: [8] },
	{ query: 'peacebuilding', category: 'hyphen', relevant: [7] },
	{ query: 'counterterrorism', category: 'hyphen', relevant: [3, 4] },
	{ query: 'counter terrorism committee', category: 'hyphen', relevant: [3] },
	{ query: 'prevent conflict', category: 'stemming', relevant: [9] },
	{ query: 'protecting civilians', category: 'stemming', relevant: [6] },
	{ query: 'discriminated cultures', category: 'stemming', relevant: [5] },
	{ query: 'multilateral treaties', category: 'stemming', relevant: [8] },
	{ query: 'terorism', category: 'typo', relevant: [3, 4, 10] },
	{ query: 'disarmamant', category: 'typo', relevant: [8] },
	{ query: 'tolerence', category: 'typo', relevant: [5] },
	{ query: 'povrety', category: 'typo', relevant: [7, 1] },
	{ query: 'civillians', category: 'typo', relevant: [6] },
	{ query: '"use of force"', category: 'phrase', relevant: [2] },
	{ query: '"weapons of mass destruction"', category: 'phrase', relevant: [8, 1] },
	{ query: '"dialogue among civilizations"', category: 'phrase', relevant: [5, 10] },
	{ query: 'children -terrorism', category: 'exclusion', relevant: [6] },
	{ query: 'cooperation -terrorism', category: 'exclusion', relevant: [8, 9] },
	{ query: 'human rights', category: 'topic', relevant: [4, 10, 1] },
	{ query: 'small arms', category: 'topic', relevant: [8] },
	{ query: 'what did they say about small arms', category: 'topic', relevant: [8] },
	{ query: 'resolution 1373', category: 'topic', relevant: [3] },
	{ query: 'further consultations', category: 'topic', relevant: [10] },
	{ query: 'religious tolerance', category: 'topic', relevant: [5] },
	{ query: 'multilingualism', category: 'topic', relevant: [5] },
	{ query: 'poverty', category: 'topic', relevant: [7, 1] },
	{ query: 'high-level meetings', category: 'topic', relevant: [2, 1] },
	{ query: 'exchange of information', category: 'topic', relevant: [2] },
	{ query: 'monitoring and peer review', category: 'topic', relevant: [6] },
	{ query: 'development agenda', category: 'topic', relevant: [7] },
	{ query: 'new threats converging', category: 'topic', relevant: [1] },
];
