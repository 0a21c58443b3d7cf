/**
 * `npm run feedback -- export [--format jsonl|csv] [--service ID] [--guide SLUG] [--since DATE]
 * [--type feedback|guide-answer]`: prints what the service stored, oldest first. Reads DATA_DIR /
 * DATABASE_URL like the service, and works while it runs (the embedded database is in WAL mode).
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { feedbackRows, guideAnswerRows } from '../db/export.ts';
import {
  csvHeader,
  csvLine,
  type ExportRecord,
  feedbackRecord,
  guideAnswerRecord,
  jsonLine,
} from '../feedback/export-format.ts';
import { parseSince, UsageError } from './usage.ts';

const usage = `Usage: npm run feedback -- export [options]

  --format jsonl|csv           one JSON object a line (default), or CSV for a spreadsheet
  --service ID                 only feedback about this service (e.g. kdrive)
  --guide SLUG                 only answers about this guide (e.g. recovery-email)
  --since DATE                 only what arrived since, e.g. 2026-12-01 or 2026-12-01T08:00:00Z
  --type feedback|guide-answer only one kind of submission (default: both)`;

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      service: { type: 'string' },
      guide: { type: 'string' },
      since: { type: 'string' },
      type: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(usage);
  if (positionals[0] !== 'export' || positionals.length > 1) throw new UsageError(usage);
  if (values.format !== 'jsonl' && values.format !== 'csv')
    throw new UsageError(`--format must be jsonl or csv.\n\n${usage}`);
  if (values.type && values.type !== 'feedback' && values.type !== 'guide-answer') {
    throw new UsageError(`--type must be feedback or guide-answer.\n\n${usage}`);
  }
  const since = values.since === undefined ? undefined : parseSince(values.since);
  // A filter on a service leaves out guide answers, and one on a guide leaves out feedback.
  const types = new Set(
    values.type
      ? [values.type]
      : values.service
        ? ['feedback']
        : values.guide
          ? ['guide-answer']
          : ['feedback', 'guide-answer'],
  );
  const format = values.format === 'csv' ? csvLine : jsonLine;

  const config = readConfig(process.env);
  const database = await openDatabase(config.storage);
  try {
    const records: AsyncIterable<ExportRecord>[] = [];
    if (types.has('feedback'))
      records.push(map(feedbackRows(database.db, { service: values.service, since }), feedbackRecord));
    if (types.has('guide-answer')) {
      records.push(map(guideAnswerRows(database.db, { guide: values.guide, since }), guideAnswerRecord));
    }
    if (values.format === 'csv') await write(csvHeader);
    for (const source of records) for await (const record of source) await write(format(record));
  } finally {
    await database.close();
  }
}

async function* map<Row>(rows: AsyncIterable<Row>, toRecord: (row: Row) => ExportRecord): AsyncGenerator<ExportRecord> {
  for await (const row of rows) yield toRecord(row);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
