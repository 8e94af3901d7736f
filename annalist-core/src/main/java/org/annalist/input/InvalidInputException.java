package org.annalist.input;

import org.annalist.article.RejectionReason;

/** Thrown by a parser when its input cannot become an article; carries the coded reason. */
public final class InvalidInputException extends Exception {
    private final RejectionReason reason;

    public InvalidInputException(RejectionReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
