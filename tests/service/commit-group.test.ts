import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commitGroup, type Write } from '../../src/server/db/commit-group.ts';
import { type OpenDatabase, openDatabase } from '../../src/server/db/database.ts';
import { engine, freshStorage, type TestStorage } from './harness.ts';

let storage: TestStorage;
let database: OpenDatabase;

beforeEach(async () => {
  storage = await freshStorage();
  database = await openDatabase(storage.settings);
  // A parent checked only at the commit: a write that is fine on its own but makes its commit fail.
  await sql`create table note (id integer primary key, parent integer references note (id) deferrable initially deferred)`.execute(
    database.db,
  );
});
afterEach(async () => {
  await database.close();
  await storage.drop();
});

const addNote =
  (id: number, parent: number | null = null) =>
  (trx: Parameters<Parameters<Write>[0]>[0]) =>
    sql`insert into note (id, parent) values (${id}, ${parent})`.execute(trx).then(() => id);

const storedNotes = async () =>
  (await sql<{ id: number }>`select id from note order by id`.execute(database.db)).rows.map((row) => Number(row.id));

const settle = (writes: Promise<unknown>[]) =>
  Promise.allSettled(writes).then((results) => results.map((result) => result.status));

describe(`writes grouped into one commit, on ${engine}`, () => {
  test('a write that fails is undone alone: the others in its group are stored', async () => {
    const write = commitGroup(database.db);
    const refusal = new Error('this write gives up');
    const outcomes = await settle([
      write(addNote(1)),
      write(async (trx) => {
        await addNote(2)(trx);
        throw refusal;
      }),
      write(addNote(3)),
    ]);
    expect(outcomes).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await storedNotes()).toEqual([1, 3]);
  });

  test('when the shared commit fails, every write in it fails and nothing of it is stored', async () => {
    const write = commitGroup(database.db);
    const outcomes = await settle([write(addNote(1)), write(addNote(2, 999)), write(addNote(3))]);
    expect(outcomes).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await storedNotes()).toEqual([]);
    // The database is usable again at once.
    expect(await write(addNote(4))).toBe(4);
    expect(await storedNotes()).toEqual([4]);
  });

  test('each write resolves with its own value, in a group as alone', async () => {
    const write = commitGroup(database.db);
    expect(await Promise.all([1, 2, 3, 4, 5].map((id) => write(addNote(id))))).toEqual([1, 2, 3, 4, 5]);
    expect(await write(addNote(6))).toBe(6);
  });

  test('the engine’s own way of writing submissions', async () => {
    const outcomes = await settle([database.write(addNote(1)), database.write(addNote(2, 999))]);
    if (engine === 'sqlite') {
      // One writer, and a commit waits for the disk: submissions arriving together share it.
      expect(outcomes).toEqual(['rejected', 'rejected']);
      expect(await storedNotes()).toEqual([]);
    } else {
      // PostgreSQL shares the disk flush between concurrent transactions itself: one each.
      expect(outcomes).toEqual(['fulfilled', 'rejected']);
      expect(await storedNotes()).toEqual([1]);
    }
  });
});
