package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Venezuela boycotted the hearing. Its government said …": a government body owned by "its" is
 * the body of the country named last before it, in its own sentence or the one before. Only a
 * country is taken ("its" after a company names no state), and not for "their", which is as
 * often two countries ("their water ministers" of Egypt and Ethiopia) as one.
 */
final class PronounOwnedBodies {


    private PronounOwnedBodies() {}

    /** The owner country's draft, when every mention of the body opens with "its" and a country was named just before. */
    static Optional<EntityDraft> owner(EntityDraft body, List<EntityDraft> drafts) {
        if (!"GOV".equals(body.sector) || body.mentions.isEmpty()
                || !body.mentions.stream().allMatch(PronounOwnedBodies::opensWithOwnerPronoun)) {
            return Optional.empty();
        }
        Mention first = body.mentions.get(0);
        EntityDraft nearest = null;
        int nearestEnd = -1;
        for (EntityDraft draft : drafts) {
            if (draft == body || !"COUNTRY".equals(draft.type) || draft.code == null) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                boolean justBefore = mention.end() <= first.start() && mention.sentenceIndex() >= first.sentenceIndex() - 1;
                if (justBefore && mention.end() > nearestEnd) {
                    nearest = draft;
                    nearestEnd = mention.end();
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static boolean opensWithOwnerPronoun(Mention mention) {
        String[] words = mention.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 1 && words[0].equals("its");
    }
}
