package org.annalist.events;

import java.util.Objects;

/**
 * A learnt model's weights file as an event's provenance names it: the file and the hash of its
 * bytes, so an output says which weights made it and can be reproduced with them.
 *
 * @param name the weights file ("events/recipient-weights.tsv" or a user path)
 * @param sha256 SHA-256 of that file's bytes
 */
public record ModelFile(String name, String sha256) {

    public ModelFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
