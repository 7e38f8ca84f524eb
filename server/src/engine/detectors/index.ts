import type { Detector } from './detector.js';
import { contactDropDetector } from './contact/contactDrop.js';
import { cuesDetector } from './contact/cues.js';
import { frontMatterDetector } from './frontMatter.js';
import { runOnDetector } from './imStyle/runOn.js';
import { quoteDetector } from './quote/index.js';

/** Every built-in detector, by the name rule packs use in `detector:`. */
// biome-ignore lint/suspicious/noExplicitAny: one map holds detectors with different option types; each validates its own options.
export const DETECTORS: ReadonlyMap<string, Detector<any>> = new Map(
  [frontMatterDetector, runOnDetector, quoteDetector, contactDropDetector, cuesDetector].map((detector) => [
    detector.name,
    // biome-ignore lint/suspicious/noExplicitAny: as above
    detector as Detector<any>,
  ]),
);
