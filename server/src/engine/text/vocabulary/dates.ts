// Month and weekday names, for date shapes (English names are matched capitalized only: "may").
export const MONTHS = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sep(?:t|tember)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
export const WEEKDAYS = [
  'Mon(?:day)?',
  'Tue(?:s|sday)?',
  'Wed(?:nesday)?',
  'Thu(?:rs|rsday)?',
  'Fri(?:day)?',
  'Sat(?:urday)?',
  'Sun(?:day)?',
];
