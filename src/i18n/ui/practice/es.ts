import { managerEs } from '../manager/es.ts';
import { sandboxEs } from '../sandbox/es.ts';
import { walkthroughEs } from '../walkthrough/es.ts';

/** What the practice Manager and the walkthroughs say, in one language: loaded on the first "Try it". */
export default { ...managerEs, ...sandboxEs, ...walkthroughEs };
