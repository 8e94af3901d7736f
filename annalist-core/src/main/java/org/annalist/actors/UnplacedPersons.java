package org.annalist.actors;

import java.util.List;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;

/**
 * Codes, once the whole article is read, the persons whose own words gave them no country:
 * from where they speak ({@link SpeakingPlace}), else, for a spokesperson, from the state the
 * text has just reported acting ({@link SpokespersonCountry}), else from the article's main country, which is
 * a guess for its own people. Staff of a body whose code is unknown (an NGO no dictionary
 * lists) are better left uncoded than misplaced. An official of an international body with a
 * title and no sector is GOV.
 */
final class UnplacedPersons {

    private static final Set<String> INTERNATIONAL = Set.of("UNO", "EUR", "NATO", "IGO");

    private final SpeakingPlace speakingPlace;
    private final SpokespersonCountry spokespersons;

    UnplacedPersons(SpeakingPlace speakingPlace, ActorDictionaries dictionaries) {
        this.speakingPlace = speakingPlace;
        this.spokespersons = new SpokespersonCountry(dictionaries);
    }

    /** Codes the persons among the drafts that have no country yet; other drafts are left as they are. */
    void place(AnnotatedDocument document, List<EntityDraft> drafts, MainCountry mainCountry) {
        for (EntityDraft draft : drafts) {
            if (!"PERSON".equals(draft.type)) {
                continue;
            }
            if (draft.code == null) {
                speakingPlace.of(document, draft.mentions).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null && !draft.employedByUncodedBody) {
                spokespersons.of(document, draft, drafts).ifPresent(found -> draft.code(found.code(), found.codedBy()));
            }
            if (draft.code == null && mainCountry != null && !draft.employedByUncodedBody) {
                draft.code(mainCountry.code(), "the article's main country, " + mainCountry.name()
                        + " (most mentioned with its places), for a person it gives no country");
            }
            if (draft.sector == null && draft.code != null && INTERNATIONAL.contains(draft.code) && draft.title != null) {
                draft.sector("GOV", "official of an international body: GOV");
            }
        }
    }
}
