import { describe, expect, it } from 'vitest';
import { dataPath, matchPage, PAGE_ROUTES } from './pageRoutes';

describe('page routes', () => {
  it('finds the page of an address with its decoded id', () => {
    expect(matchPage('/entries/abc')).toEqual({ name: 'entry', id: 'abc' });
    expect(matchPage('/entries/a%2Fb')).toEqual({ name: 'entry', id: 'a/b' });
    expect(matchPage('/yearbooks/y1/outline')).toEqual({ name: 'outline', id: 'y1' });
    expect(matchPage('/')).toEqual({ name: 'yearbooks', id: null });
    expect(matchPage('/entries/abc/more')).toBeNull();
    expect(matchPage('/signin')).toBeNull();
  });

  it('fills the id into a page data path as the API client encodes it', () => {
    expect(dataPath(PAGE_ROUTES.entry.data[0], 'a/b')).toBe('/api/entries/a%2Fb');
    expect(dataPath('/api/yearbooks', null)).toBe('/api/yearbooks');
  });
});
