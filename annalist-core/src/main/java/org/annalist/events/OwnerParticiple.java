package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.Dependency;
import org.annalist.language.Token;

/**
 * The holder named inside a compound participle of ownership or command: "a Greek-owned tanker",
 * "a Marshall Islands-flagged tanker", "a Spanish-flagged trawler", "a Kenyan-led mission". Ships
 * and missions are the targets of seizures, attacks and endorsements, and the party behind them
 * is the country in the participle, which the parser hangs from the participle ({@code dep},
 * {@code obl}, {@code compound}) rather than from the noun, so that the ordinary look-through of
 * a noun's modifiers missed it. Only participles on the {@code owner-participle} list qualify:
 * "Iranian-backed militias" and "Russian-made drones" are not Iran's or Russia's.
 */
final class OwnerParticiple {

    /** How the parser attaches the holder to the participle. */
    private static final Set<String> HOLDER_RELATIONS = Set.of("dep", "obl", "obl:npmod", "compound", "amod", "nmod", "advmod");

    private OwnerParticiple() {}

    /** The tokens naming the holder when the token is an owner participle; empty otherwise. */
    static List<Integer> holders(SentenceGraph graph, int participle, WordLists words) {
        Token token = graph.token(participle);
        String lemma = token.lemma() == null ? token.text() : token.lemma();
        if (!words.containsEither(ListName.OWNER_PARTICIPLE, lemma.toLowerCase(java.util.Locale.ROOT),
                token.text().toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        List<Integer> found = new ArrayList<>();
        for (Dependency arc : graph.basicDependents(participle)) {
            if (HOLDER_RELATIONS.contains(arc.relation()) && arc.dependent() < participle) {
                found.add(arc.dependent());
            }
        }
        return found;
    }
}
