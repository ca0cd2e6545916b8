import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { differingText, hasUnconfirmedChanges, unconfirmedText } from './unsentChanges';

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

  it('finds what the local text adds to the committed one', () => {
    expect(differingText('已保存。', '已保存。未保存的字')).toBe('未保存的字');
    expect(differingText('甲乙丙', '甲新乙丙')).toBe('新');
    expect(differingText('同样', '同样')).toBe('');
    expect(differingText('', '全新\n两段')).toBe('全新\n两段');
  });
});
