import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hasUnconfirmedChanges, unconfirmedText } from './unsentChanges';

describe('unconfirmed changes', () => {
  it('finds the text typed after the server announced its state', () => {
    const server = new Y.Doc();
    server.getText('t').insert(0, '已保存');
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(server);
    expect(hasUnconfirmedChanges(local, sv)).toBe(false);
    local.getText('t').insert(3, '未发送的字');
    expect(hasUnconfirmedChanges(local, sv)).toBe(true);
    expect(unconfirmedText(local, sv)).toBe('未发送的字');
  });

  it('leaves out text deleted again', () => {
    const local = new Y.Doc();
    local.getText('t').insert(0, '甲乙');
    local.getText('t').delete(0, 1);
    expect(unconfirmedText(local, null)).toBe('乙');
  });
});
