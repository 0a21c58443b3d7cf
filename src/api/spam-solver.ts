import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { encodeSpamCheck, type SpamChallenge } from './spam-check.ts';

/**
 * Solves the service's proof-of-work challenge in the browser (Web Crypto) and returns the header
 * value that proves it, or undefined when it could not be solved in time. Loaded only when a
 * submission is being sent.
 */
export async function solveSpamCheck(challenge: SpamChallenge, timeoutMs = 20_000): Promise<string | undefined> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: timeoutMs });
  if (!solution) return undefined;
  return encodeSpamCheck({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } });
}
