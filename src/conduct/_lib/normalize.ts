import { foldForMatching, type FoldedText } from '../../_lib/foldText';

/**
 * Text as the phrase matcher sees it: the shared fold (`src/_lib/foldText`:
 * NFKC, lower case, traditional → simplified, white space and zero-width
 * characters dropped — a space typed between 不 and 知道 must not hide 不知道,
 * SVC-02), with line breaks kept: a line break still ends a clause.
 * Normalized character `i` comes from the original UTF-16 range
 * `[start[i], end[i])`.
 */
export type NormalizedText = FoldedText;

/** Normalizes `input` for matching and keeps the way back to the original offsets. */
export const normalizeForMatching = (input: string): NormalizedText => foldForMatching(input, { keepLineBreaks: true });
