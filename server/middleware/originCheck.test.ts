// Unit tests of the pure Origin check.
import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from './originCheck';

describe('isOriginAllowed', () => {
  const none = { allowedOrigins: [] as string[] };
  it('allows a request without Origin (non-browser client)', () => {
    expect(isOriginAllowed(undefined, 'x.cn', none)).toBe(true);
  });
  it('refuses null and garbage origins', () => {
    expect(isOriginAllowed('null', 'x.cn', none)).toBe(false);
    expect(isOriginAllowed('not a url', 'x.cn', none)).toBe(false);
    expect(isOriginAllowed('file:///etc', 'x.cn', none)).toBe(false);
  });
  it('defaults to the Host header', () => {
    expect(isOriginAllowed('http://localhost:3000', 'localhost:3000', none)).toBe(true);
    expect(isOriginAllowed('https://X.cn', 'x.cn:443', none)).toBe(true);
    expect(isOriginAllowed('http://evil.cn', 'x.cn', none)).toBe(false);
    expect(isOriginAllowed('http://x.cn:8080', 'x.cn', none)).toBe(false);
    expect(isOriginAllowed('http://x.cn', undefined, none)).toBe(false);
  });
  it('uses the public origin when configured', () => {
    const policy = { publicOrigin: 'https://nj.example.cn/', allowedOrigins: [] };
    expect(isOriginAllowed('https://nj.example.cn', 'localhost', policy)).toBe(true);
    expect(isOriginAllowed('http://localhost', 'localhost', policy)).toBe(false);
  });
  it('accepts the allow-list', () => {
    const policy = { publicOrigin: 'https://nj.example.cn', allowedOrigins: ['http://localhost:5173'] };
    expect(isOriginAllowed('http://localhost:5173', 'nj.example.cn', policy)).toBe(true);
  });
});
