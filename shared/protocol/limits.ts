// Size limits both ends respect: the server enforces them, the client stays under them.

/** Largest WebSocket frame the server accepts (ws `maxPayload`); larger frames close with 1009. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
/** Largest awareness state (JSON) one client may publish; larger states are dropped. */
export const MAX_AWARENESS_STATE_BYTES = 2048;
/** Largest plain-text length accepted by `POST /api/check`. */
export const MAX_CHECK_TEXT_CHARS = 2_000_000;
