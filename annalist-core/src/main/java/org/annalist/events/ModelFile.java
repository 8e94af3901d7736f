package org.annalist.events;

import java.util.Objects;

/**
 * A data file as an event's provenance names it -- a learnt model's weights, or the word classes a
 * rule's trigger used: the file and the hash of its bytes, so an output says what made it and can be
 * reproduced with it.
 *
 * @param name the file ("events/recipient-weights.tsv", "events/word-classes.tsv" or a user path)
 * @param sha256 SHA-256 of that file's bytes
 */
public record ModelFile(String name, String sha256) {

    public ModelFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
