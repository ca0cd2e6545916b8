// A stable caret colour per user, from a palette readable on white with white label text.

const PALETTE = ['#d4380d', '#d46b08', '#389e0d', '#08979c', '#0958d9', '#531dab', '#c41d7f', '#7c4a03', '#1d39c4', '#006d75'];

/** The colour of a user's caret and avatar, the same on every client. */
export function userColor(userId: string): string {
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}
