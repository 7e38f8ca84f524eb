// Instant-messenger labels written before a handle or after an @ ("icq: 2927491", "abreauj@aim").
export const HANDLE_LABELS = ['icq', 'aim', 'yahoo', 'msn', 'jabber', 'qq', 'skype', 'uin'];
