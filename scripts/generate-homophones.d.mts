/** Path of the generated lexicon file. */
export declare const OUTPUT: string;
/** The generated file's content, as the script would write it. */
export declare function generateHomophones(): string;
