import type { ApiError } from './errors.ts';

/** Codes of failures that never reached the API, next to the API's own error codes. */
export type ClientErrorCode = ApiError['code'] | 'network' | 'unexpected-response';

/** Thrown by the client for every failed call: the HTTP status (0 offline) and the API's error body. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly body: ApiError | null;

  constructor(status: number, code: ClientErrorCode, body: ApiError | null = null) {
    super(`API request failed: ${status} ${code}`);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.body = body;
  }

  get fieldErrors(): Record<string, string> {
    return this.body?.fieldErrors ?? {};
  }
}
