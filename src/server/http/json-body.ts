import type { Context } from 'hono';
import { fail } from './respond.ts';

/**
 * The JSON a request carries, or the 4xx that refuses it: 415 when it says it is not JSON, 413
 * past `maxBytes` (the app's bodyLimit stops longer streams before they are read), 400 when it is
 * not UTF-8 or not JSON.
 */
export async function readJson(
  context: Context,
  maxBytes = 16 * 1024,
): Promise<{ json: unknown } | { response: Response }> {
  const type = (context.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { response: fail(context, 415, { code: 'unsupported-media-type' }) };
  }
  const bytes = new Uint8Array(await context.req.arrayBuffer());
  if (bytes.length > maxBytes) return { response: fail(context, 413, { code: 'payload-too-large' }) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { response: fail(context, 400, { code: 'invalid-input', fieldErrors: { body: 'invalid-encoding' } }) };
  }
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { response: fail(context, 400, { code: 'invalid-input', fieldErrors: { body: 'invalid-json' } }) };
  }
}
