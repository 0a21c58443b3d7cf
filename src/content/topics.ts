/** Topics group the guides on the home and topic pages. Names and blurbs live in the UI dictionaries. */
export const topicIds = ['account', 'organizations', 'billing', 'domains', 'security', 'feedback'] as const;

export type TopicId = (typeof topicIds)[number];
