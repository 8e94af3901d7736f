package org.annalist.actors;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one state a rule reads from several mentions ("one state over all those sentences decides;
 * two leave the person to a later guess"), with the mention it was last read from as evidence.
 * Collected during one rule's reading of one person, then discarded.
 */
final class SoleCode {

    private final Set<String> codes = new TreeSet<>();
    private String evidence;

    /** A state read from a mention. */
    void add(String code, String mentionText) {
        codes.add(code);
        evidence = mentionText;
    }

    /** The state, coded by {@code how} with the evidence quoted; empty when no state or several were read. */
    Optional<SpeakingPlace.Found> found(String how) {
        if (codes.size() != 1) {
            return Optional.empty();
        }
        String code = codes.iterator().next();
        return Optional.of(new SpeakingPlace.Found(code, how + ": \"" + evidence + "\" (" + code + ")"));
    }
}
