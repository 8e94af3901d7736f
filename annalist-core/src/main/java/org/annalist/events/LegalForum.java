package org.annalist.events;

import java.util.Set;

/**
 * The court or body a complaint or lawsuit is taken to: "Cambodia would take the dispute to the
 * International Court of Justice", "would file a complaint with the UN Security Council", "file a
 * new complaint at the World Trade Organization". PLOVER codes an official complaint (CAMEO 114) or
 * a legal action (115) against the party complained of, never against the forum that hears it; a
 * phrase naming only an international forum (a UNO or IGO party, not named as the object or in an
 * "against" phrase) therefore names no target, and {@link CounterpartRecipient} gives the act the
 * other of the story's two countries.
 */
final class LegalForum {

    /** CAMEO codes of complaints and legal actions (114 official complaint, 115 lawsuit). */
    private static final Set<String> COMPLAINT_CODES = Set.of("114", "115");

    /** Codes of international bodies that hear complaints (UN courts and council, WTO, regional blocs). */
    private static final Set<String> FORUM_CODES = Set.of("UNO", "IGO");

    /** Role sources that name the complained-against party itself. */
    private static final Set<String> TARGET_SOURCES = Set.of("object", "against", "subject");

    private LegalForum() {}

    /** Whether a complaint's or lawsuit's recipient is only the international forum it was taken to. */
    static boolean onlyForum(String cameo, PartyFinder.Filling recipient) {
        if (cameo == null || COMPLAINT_CODES.stream().noneMatch(cameo::startsWith) || recipient.parties().isEmpty()
                || TARGET_SOURCES.contains(String.valueOf(recipient.source()))) {
            return false;
        }
        return recipient.parties().stream().allMatch(party -> party.code() != null && FORUM_CODES.contains(party.code()));
    }
}
