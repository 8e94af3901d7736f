package org.annalist.actors;

import java.util.List;
import java.util.Optional;

/**
 * The country of a local office-holder (a governor, a mayor) the text gives no nationality, read
 * from the place their own sentence names: "Ukrainian drones struck a refinery in Russia's Saratov
 * region overnight, the regional governor X said" is a Russian governor, though the story is filed
 * from Kyiv and the drones are Ukrainian. A governor or mayor speaks of their own province or town;
 * a reader places them there, not in the dateline's capital.
 *
 * <p>The places are the coded locations below a country (gazetteer towns, cities and regions, not
 * countries: "Ukrainian drones" or "Russia's" name the two sides, not the province) mentioned in a
 * sentence where the office-holder is named. One country over all those places decides; two (a
 * governor telling of shelling from across the border, "from Kharkiv into Belgorod") leave the
 * person to a later rule. Read after the opening place of their sentence ("In Marib, the
 * governor, X, said", {@link SpeakingPlace#localOffice}).
 */
final class LocalOfficePlace {

    /** The office-holder's country, with how it was read; empty when their sentences name no place, or places of two countries. */
    Optional<SpeakingPlace.Found> of(EntityDraft person, List<EntityDraft> drafts) {
        SoleCode placeRead = new SoleCode();
        for (Mention named : person.mentions) {
            if (named.kind() != MentionKind.NAME) {
                continue;
            }
            for (EntityDraft draft : drafts) {
                if (!"LOCATION".equals(draft.type) || draft.code == null || ActorCodes.NON_STATE.contains(draft.code)) {
                    continue;
                }
                for (Mention mention : draft.mentions) {
                    if (mention.sentenceIndex() == named.sentenceIndex()) {
                        placeRead.add(draft.code, mention.text());
                    }
                }
            }
        }
        return placeRead.found("local office: a place named in the office-holder's sentence");
    }
}
