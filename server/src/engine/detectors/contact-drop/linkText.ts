import { findLinksIn, type LinkMatch } from '../../text/links.js';
import { memo, type Scan } from '../scan.js';

export type { LinkMatch };

/** Links and e-mail addresses in the normalized text of a scan (found once per scan). */
export function findLinks(scan: Scan): LinkMatch[] {
  return memo(scan, 'links', () => findLinksIn(scan.text));
}
