package org.annalist.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between quote marks, paragraph by paragraph.
 *
 * <p>Double marks, curly ({@code “ ”}) or straight ({@code "}), open and close quotations. A
 * paragraph that opens a quotation and never closes it continues into the next paragraph when
 * that one opens with a quote mark, the wire-service way; otherwise the quotation ends with its
 * paragraph, so one stray mark never swallows the rest of the article. Curly single marks
 * ({@code ‘ ’}) count only as a pair inside one paragraph, outside double quotes, with a closing
 * mark that cannot be an apostrophe ("the countries’ goals", "don’t"). Straight single marks are
 * always taken for apostrophes: in straight-quoted text they are far more often one.
 */
public final class QuoteMarkScanner {

    private static final char CURLY_OPEN = '\u201C';
    private static final char CURLY_CLOSE = '\u201D';
    private static final char STRAIGHT = '"';
    private static final char SINGLE_OPEN = '\u2018';
    private static final char SINGLE_CLOSE = '\u2019';

    public List<QuotedPassage> scan(String text) {
        List<int[]> paragraphs = paragraphs(text);
        List<QuotedPassage> passages = new ArrayList<>();
        boolean continuing = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            int from = paragraphs.get(p)[0];
            int to = paragraphs.get(p)[1];
            int open = -1;
            boolean openedByContinuation = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (open < 0) {
                    if (c == CURLY_OPEN || (c == STRAIGHT && opensStraight(text, i, to))) {
                        open = i;
                        openedByContinuation = continuing && i == from;
                    } else if (c == SINGLE_OPEN && opensSingle(text, i, from)) {
                        int close = singleClose(text, i + 1, to);
                        if (close > 0) {
                            add(passages, text, i, close, p, false, false);
                            i = close;
                        }
                    }
                } else if (c == CURLY_CLOSE || c == STRAIGHT) {
                    add(passages, text, open, i, p, openedByContinuation, false);
                    open = -1;
                }
            }
            continuing = false;
            if (open >= 0) {
                boolean next = p + 1 < paragraphs.size() && opensParagraph(text, paragraphs.get(p + 1)[0]);
                passages.add(trimmed(text, open, -1, to, p, openedByContinuation, next));
                continuing = next;
            }
        }
        passages.removeIf(passage -> passage.end() <= passage.start());
        return List.copyOf(passages);
    }

    private static void add(List<QuotedPassage> passages, String text, int open, int close, int paragraph,
            boolean fromPrevious, boolean inNext) {
        passages.add(trimmed(text, open, close, close, paragraph, fromPrevious, inNext));
    }

    private static QuotedPassage trimmed(String text, int open, int close, int limit, int paragraph,
            boolean fromPrevious, boolean inNext) {
        int start = open + 1;
        int end = limit;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new QuotedPassage(start, end, open, close, paragraph, fromPrevious, inNext);
    }

    /** Paragraphs as [start, end) offsets, separated by blank lines. */
    static List<int[]> paragraphs(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '\n') {
                    paragraphs.add(new int[] {start, i});
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        if (start < text.length()) {
            paragraphs.add(new int[] {start, text.length()});
        }
        return paragraphs;
    }

    private static boolean opensParagraph(String text, int start) {
        return start < text.length() && (text.charAt(start) == CURLY_OPEN || text.charAt(start) == STRAIGHT);
    }

    /** A straight mark opens when a word follows it and it does not close a number (5'10"). */
    private static boolean opensStraight(String text, int at, int limit) {
        if (at + 1 >= limit || Character.isWhitespace(text.charAt(at + 1))) {
            return false;
        }
        return at == 0 || !Character.isDigit(text.charAt(at - 1));
    }

    private static boolean opensSingle(String text, int at, int paragraphStart) {
        boolean boundaryBefore = at == paragraphStart || !Character.isLetterOrDigit(text.charAt(at - 1));
        return boundaryBefore && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    /** The closing ’ of a single-quoted passage, skipping apostrophes; -1 when there is none. */
    private static int singleClose(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) != SINGLE_CLOSE) {
                continue;
            }
            boolean letterBefore = i > from && !Character.isWhitespace(text.charAt(i - 1));
            boolean letterAfter = i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!letterBefore || letterAfter) {
                continue;
            }
            boolean pluralPossessive = text.charAt(i - 1) == 's' && i + 2 < limit
                    && text.charAt(i + 1) == ' ' && Character.isLetter(text.charAt(i + 2));
            if (!pluralPossessive) {
                return i;
            }
        }
        return -1;
    }
}
