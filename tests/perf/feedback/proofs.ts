import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { encodeSpamCheck } from '../../../src/api/spam-check.ts';
import type { StorageSettings } from '../../../src/server/db/database.ts';
import { openDatabase } from '../../../src/server/db/database.ts';
import { sharedSecret } from '../../../src/server/db/secrets.ts';
import { createSpamCheck } from '../../../src/server/spam/spam-check.ts';

/**
 * Solved spam challenges made ahead of a load run, so the load tool spends no time solving: signed
 * with the secrets the running service keeps in its database, exactly as its own challenges are.
 */
export async function solvedProofs(storage: StorageSettings, count: number, work: number): Promise<string[]> {
  const database = await openDatabase(storage);
  try {
    const now = new Date().toISOString();
    const signature = await sharedSecret(database.db, 'spam-check-signature', now);
    const key = await sharedSecret(database.db, 'spam-check-key', now);
    const check = createSpamCheck({ signature, key }, { work, lifetimeSeconds: 3600 }, () => new Date());
    const proofs: string[] = [];
    for (let index = 0; index < count; index++) {
      const challenge = await check.challenge();
      const solution = await solveChallenge({ challenge, deriveKey });
      if (!solution) throw new Error('a benchmark challenge could not be solved');
      proofs.push(
        encodeSpamCheck({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } }),
      );
    }
    return proofs;
  } finally {
    await database.close();
  }
}
