package org.annalist.input;

/**
 * Size limits applied while reading, so one oversized input cannot exhaust memory.
 *
 * @param maxFileBytes largest text or HTML file read whole (JSON Lines files are streamed and
 *     this bounds each line instead)
 * @param maxArticleChars longest article text accepted after extraction
 */
public record InputLimits(long maxFileBytes, int maxArticleChars) {

    public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024, 1_000_000);

    public InputLimits {
        if (maxFileBytes <= 0 || maxArticleChars <= 0) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }
}
