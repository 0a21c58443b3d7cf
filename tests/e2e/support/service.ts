/**
 * The feedback service as the browser tests run it: the real service (src/server/), on a fresh
 * database, plus one route production never has, `POST /__test__/faults`, with which a test plans
 * failures of the submissions whose body contains its own marker (tests run in parallel).
 * `npm start` runs src/server/main.ts, which cannot turn this on.
 */
import { rmSync } from 'node:fs';
import { Hono } from 'hono';
import { readConfig } from '../../../src/server/config.ts';
import type { Fault } from '../../../src/server/feedback/routes.ts';
import { createLog } from '../../../src/server/log.ts';
import { createService, listen } from '../../../src/server/service.ts';

const plans: { marker: string; faults: Fault[] }[] = [];

const config = readConfig(process.env);
if (process.env.FRESH_DATA === 'true') rmSync(config.storage.dataDir, { recursive: true, force: true });
const log = createLog();
const service = await createService(config, {
  log,
  faults: {
    next(body) {
      const plan = plans.find((candidate) => candidate.faults.length > 0 && body.includes(candidate.marker));
      return plan?.faults.shift();
    },
  },
});

const app = new Hono();
app.post('/__test__/faults', async (context) => {
  const { marker, faults } = (await context.req.json()) as { marker: string; faults: Fault[] };
  plans.push({ marker, faults: [...faults] });
  return context.json({ planned: faults.length });
});
app.route('/', service.app);
const { port } = await listen(app, config);
log.info('listening', { url: `http://${config.host}:${port}${config.basePath}`, database: service.database.engine });
