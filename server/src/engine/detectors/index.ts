import type { Detector } from './detector.js';
import { cuesDetector } from './contact/cues.js';
import { contactDropDetector } from './contact/contactDrop.js';
import { frontMatterDetector } from './frontMatter.js';

/** Every built-in detector, by the name rule packs use in `detector:`. */
export const DETECTORS: ReadonlyMap<string, Detector<any>> = new Map(
  [frontMatterDetector, contactDropDetector, cuesDetector].map((detector) => [detector.name, detector as Detector<any>]),
);
