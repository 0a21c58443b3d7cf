import type { AstroIntegration } from 'astro';

/**
 * Under `astro dev`, the feedback service answers its own routes (`<base>api/feedback`…) on the
 * dev server itself, on the same database as `npm start`, so the forms work while writing. Loaded
 * only by the dev server: a build never imports the service.
 */
export function feedbackServiceInDev(): AstroIntegration {
  return {
    name: 'help-center:feedback-service-dev',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        // Unit tests start a dev server too (getViteConfig): they build their own service.
        if (process.env.VITEST) return;
        const [{ getRequestListener }, { readConfig }, { createService }, { isServiceRoute }] = await Promise.all([
          import('@hono/node-server'),
          import('../server/config.ts'),
          import('../server/service.ts'),
          import('../api/routes.ts'),
        ]);
        const config = readConfig({ ...process.env, SERVE_SITE: 'false', BASE_PATH: server.config.base });
        const service = await createService(config);
        const listener = getRequestListener(service.app.fetch);
        const apiPrefix = `${config.basePath}api/`;
        logger.info(`feedback service answers ${apiPrefix} (${service.database.location})`);
        server.httpServer?.once('close', () => void service.close());
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith(apiPrefix) || !isServiceRoute(path.slice(apiPrefix.length))) return next();
          void listener(request, response);
        });
      },
    },
  };
}
