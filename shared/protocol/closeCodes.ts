// WebSocket close codes shared by the collab server and the editor: the client stops retrying on
// every code in 4400–4499 and tells the user why (a refused upgrade would reach it only as 1006).

/** Close codes the server sends on `/collab` sockets. */
export const CLOSE_CODES = {
  /** No valid session (never signed in, signed out, or session revoked/expired). */
  UNAUTHORIZED: 4401,
  /** Signed in, but not allowed on this document (not a member, role removed or changed). */
  FORBIDDEN: 4403,
  /** The document does not exist (unknown entry, or it is in the recycle bin). */
  NOT_FOUND: 4404,
  /** The Origin header is not this server's public origin or on the allow-list. */
  BAD_ORIGIN: 4406,
  /** The client's document schema version differs from the server's: reload the page. */
  RELOAD: 4426,
  /** A frame was malformed or broke a limit; this connection is closed, the document is fine. */
  BAD_MESSAGE: 4400,
  /** The server could not store an edit; the client keeps it and resends on reconnect. */
  STORAGE_FAILED: 4500,
} as const;

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** True for codes after which the client must not reconnect on its own. */
export function isTerminalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** The Chinese explanation the editor shows for a close code. */
export const CLOSE_REASONS_ZH: Record<number, string> = {
  [CLOSE_CODES.UNAUTHORIZED]: '登录已失效，请重新登录。',
  [CLOSE_CODES.FORBIDDEN]: '您已无权访问此条目。',
  [CLOSE_CODES.NOT_FOUND]: '条目不存在或已删除。',
  [CLOSE_CODES.BAD_ORIGIN]: '请求来源不被允许。',
  [CLOSE_CODES.RELOAD]: '编辑器已更新，请刷新页面。',
  [CLOSE_CODES.BAD_MESSAGE]: '连接收到无效数据，已断开。',
  [CLOSE_CODES.STORAGE_FAILED]: '服务器暂时无法保存，正在重试。',
};
