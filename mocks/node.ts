import { setupServer } from 'msw/node';
import { createHandlers, type HandlerOptions } from './handlers/index.ts';

/** The mock backend for Node (Vitest): pass an absolute base such as `http://sandbox.test/api/`. */
export function createMockServer(base: string, options: HandlerOptions = {}) {
  return setupServer(...createHandlers(base, options));
}
