// The one fetch wrapper under every client/api module: JSON in and out, same-origin cookies,
// and every failure (network, 4xx, 5xx) turned into an ApiError whose message is Chinese.
import type { ApiErrorBody } from '@shared/domain/types';
import { takeEarlyResponse } from './earlyResponses';

/** A failed API call; `message` is ready to show to the user. */
export class ApiError extends Error {
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** The server's stable error code (`network` when unreachable). */
  readonly code: string;
  /** True when `message` is the server's own (Chinese) message rather than our fallback. */
  readonly fromServer: boolean;

  constructor(status: number, code: string, message: string, fromServer = false) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fromServer = fromServer;
  }
}

const CJK = /[\u3400-\u9fff]/;

/** The message for a status when the server sent none in Chinese. */
export function fallbackMessage(status: number): string {
  if (status === 0) return '无法连接服务器，请检查网络后重试';
  if (status === 400 || status === 422) return '提交的内容有误，请检查后重试';
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '找不到要访问的内容，可能已被删除';
  if (status === 409) return '操作冲突：内容已被他人修改，请刷新后重试';
  if (status === 413) return '提交的内容太大';
  if (status === 408) return '服务器长时间没有响应，请稍后重试';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务器出错，请稍后再试';
  return `请求失败（${status}）`;
}

/** Builds the ApiError for a non-2xx answer; the server's message wins when it is Chinese. */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as Partial<ApiErrorBody> | null)?.error;
  const code = typeof err?.code === 'string' ? err.code : `http-${status}`;
  const serverMessage = typeof err?.message === 'string' ? err.message : '';
  // English server messages (e.g. zod's "title: Required") are not shown raw to the user.
  const fromServer = CJK.test(serverMessage);
  // A validation message comes as "field: 中文说明"; the English field name means nothing to users.
  const shown = serverMessage.replace(/^[A-Za-z][\w.[\]]*: (?=.*[\u3400-\u9fff])/, '');
  return new ApiError(status, code, fromServer ? shown : fallbackMessage(status), fromServer);
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener | null = null;

/** Registers what to do when a call answers 401 (the session provider signs the user out). */
export function setUnauthorizedListener(listener: UnauthorizedListener | null): void {
  onUnauthorized = listener;
}

/** Options of one request. */
export interface RequestOptions {
  /** JSON body (sent with content-type application/json). */
  body?: unknown;
  /** Do not treat a 401 as "session ended" (sign-in itself, session probe). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
  /** Gives up after this long (a request never leaves a button spinning for ever). */
  timeoutMs?: number;
}

/** Default time a call may take before it fails with a "no answer" message. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Calls the API; resolves with the parsed JSON (undefined for 204), rejects with ApiError. */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? REQUEST_TIMEOUT_MS);
  // The page's first GETs may already be under way, sent by index.html's start-up script.
  const early = method === 'GET' && opts.body === undefined && !opts.signal ? takeEarlyResponse(path) : undefined;
  try {
    res = early ? await untilAborted(early, timeout) : await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: opts.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout,
    });
  } catch (err) {
    if (timeout.aborted) throw new ApiError(408, 'timeout', fallbackMessage(408));
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', fallbackMessage(0));
  }
  const text = await res.text().catch(() => '');
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!res.ok) {
    if (res.status === 401 && !opts.allowUnauthorized) onUnauthorized?.();
    throw toApiError(res.status, body);
  }
  return body as T;
}

/** `response`, or an AbortError once `signal` aborts (a started fetch has its own signal). */
function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** The message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '出现了意外错误，请刷新页面后重试';
}
