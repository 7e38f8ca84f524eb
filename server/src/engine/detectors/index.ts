import type { Detector } from './detector.js';
import { contactDropDetector } from './contact/contactDrop.js';
import { cuesDetector } from './contact/cues.js';
import { frontMatterDetector } from './frontMatter.js';
import { runOnDetector } from './imStyle/runOn.js';
import { quoteDetector } from './quote/index.js';

/** Every built-in detector, by the name rule packs use in `detector:`. */
export const DETECTORS: ReadonlyMap<string, Detector<any>> = new Map(
  [frontMatterDetector, runOnDetector, quoteDetector, contactDropDetector, cuesDetector].map((detector) => [detector.name, detector as Detector<any>]),
);
