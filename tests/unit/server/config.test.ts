import { describe, expect, test } from 'vitest';
import { ConfigError, readConfig } from '../../../src/server/config.ts';

describe('the service’s settings', () => {
  test('defaults: the embedded database in ./data, the site from ./dist, on 127.0.0.1:4321', () => {
    expect(readConfig({})).toMatchObject({
      host: '127.0.0.1',
      port: 4321,
      basePath: '/',
      siteDir: './dist',
      storage: { dataDir: './data', databaseUrl: undefined },
      trustedProxies: 0,
      allowedOrigins: [],
      retentionDays: 730,
    });
  });

  test('reads PostgreSQL, origins, proxies and a base path', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://feedback@db.internal/feedback',
      ALLOWED_ORIGINS: 'https://help.example.com, https://aide.example.com',
      TRUST_PROXY: 'true',
      BASE_PATH: '/support/faq',
      SERVE_SITE: 'false',
    });
    expect(config).toMatchObject({
      storage: { databaseUrl: 'postgres://feedback@db.internal/feedback' },
      allowedOrigins: ['https://help.example.com', 'https://aide.example.com'],
      trustedProxies: 1,
      basePath: '/support/faq/',
      siteDir: undefined,
    });
  });

  test('every problem at once, each saying how to fix it', () => {
    expect(() =>
      readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', FEEDBACK_RETENTION_DAYS: '0', TRUST_PROXY: 'maybe' }),
    ).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', FEEDBACK_RETENTION_DAYS: '0', TRUST_PROXY: 'maybe' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT must be a whole number.');
      expect(message).toContain('DATABASE_URL must be a postgres:// URL');
      expect(message).toContain('FEEDBACK_RETENTION_DAYS must be at least 1.');
      expect(message).toContain('TRUST_PROXY must be the number of proxies');
    }
  });

  test('an origin with a path is refused', () => {
    expect(() => readConfig({ ALLOWED_ORIGINS: 'https://help.example.com/faq/' })).toThrow(
      /ALLOWED_ORIGINS must list origins/,
    );
  });
});
