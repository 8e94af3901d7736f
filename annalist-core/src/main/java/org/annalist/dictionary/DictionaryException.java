package org.annalist.dictionary;

/** A knowledge file that cannot be used: names the file, the line and what is wrong. */
public final class DictionaryException extends RuntimeException {
    public DictionaryException(String message) {
        super(message);
    }
}
