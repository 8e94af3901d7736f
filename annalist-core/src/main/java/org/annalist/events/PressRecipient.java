package org.annalist.events;

import java.util.Optional;
import org.annalist.actors.Entity;

/**
 * A consultation whose only coded recipient is a news outlet ("spoke to Reuters by phone",
 * "talked with the BBC"): an interview, the source of the report, not a political event between the
 * speaker and the outlet's country. Outlets are organisations of sector {@code MED}.
 */
final class PressRecipient {

    static final String MEDIA_SECTOR = "MED";

    private PressRecipient() {
    }

    /** The outlet when every coded recipient of a CONSULT is a news outlet, else empty. */
    static Optional<EventParty> interviewer(String event, PartyFinder.Filling recipient) {
        // only an outlet one speaks to or with ("spoke to Reuters"), not the object of a visit,
        // where the actors stage may have read "visited Russia today" as the outlet RT
        if (!event.equals("CONSULT") || !recipient.anyCoded() || !("to".equals(recipient.source()) || "with".equals(recipient.source()))) {
            return Optional.empty();
        }
        boolean onlyMedia = recipient.parties().stream().filter(party -> party.code() != null)
                .allMatch(party -> MEDIA_SECTOR.equals(party.sector()));
        return onlyMedia ? recipient.parties().stream().filter(party -> party.code() != null).findFirst() : Optional.empty();
    }

    /**
     * Whether a phrase of the trigger names the outlet the actor spoke to, not a target: "in an
     * interview with Reuters, an official said Phnom Penh would not withdraw" attaches "with
     * Reuters" to the reported verb, and the phrase search would make the outlet's country the
     * recipient of the refusal. Only "with" and "to" phrases: an outlet that is an object ("banned
     * Al Jazeera", "suspended broadcasts by two French outlets") stays a target.
     */
    static boolean isInterviewer(String relation, Optional<Entity> entity) {
        boolean spokenTo = relation.equals("obl:with") || relation.equals("obl:to") || relation.equals("nmod:with") || relation.equals("nmod:to");
        return spokenTo && entity.map(found -> MEDIA_SECTOR.equals(found.sector())).orElse(false);
    }
}
