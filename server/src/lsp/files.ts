import { basename } from 'node:path';
import { URI } from 'vscode-uri';
import { LANGUAGE_ID } from '../shared/protocol.js';
import { CONFIG_FILE_NAMES } from '../node/project.js';

/** A local file path for a `file:` URI; undefined for other schemes (untitled, git, ...). */
export function uriToPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return URI.file(path).toString();
}

/** Drafts: the msglint-draft language, or `*.msg.md` files whatever language the editor gave them. */
export function isDraft(uri: string, languageId: string): boolean {
  return languageId === LANGUAGE_ID || /\.msg\.md$/i.test(uri.split(/[?#]/)[0]);
}

export function isConfigFile(uri: string): boolean {
  const path = uriToPath(uri) ?? uri;
  return CONFIG_FILE_NAMES.includes(basename(path));
}

export function isYaml(uri: string): boolean {
  return /\.ya?ml$/i.test(uri.split(/[?#]/)[0]);
}
