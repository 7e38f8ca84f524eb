// Virtual module provided by scripts/build-web.mjs: the drafts in examples/, embedded at build time.
declare module 'msglint:examples' {
  const examples: { name: string; text: string }[];
  export default examples;
}
