import { contactDropDetector } from './contact-drop/index.js';
import type { Detector } from './detector.js';
import { frontMatterDetector } from './front-matter/index.js';
import { runOnDetector } from './im-run-on/index.js';
import { quoteDetector } from './quote/index.js';
import { sentenceCuesDetector } from './sentence-cues/index.js';

export { fixesOf } from './detector.js';

// biome-ignore lint/suspicious/noExplicitAny: one list holds detectors with different option types; each validates its own options.
type AnyDetector = Detector<any>;

/**
 * Every built-in detector, by the name rule packs use in `detector:`. A detector's name is its
 * folder: `detectors/<name>/index.ts`.
 */
export const DETECTORS: ReadonlyMap<string, AnyDetector> = new Map(
  ([frontMatterDetector, runOnDetector, quoteDetector, contactDropDetector, sentenceCuesDetector] as AnyDetector[]).map((detector) => [
    detector.name,
    detector,
  ]),
);

/**
 * Former names still accepted in `detector:`, so user packs written against them keep working.
 * Deprecated: the built-in packs and the docs use the current names.
 */
export const DETECTOR_ALIASES: ReadonlyMap<string, string> = new Map([
  // Renamed: it serves the contact rules and the off-platform payment rules alike; what it does is
  // find cues that occur together in one sentence.
  ['normalized-cues', 'sentence-cues'],
]);

/** The detector a pack's `detector:` names, by its name or a deprecated alias. */
export function detectorNamed(name: string): AnyDetector | undefined {
  return DETECTORS.get(name) ?? DETECTORS.get(DETECTOR_ALIASES.get(name) ?? '');
}
