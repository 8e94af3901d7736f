package org.annalist.actors;

import java.util.List;

/**
 * Gives a person the text names with no office, rank, title or employer the civilian sector:
 * "Mona Salem, 34, said her fields were dry", "said Tran Van Loc, the boat's owner" after his
 * village was named. Wire copy names officials with their office and ordinary people without
 * one, and the gold conventions code a named civilian with an ordinary job or a relative as
 * CVL (evaluation/actors-quotes/README.md); across the development sets, 24 of 26 such persons
 * are CVL. A person with a title whose word gives no sector ("a lawyer", "an official") or an
 * employer the article does not code keeps no sector: what they are is not known.
 */
final class Civilians {

    private Civilians() {}

    static void mark(List<EntityDraft> drafts) {
        for (EntityDraft draft : drafts) {
            if ("PERSON".equals(draft.type) && draft.sector == null && draft.title == null
                    && !draft.employedByUncodedBody && draft.uncodedEmployer == null) {
                draft.sector("CVL", "a person the text gives no office, rank, title or employer: a civilian");
            }
        }
    }
}
