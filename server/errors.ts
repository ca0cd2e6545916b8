// The one error type of the server: services and routes throw AppError, and app.onError turns it
// into `{ error: { code, message } }` with its status. Anything else is a logged 500.

/** HTTP statuses AppError may carry. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;

/** An expected failure with a status, a stable English code and a Chinese message for the user. */
export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 400: the input is malformed; the message names the field. */
export const badRequest = (message: string, code = 'bad_request') => new AppError(400, code, message);
/** 401: no valid session. */
export const unauthorized = (message = '请先登录。') => new AppError(401, 'unauthorized', message);
/** 403: signed in but not allowed. */
export const forbidden = (message = '您没有权限执行此操作。', code = 'forbidden') => new AppError(403, code, message);
/** 404: no such thing (or not visible). */
export const notFound = (what: string) => new AppError(404, 'not_found', `${what}不存在。`);
/** 409: the request conflicts with the current state. */
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message);
/** 422: well-formed, but breaks a domain rule (e.g. outline structure). */
export const unprocessable = (message: string, code = 'invalid_structure') => new AppError(422, code, message);
