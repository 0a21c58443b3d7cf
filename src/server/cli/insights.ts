/**
 * `npm run insights -- report [--locale xx] [--days N]`: the "what to fix next" list in the
 * terminal, for writers who live there. Reads DATA_DIR / DATABASE_URL like the service.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readGuideFacts } from '../../content/guide-files.ts';
import { insightPeriods } from '../../api/insight-values.ts';
import { isLocale } from '../../i18n/locales.ts';
import { ConfigError, readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { foldAll } from '../db/insight-events.ts';
import { insightsOverview } from '../insights/overview.ts';
import { reportText } from '../insights/report.ts';
import { UsageError } from './usage.ts';

const usage = `Usage: npm run insights -- report [--locale en|fr|de|it|es] [--days N]

  --locale   one language only (default: all five)
  --days     the period, ending today: 7, 30 (the default) or 90 days`;

async function main(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      locale: { type: 'string' },
      days: { type: 'string', default: '30' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage;
  if (positionals[0] !== 'report' || positionals.length > 1) throw new UsageError(usage);
  const days = Number(values.days);
  if (!(insightPeriods as readonly number[]).includes(days))
    throw new UsageError(`--days must be 7, 30 or 90.\n\n${usage}`);
  if (values.locale !== undefined && !isLocale(values.locale))
    throw new UsageError(`--locale must be one of en, fr, de, it, es.\n\n${usage}`);
  const config = readConfig(process.env);
  const database = await openDatabase(config.storage);
  try {
    await foldAll(database.db, new Date().toISOString().slice(0, 10));
    const insights = await insightsOverview(database.db, { days, locale: values.locale, now: new Date() });
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    return reportText(insights, readGuideFacts(root), { locale: values.locale, basePath: config.basePath });
  } finally {
    await database.close();
  }
}

try {
  console.log(await main(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`The report failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
