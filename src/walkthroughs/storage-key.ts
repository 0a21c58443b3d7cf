/**
 * Where a running walkthrough keeps its progress (localStorage). Its own module so the guide page's
 * starter can look for a walkthrough to resume without loading the engine.
 */
export const progressStorageKey = 'help-center:walkthrough:v1';
