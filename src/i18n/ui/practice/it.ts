import { managerIt } from '../manager/it.ts';
import { sandboxIt } from '../sandbox/it.ts';
import { walkthroughIt } from '../walkthrough/it.ts';

/** What the practice Manager and the walkthroughs say, in one language: loaded on the first "Try it". */
export default { ...managerIt, ...sandboxIt, ...walkthroughIt };
