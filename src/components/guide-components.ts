import Aside from './Aside.astro';
import ServiceList from './ServiceList.astro';
import Steps from './Steps.astro';

/** Components a guide's MDX may use without importing them (see tests/fixtures/guide-format.md). */
export const guideComponents = { Aside, ServiceList, Steps };
