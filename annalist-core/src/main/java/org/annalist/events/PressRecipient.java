package org.annalist.events;

import java.util.Optional;

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
}
