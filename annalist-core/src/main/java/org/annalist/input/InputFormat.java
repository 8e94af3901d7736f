package org.annalist.input;

import java.util.Locale;
import java.util.Optional;

/** The article formats Annalist reads, recognised by file extension. */
public enum InputFormat {
    /** Plain text: optional " date YYYY-MM-DD " first line, paragraphs, optional byline. */
    TEXT("txt", "text"),
    /** One JSON object per line with id, text and optional date, title, url, source. */
    JSONL("jsonl", "ndjson"),
    /** A news web page; the main text is extracted with jsoup. */
    HTML("html", "htm", "xhtml"),
    /** An RSS or Atom feed: every item or entry with text is an article. */
    FEED("rss", "atom", "xml"),
    /** A WARC web archive (.warc or .warc.gz): every HTML response record is an article page. */
    WARC("warc");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format for a file name, or empty when the extension is not one Annalist reads. */
    public static Optional<InputFormat> forFileName(String fileName) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.of(TEXT);
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String known : format.extensions) {
                if (known.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
