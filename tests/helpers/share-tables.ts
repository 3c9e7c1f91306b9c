import { inject } from 'vitest';
import { shareMadeTables } from '../../src/search/made-tables.ts';

/**
 * Before each test file (a setup file): the related-words tables this worker makes are shared with the run's other
 * workers through the folder the global setup made. Most files index SG/2084 or the layout fixtures, in whichever
 * worker runs them; reducing WordNet to a corpus costs one to two seconds of CPU, and each worker did it for each of
 * those corpora. The tables are the same (named by their key), and the reduction itself is tested where it is called
 * (tests/unit/wordnet-reduce.test.ts and the files that time or count it, which use corpora of their own).
 */
shareMadeTables(inject('madeTablesDir'));
