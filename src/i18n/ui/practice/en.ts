import { managerEn } from '../manager/en.ts';
import { sandboxEn } from '../sandbox/en.ts';
import { walkthroughEn } from '../walkthrough/en.ts';

/** What the practice Manager and the walkthroughs say, in one language: loaded on the first "Try it". */
export default { ...managerEn, ...sandboxEn, ...walkthroughEn };
