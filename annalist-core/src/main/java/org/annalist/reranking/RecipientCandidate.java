package org.annalist.reranking;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.events.EventParty;

/**
 * One recipient an event could have: the rule's own choice, no recipient, or a coded party
 * mentioned near the trigger.
 *
 * @param kind where it comes from ({@link Kind})
 * @param parties the recipients it would give the event (empty for none)
 * @param entity the entity it stands for (for a party near the trigger), or null
 * @param sentenceDistance how many sentences before the event's the party is mentioned (0: the same); -1 when unknown or none
 * @param ruleChoice whether it is the recipient the rules chose
 */
public record RecipientCandidate(Kind kind, List<EventParty> parties, String entity, int sentenceDistance, boolean ruleChoice) {

    /** Where a candidate comes from. */
    public enum Kind {
        /** The rules' recipient. */
        RULE,
        /** No recipient. */
        NONE,
        /** A coded party of the event's own sentence or of the two before it. */
        NEARBY
    }

    public RecipientCandidate {
        Objects.requireNonNull(kind, "kind");
        parties = List.copyOf(parties);
    }

    /** The parties' codes, without unknown ones. */
    public Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        parties.forEach(party -> {
            if (party.code() != null) {
                codes.add(party.code());
            }
        });
        return codes;
    }
}
