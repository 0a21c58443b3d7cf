import { z } from 'zod';

// Zod 4 tries to compile validators with `new Function`. Our Content-Security-Policy has no
// 'unsafe-eval', so the attempt is blocked and reported as a violation in the reader's console;
// jitless mode never tries. Every schema of the API imports `z` from here so the setting applies.
z.config({ jitless: true });

export { z };
