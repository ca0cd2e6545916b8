// Yearbooks and their members on every backend.
import { expect, it } from 'vitest';
import { describeEachBackend } from './backends';
import { makeUser, makeYearbook, newId } from './records';

describeEachBackend('storage: yearbooks and members', (ctx) => {
  it('creates, finds and lists yearbooks in creation order', async () => {
    const { yearbooks } = ctx.storage;
    const older = makeYearbook({ createdAt: '2024-01-01T00:00:00.000Z', level: 'county', placeName: '成都市青白江区' });
    const newer = makeYearbook({ createdAt: '2024-02-01T00:00:00.000Z', glossary: '{"terms":[]}', outlineVersion: 7 });
    await yearbooks.create(newer);
    await yearbooks.create(older);

    expect(await yearbooks.findById(older.id)).toEqual(older);
    expect(await yearbooks.findById(newer.id)).toEqual(newer);
    expect(await yearbooks.findById(newId())).toBeUndefined();
    const ids = (await yearbooks.list()).map((y) => y.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
  });

  it('sets the glossary', async () => {
    const yearbook = makeYearbook();
    await ctx.storage.yearbooks.create(yearbook);
    await ctx.storage.yearbooks.setGlossary(yearbook.id, '{"abbreviations":{"市委":"中共成都市委员会"}}');
    expect((await ctx.storage.yearbooks.findById(yearbook.id))?.glossary).toBe(
      '{"abbreviations":{"市委":"中共成都市委员会"}}',
    );
  });

  it('upserts, finds, lists and removes members', async () => {
    const { users, yearbooks, members } = ctx.storage;
    const yearbook = makeYearbook();
    const [alice, bob] = [makeUser(), makeUser()];
    await yearbooks.create(yearbook);
    await users.create(alice);
    await users.create(bob);

    await members.upsert({ yearbookId: yearbook.id, userId: alice.id, role: 'editor' });
    await members.upsert({ yearbookId: yearbook.id, userId: bob.id, role: 'reviewer' });
    expect(await members.find(yearbook.id, alice.id)).toEqual({ yearbookId: yearbook.id, userId: alice.id, role: 'editor' });

    await members.upsert({ yearbookId: yearbook.id, userId: alice.id, role: 'chief-editor' });
    expect((await members.find(yearbook.id, alice.id))?.role).toBe('chief-editor');
    const listed = await members.list(yearbook.id);
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(
      expect.arrayContaining([
        { yearbookId: yearbook.id, userId: alice.id, role: 'chief-editor' },
        { yearbookId: yearbook.id, userId: bob.id, role: 'reviewer' },
      ]),
    );

    expect(await members.remove(yearbook.id, bob.id)).toBe(true);
    expect(await members.remove(yearbook.id, bob.id)).toBe(false);
    expect(await members.find(yearbook.id, bob.id)).toBeUndefined();
    expect(await members.list(yearbook.id)).toHaveLength(1);
  });

  it('lists only the yearbooks a user is a member of', async () => {
    const { users, yearbooks, members } = ctx.storage;
    const user = makeUser();
    await users.create(user);
    const [mine1, mine2, other] = [makeYearbook(), makeYearbook(), makeYearbook()];
    for (const y of [mine1, mine2, other]) await yearbooks.create(y);
    await members.upsert({ yearbookId: mine1.id, userId: user.id, role: 'contributor' });
    await members.upsert({ yearbookId: mine2.id, userId: user.id, role: 'inspector' });

    const listed = await yearbooks.listForUser(user.id);
    expect(listed.map((y) => y.id).sort()).toEqual([mine1.id, mine2.id].sort());
    expect(listed.find((y) => y.id === mine1.id)).toEqual(mine1);
    expect(await yearbooks.listForUser(newId())).toEqual([]);
  });

  it('refuses a member of an unknown yearbook', async () => {
    const user = makeUser();
    await ctx.storage.users.create(user);
    await expect(ctx.storage.members.upsert({ yearbookId: newId(), userId: user.id, role: 'editor' })).rejects.toThrow();
  });
});
