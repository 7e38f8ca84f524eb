// OpenCC's dictionaries ship as plain ES modules without types: "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
