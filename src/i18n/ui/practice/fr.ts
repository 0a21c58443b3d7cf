import { managerFr } from '../manager/fr.ts';
import { sandboxFr } from '../sandbox/fr.ts';
import { walkthroughFr } from '../walkthrough/fr.ts';

/** What the practice Manager and the walkthroughs say, in one language: loaded on the first "Try it". */
export default { ...managerFr, ...sandboxFr, ...walkthroughFr };
