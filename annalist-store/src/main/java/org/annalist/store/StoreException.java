package org.annalist.store;

/** The store could not be opened, migrated, read or written; the message names what and where. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
