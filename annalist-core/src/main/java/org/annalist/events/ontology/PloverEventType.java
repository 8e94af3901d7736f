package org.annalist.events.ontology;

/**
 * A PLOVER event type from {@code ontology/plover-events.tsv}.
 *
 * @param name upper-case type name ("CONSULT")
 * @param quadCode 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param score the type's default intensity, -10 (most conflictual) to +10
 */
public record PloverEventType(String name, int quadCode, double score) {

    /** Whether the type is cooperative (quad 1 or 2), as opposed to conflictual. */
    public boolean isCooperative() {
        return quadCode <= 2;
    }
}
