import { foldForMatching, type FoldedText } from '../../_lib/foldText';

/**
 * Normalised text for matching complaint keywords (CMP-07): the shared fold
 * of `src/_lib/foldText` (NFKC, lower case, traditional → simplified, all
 * white space removed); `start[i]` is the offset in the original text (UTF-16)
 * of normalised char `i`, `end[i]` the offset just after it.
 */
export const normalise = (text: string): FoldedText => foldForMatching(text);

/** A keyword normalised the same way (no offsets). */
export const normaliseKeyword = (k: string): string => foldForMatching(k).text;
