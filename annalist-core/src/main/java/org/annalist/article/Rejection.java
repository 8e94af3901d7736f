package org.annalist.article;

import java.util.Objects;

/**
 * An input or article that was not coded, with the reason.
 *
 * @param input what was rejected: a path, "path:line", "stdin" or an article id
 * @param reason the coded reason
 * @param detail a short human explanation (one line)
 */
public record Rejection(String input, RejectionReason reason, String detail) {

    public Rejection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail.replaceAll("\\s+", " ").strip();
    }

    /** The one-line message shown to the user: {@code input: reason: detail}. */
    public String message() {
        return detail.isEmpty()
                ? input + ": " + reason.description()
                : input + ": " + reason.description() + ": " + detail;
    }
}
