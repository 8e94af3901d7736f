package org.annalist.article;

/**
 * Why an input, or an article, was not coded. Each constant says whose fault it is, so a user
 * knows whether to fix the input, report a bug or give the run more resources.
 */
public enum RejectionReason {
    /** The file or line holds nothing but white space. */
    EMPTY(Category.INPUT, "empty input"),
    /** The bytes contain NUL characters: not a text file. */
    BINARY(Category.INPUT, "binary content"),
    /** The bytes are not valid UTF-8. */
    INVALID_ENCODING(Category.INPUT, "invalid UTF-8"),
    /** A JSON line could not be parsed, or a required field is missing or of the wrong type. */
    MALFORMED_JSON(Category.INPUT, "malformed JSON"),
    /** A field holds a value that cannot be used, such as an unparseable date. */
    INVALID_FIELD(Category.INPUT, "invalid field"),
    /** The input exceeds the configured size limit. */
    TOO_LARGE(Category.INPUT, "too large"),
    /** An HTML page in which no article text was found. */
    NO_TEXT(Category.INPUT, "no article text"),
    /** The file's type is not one Annalist reads. */
    UNSUPPORTED_FORMAT(Category.INPUT, "unsupported format"),
    /** The path does not exist or cannot be read. */
    UNREADABLE(Category.RESOURCE, "cannot read"),
    /** Coding the article took longer than the per-article time limit. */
    TIMED_OUT(Category.RESOURCE, "timed out"),
    /** The JVM ran out of memory on this article. */
    OUT_OF_MEMORY(Category.RESOURCE, "out of memory"),
    /** A bug in Annalist: the article was valid but a stage failed. */
    INTERNAL_ERROR(Category.INTERNAL, "internal error");

    /** Who has to act on the rejection. */
    public enum Category { INPUT, RESOURCE, INTERNAL }

    private final Category category;
    private final String description;

    RejectionReason(Category category, String description) {
        this.category = category;
        this.description = description;
    }

    public Category category() {
        return category;
    }

    public String description() {
        return description;
    }
}
