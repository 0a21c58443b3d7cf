import { managerDe } from '../manager/de.ts';
import { sandboxDe } from '../sandbox/de.ts';
import { walkthroughDe } from '../walkthrough/de.ts';

/** What the practice Manager and the walkthroughs say, in one language: loaded on the first "Try it". */
export default { ...managerDe, ...sandboxDe, ...walkthroughDe };
