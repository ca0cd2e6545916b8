import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, toApiError } from './http';

describe('API errors', () => {
  it('keeps a Chinese server message', () => {
    const e = toApiError(409, { error: { code: 'bad-structure', message: '条目只能放在分目下' } });
    expect(e.message).toBe('条目只能放在分目下');
    expect(e.code).toBe('bad-structure');
    expect(e.fromServer).toBe(true);
  });

  it('drops the English field name in front of a Chinese validation message', () => {
    expect(toApiError(400, { error: { code: 'validation', message: 'parentId: 条目必须位于分目或子分目之下。' } }).message).toBe('条目必须位于分目或子分目之下。');
  });

  it('replaces an English or missing message by a Chinese one for the status', () => {
    expect(toApiError(400, { error: { code: 'validation', message: 'title: Required' } }).message).toBe('提交的内容有误，请检查后重试');
    expect(toApiError(403, null).message).toBe('没有权限执行此操作');
    expect(toApiError(502, undefined).message).toBe('服务器出错，请稍后再试');
    expect(toApiError(403, null).fromServer).toBe(false);
  });

  it('gives a Chinese message for anything thrown', () => {
    expect(errorMessage(new ApiError(0, 'network', '无法连接'))).toBe('无法连接');
    expect(errorMessage(new TypeError('x'))).toMatch(/意外错误/);
  });
});

describe('early responses', () => {
  it("answers a page's first GET with the start-up script's response, once", async () => {
    const { request } = await import('./http');
    let fetched = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async () => {
      fetched++;
      return new Response(JSON.stringify({ from: 'fetch' }), { status: 200 });
    }) as typeof fetch;
    (globalThis as { window?: unknown }).window = {
      __nianjianEarly: { responses: { '/api/yearbooks': Promise.resolve(new Response(JSON.stringify({ from: 'early' }), { status: 200 })) } },
    };
    try {
      expect(await request('GET', '/api/yearbooks')).toEqual({ from: 'early' });
      expect(fetched).toBe(0);
      expect(await request('GET', '/api/yearbooks')).toEqual({ from: 'fetch' });
      expect(fetched).toBe(1);
    } finally {
      globalThis.fetch = realFetch;
      delete (globalThis as { window?: unknown }).window;
    }
  });
});
