package org.annalist.quotes;

/**
 * Words between quote marks, as found in the text before any attribution.
 *
 * @param start offset of the first quoted character (after the opening mark and spaces)
 * @param end offset after the last quoted character (before the closing mark)
 * @param openMark offset of the opening quote mark
 * @param closeMark offset of the closing quote mark, or -1 when the paragraph ends first
 * @param paragraph index of the paragraph, from 0
 * @param continuesFromPrevious whether the previous paragraph's quotation continues here
 * @param continuesInNext whether the quotation runs on into the next paragraph
 */
public record QuotedPassage(int start, int end, int openMark, int closeMark, int paragraph,
        boolean continuesFromPrevious, boolean continuesInNext) {

    public boolean closed() {
        return closeMark >= 0;
    }

    /** The offset after the closing mark, or {@link #end} when unclosed. */
    public int outerEnd() {
        return closed() ? closeMark + 1 : end;
    }
}
