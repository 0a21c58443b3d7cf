/**
 * `npm start` (after the build) and production: the feedback service and the built site in one
 * process. Reads its settings from the environment (README, "The feedback service").
 */
import { ConfigError, readConfig } from './config.ts';
import { createLog } from './log.ts';
import { createService, listen } from './service.ts';

const log = createLog();
try {
  const config = readConfig(process.env);
  const service = await createService(config, { log });
  const { server, port } = await listen(service.app, config);
  log.info('listening', {
    url: `http://${config.host}:${port}${config.basePath}`,
    database: service.database.engine,
    site: config.siteDir ?? 'none',
  });
  const stop = (signal: string) => {
    log.info('stopping', { signal });
    server.close(() => void service.close().then(() => process.exit(0)));
    // Connections that stay open (keep-alive) must not hold the process forever.
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    log.error('could not start', { error: error instanceof Error ? error.message : String(error) });
  }
  process.exit(1);
}
