/** Debian's Chromium (scripts/install-test-deps.sh installs it). */
export declare const CHROMIUM: string;
/** Flags that keep Chromium quiet on the network: any request a test sees came from our code. */
export declare const CHROMIUM_ARGS: string[];
