package org.annalist.actors;

import java.util.Set;

/**
 * Code groups several actor rules read alike: which sectors are a state's own (its institutions
 * and office-holders speak and act for the state, not for an armed group or a company), and which
 * actor codes are intergovernmental bodies rather than states.
 */
public final class ActorCodes {

    private ActorCodes() {}

    /** Sectors of a state's own institutions and office-holders: government, armed forces, police, intelligence, courts, legislature. */
    public static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /** Codes of intergovernmental bodies (organisations.tsv): the UN system, the EU, NATO, other IGOs. */
    static final Set<String> INTERGOVERNMENTAL = Set.of("UNO", "EUR", "NATO", "IGO");

    /** Codes of bodies that speak for no state: the intergovernmental ones and NGOs. */
    static final Set<String> NON_STATE = Set.of("UNO", "EUR", "NATO", "IGO", "NGO");

    /** A country's own institution with a state sector ("The Guatemalan army", "Chile's foreign ministry"). */
    static boolean isStateBody(EntityDraft draft) {
        return "ORGANIZATION".equals(draft.type) && draft.code != null && !NON_STATE.contains(draft.code)
                && draft.sector != null && STATE_SECTORS.contains(draft.sector);
    }
}
