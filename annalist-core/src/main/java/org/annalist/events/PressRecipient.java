package org.annalist.events;

import java.util.Optional;
import org.annalist.actors.Entity;

/**
 * A consultation whose only coded recipient is a news outlet ("spoke to Reuters by phone",
 * "talked with the BBC"), or an event whose only recipient is the outlet someone "told": an
 * interview, the source of the report, not a political event between the speaker and the outlet's
 * country. Outlets are organisations of sector {@code MED}.
 */
final class PressRecipient {

    static final String MEDIA_SECTOR = "MED";

    private PressRecipient() {
    }

    /**
     * The outlet when every coded recipient is a news outlet the actor spoke to, else empty: of a
     * CONSULT through "to" or "with" ("spoke to Reuters"), or of any event through the object of
     * "tell" ("told Reuters that Damascus must …" with no other party named: a statement to the
     * press, not a demand on the agency's country).
     */
    static Optional<EventParty> interviewer(String event, String triggerLemma, PartyFinder.Filling recipient) {
        // only an outlet one speaks to or with ("spoke to Reuters"), not the object of a visit,
        // where the actors stage may have read "visited Russia today" as the outlet RT
        boolean spokenTo = event.equals("CONSULT") && ("to".equals(recipient.source()) || "with".equals(recipient.source()));
        boolean told = "tell".equals(triggerLemma)
                && ("object".equals(recipient.source()) || "indirect_object".equals(recipient.source()));
        if (!recipient.anyCoded() || !(spokenTo || told)) {
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
