package org.annalist.actors;

import java.util.List;
import org.annalist.dictionary.ActorDictionaries;

/**
 * The sector readings that need the whole article, run once every entity is coded, in the order
 * in which each may rely on the one before: staff take their body's sector ({@link PersonSectors}),
 * heads of non-state bodies theirs ({@link HeadsOfBodies}), a party the text calls the
 * opposition and its people OPP ({@link OppositionParties}), a listed head of state named by rank
 * alone GOV ({@link RankedHeadsOfState}), and whoever is left with no office a civilian
 * ({@link Civilians}).
 */
final class SectorsFromContext {

    private final PersonSectors personSectors;
    private final HeadsOfBodies headsOfBodies;
    private final OppositionParties oppositionParties = new OppositionParties();
    private final RankedHeadsOfState rankedHeads;

    SectorsFromContext(ActorDictionaries dictionaries) {
        this.personSectors = new PersonSectors(dictionaries);
        this.headsOfBodies = new HeadsOfBodies(dictionaries);
        this.rankedHeads = new RankedHeadsOfState(dictionaries);
    }

    void mark(String text, List<EntityDraft> drafts) {
        personSectors.mark(drafts);
        headsOfBodies.mark(drafts);
        oppositionParties.mark(text, drafts);
        rankedHeads.mark(drafts);
        Civilians.mark(drafts);
    }
}
