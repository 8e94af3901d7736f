package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;

/**
 * Pairs system mentions with gold mentions, one to one, by syntactic head: a system mention can
 * stand for a gold mention when it covers the gold mention's head token. Heads, not exact spans,
 * because GUM's mentions are maximal noun phrases ("the six Afghan girls who were denied visas")
 * while a system mention is usually the name or the core phrase ("the six Afghan girls"). When
 * one system mention covers several gold heads ("Dover's port" holds "Dover" and "port"), the
 * pairs are taken best first by the overlap of their character spans (intersection over union).
 *
 * <p>Every gold mention takes part, whatever its type, so a system mention is never forced onto an
 * actor mention when it is really a better fit for another one.
 */
public final class MentionAlignment {

    /** The system entity id of each aligned gold mention, by index in the gold list. */
    private final Map<Integer, String> systemEntityByGold;
    private final int systemMentions;

    private MentionAlignment(Map<Integer, String> systemEntityByGold, int systemMentions) {
        this.systemEntityByGold = Map.copyOf(systemEntityByGold);
        this.systemMentions = systemMentions;
    }

    public static MentionAlignment align(List<GoldMention> gold, ActorAnalysis system) {
        record Candidate(int gold, int system, double overlap) {}
        List<Mention> mentions = new ArrayList<>();
        List<String> entityOfMention = new ArrayList<>();
        for (Entity entity : system.entities()) {
            for (Mention mention : entity.mentions()) {
                mentions.add(mention);
                entityOfMention.add(entity.id());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldMention expected = gold.get(g);
            for (int s = 0; s < mentions.size(); s++) {
                Mention found = mentions.get(s);
                if (found.start() <= expected.headStart() && expected.headEnd() <= found.end()) {
                    candidates.add(new Candidate(g, s, intersectionOverUnion(expected, found)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::system));
        Map<Integer, String> pairs = new HashMap<>();
        boolean[] systemTaken = new boolean[mentions.size()];
        for (Candidate candidate : candidates) {
            if (!pairs.containsKey(candidate.gold()) && !systemTaken[candidate.system()]) {
                pairs.put(candidate.gold(), entityOfMention.get(candidate.system()));
                systemTaken[candidate.system()] = true;
            }
        }
        return new MentionAlignment(pairs, mentions.size());
    }

    private static double intersectionOverUnion(GoldMention expected, Mention found) {
        int intersection = Math.min(expected.end(), found.end()) - Math.max(expected.start(), found.start());
        int union = Math.max(expected.end(), found.end()) - Math.min(expected.start(), found.start());
        return union == 0 ? 0 : (double) Math.max(intersection, 0) / union;
    }

    public boolean aligned(int goldIndex) {
        return systemEntityByGold.containsKey(goldIndex);
    }

    /** The id of the system entity the gold mention was paired with; null when none. */
    public String systemEntity(int goldIndex) {
        return systemEntityByGold.get(goldIndex);
    }

    /** How many mentions the system gave in all. */
    public int systemMentions() {
        return systemMentions;
    }

    /** How many system mentions were paired with a gold mention of any type. */
    public int alignedMentions() {
        return systemEntityByGold.size();
    }
}
