import Aside from './Aside.astro';
import GuideLink from './GuideLink.astro';
import SectionHeading from './SectionHeading.astro';
import ServiceList from './ServiceList.astro';
import Steps from './Steps.astro';

/**
 * Components a guide's MDX may use without importing them (see tests/fixtures/guide-format.md),
 * plus the elements we render our own way: `##` headings (copy link) and links (printed URLs).
 */
export const guideComponents = { Aside, ServiceList, Steps, h2: SectionHeading, a: GuideLink };
