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
    HTML("html", "htm", "xhtml");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format for a file name, or empty when the extension is not one Annalist reads. */
    public static Optional<InputFormat> forFileName(String fileName) {
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
