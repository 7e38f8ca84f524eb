// Messenger names spelled out (a mention in the rep's own words is a contact drop unless negated),
// as patterns over normalized text. Abbreviations and homophones live in lexicon.ts with their shapes.
export const MESSENGER_NAMES = [
  String.raw`\bwh?at'?s?[\s.\-]?ap{1,2}\b`, // WhatsApp, Whatsap, Watsapp, Whats App, what's-app
  String.raw`\bw[\s.*_-]h[\s.*_-]a[\s.*_-]t[\s.*_-]s[\s.*_-]{0,2}a[\s.*_-]p[\s.*_-]p\b`, // W h a t s A p p
  String.raw`\bwe[\s.\-]?chat\b`,
  String.raw`\bw[\s.*_-]e[\s.*_-]{0,2}c[\s.*_-]h[\s.*_-]a[\s.*_-]t\b`, // W.e.C.h.a.t
  String.raw`\bwei\s?xin\b`,
  '微信',
  String.raw`微[\s.*_·•-]{1,3}信`, // 微 信, 微.信: a split name is still the name
  String.raw`\bskype\b`,
  String.raw`\btelegram\b`,
  String.raw`\bviber\b`,
  String.raw`\bkakao\s?(?:talk)?\b`,
  String.raw`\bzalo\b`,
  String.raw`\bimessage\b`,
  String.raw`\bfacebook\s+messenger\b`,
  String.raw`\bline\s?(?:id|app)\b`,
  String.raw`\bsignal\s+(?:app|number|id)\b`,
  String.raw`\bdingtalk\b`,
  '钉钉',
  '电报',
  '脸书',
];

/** Names that are ordinary English words too (a line of text, a signal, Facebook Messenger ads): they count only with a label (":", "=", "id") before the id. */
export const MESSENGER_WORDS_NEEDING_LABEL = /^(?:line|signal|messenger|imo|fb|ig|insta|instagram|facebook|linkedin|wa|ws|tg)$/i;
/** Words before such a name that introduce a messenger ("my LINE", "on Signal", "add me via IG"); any other word before it ("command line", "a line") makes it English. */
export const MESSENGER_INTRODUCERS = [
  'my',
  'our',
  'your',
  'on',
  'via',
  'by',
  'add',
  'me',
  'us',
  'or',
  'and',
  'also',
  'in',
  'through',
  'at',
  'use',
  'using',
  'whatsapp',
  'wechat',
];
