package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.actors.ActorAnalysis;

/**
 * Scores entity grouping (within-article coreference) against GUM's gold chains.
 *
 * <p>Only the actor types count: gold entities of type person, organization or place. The chains
 * are compared over the gold mentions the system found (see {@link MentionAlignment}), so MUC,
 * B³ and CEAF-e measure grouping alone, whatever the system missed; what it missed is reported
 * separately as mention detection recall, for names and for pronouns. Singletons of the gold
 * (GUM annotates them) take part in B³ and CEAF-e as in the CoNLL-2012 setting.
 */
public final class CoreferenceScorer {

    /** GUM's entity types that are actors for Annalist. */
    public static final Set<String> ACTOR_TYPES = Set.of("person", "organization", "place");

    private LinkScore muc = LinkScore.ZERO;
    private LinkScore bCubed = LinkScore.ZERO;
    private LinkScore ceafEntity = LinkScore.ZERO;
    private final Detection named = new Detection();
    private final Detection pronouns = new Detection();
    private final Detection others = new Detection();
    private int systemMentions;
    private int systemMentionsAligned;
    private int documents;

    /** Gold mentions of one kind: how many, and how many the system found. */
    public static final class Detection {
        private int gold;
        private int found;

        void count(boolean wasFound) {
            gold++;
            found += wasFound ? 1 : 0;
        }

        public int gold() {
            return gold;
        }

        public int found() {
            return found;
        }

        public double recall() {
            return Counts.ratio(found, gold);
        }
    }

    public void add(GumDocument document, ActorAnalysis system) {
        List<GoldMention> gold = document.mentions();
        MentionAlignment alignment = MentionAlignment.align(gold, system);
        Map<String, Set<Integer>> key = new LinkedHashMap<>();
        Map<String, Set<Integer>> response = new LinkedHashMap<>();
        for (int index = 0; index < gold.size(); index++) {
            GoldMention mention = gold.get(index);
            if (!ACTOR_TYPES.contains(mention.entityType())) {
                continue;
            }
            boolean found = alignment.aligned(index);
            (mention.named() ? named : mention.pronoun() ? pronouns : others).count(found);
            if (found) {
                key.computeIfAbsent(mention.entityId(), id -> new TreeSet<>()).add(index);
                response.computeIfAbsent(alignment.systemEntity(index), id -> new TreeSet<>()).add(index);
            }
        }
        List<Set<Integer>> keyChains = new ArrayList<>(key.values());
        List<Set<Integer>> responseChains = new ArrayList<>(response.values());
        muc = muc.plus(ClusterMetrics.muc(keyChains, responseChains));
        bCubed = bCubed.plus(ClusterMetrics.bCubed(keyChains, responseChains));
        ceafEntity = ceafEntity.plus(ClusterMetrics.ceafEntity(keyChains, responseChains));
        systemMentions += alignment.systemMentions();
        systemMentionsAligned += alignment.alignedMentions();
        documents++;
    }

    public LinkScore muc() {
        return muc;
    }

    public LinkScore bCubed() {
        return bCubed;
    }

    public LinkScore ceafEntity() {
        return ceafEntity;
    }

    /** The mean of the three F1s, the CoNLL-2012 summary figure. */
    public double conllF1() {
        return (muc.f1() + bCubed.f1() + ceafEntity.f1()) / 3;
    }

    /** Actor mentions headed by a proper noun. */
    public Detection named() {
        return named;
    }

    /** Actor mentions headed by a personal or possessive pronoun. */
    public Detection pronouns() {
        return pronouns;
    }

    /** Actor mentions headed by anything else: common nouns ("the minister"), numbers… */
    public Detection others() {
        return others;
    }

    /** Every mention the system gave, of any type. */
    public int systemMentions() {
        return systemMentions;
    }

    /** System mentions paired with a gold mention of any type (the rest GUM does not annotate as we split them). */
    public int systemMentionsAligned() {
        return systemMentionsAligned;
    }

    public int documents() {
        return documents;
    }
}
