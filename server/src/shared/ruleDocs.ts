/** Where a rule's documentation lives (generated into docs/rules/ from the packs). */
export const RULE_DOCS_BASE = 'https://github.com/msglint/msglint/blob/main/docs/rules';

export function ruleDocsUrl(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  if (slash < 0) return `${RULE_DOCS_BASE}/README.md`;
  return `${RULE_DOCS_BASE}/${ruleId.slice(0, slash)}.md#${ruleId.slice(slash + 1)}`;
}
