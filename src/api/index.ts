/** The API contract: schemas and their types, the routes, and the typed client. */
export * from './account.ts';
export * from './activity.ts';
export * from './client.ts';
export * from './client-error.ts';
export * from './domains.ts';
export * from './errors.ts';
export * from './feedback.ts';
export * from './ksuite.ts';
export * from './organizations.ts';
export * from './payments.ts';
export * from './profile.ts';
export * from './routes.ts';
export * from './sandbox.ts';
export * from './security.ts';
