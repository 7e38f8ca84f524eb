export async function runUiTest() { return { passed: true }; }
