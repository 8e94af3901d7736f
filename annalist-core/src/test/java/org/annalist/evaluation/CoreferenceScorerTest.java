package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.article.Article;
import org.junit.jupiter.api.Test;

class CoreferenceScorerTest {

    // The snippet's text: "The mayor of Dover spoke.\n\nShe praised Dover's port."
    // Gold: 0 "The mayor of Dover" (person 1, head "mayor"), 1 "Dover" (place 2), 2 "She" (person 1),
    //       3 "Dover's port" (place 3, head "port"), 4 "Dover's" (place 2, head "Dover").
    private static final GumDocument DOCUMENT = new GumReader().read(GumReaderTest.SNIPPET, "snippet").get(0);

    private static Mention mention(int start, int end, MentionKind kind) {
        return new Mention(start, end, DOCUMENT.article().text().substring(start, end), 0, kind);
    }

    private static Entity entity(String id, Mention... mentions) {
        return new Entity(id, mentions[0].text(), "X", null, null, null, List.of(mentions), "test");
    }

    @Test
    void scoresGroupingOverTheGoldMentionsFound() {
        // System: e1 {"mayor", "She"}, e2 {"Dover" 1st}, e3 {"Dover" 2nd}: the two Dovers split, "port" missed.
        ActorAnalysis system = new ActorAnalysis(List.of(
                entity("e1", mention(4, 9, MentionKind.NOMINAL), mention(27, 30, MentionKind.PRONOUN)),
                entity("e2", mention(13, 18, MentionKind.NAME)),
                entity("e3", mention(39, 44, MentionKind.NAME))));
        CoreferenceScorer scorer = new CoreferenceScorer();

        scorer.add(DOCUMENT, system);

        // Key over found mentions {0 2} {1 4}; response {0 2} {1} {4}.
        // MUC recall: {0 2} keeps 1 of 1, {1 4} cut in two keeps 0 of 1 → 1/2; precision 1/1.
        assertThat(scorer.muc().recall()).isEqualTo(0.5);
        assertThat(scorer.muc().precision()).isEqualTo(1.0);
        // B³ recall: 0 and 2 → 1, 1 and 4 → 1/2 each → 3/4; precision 1.
        assertThat(scorer.bCubed().recall()).isEqualTo(0.75);
        assertThat(scorer.bCubed().precision()).isEqualTo(1.0);
        // CEAF-e: {0 2}~{0 2} = 1, {1 4}~{1} = 2/3 → 5/3; recall /2 key entities, precision /3 response entities.
        assertThat(scorer.ceafEntity().recall()).isCloseTo((5.0 / 3) / 2, within(1e-9));
        assertThat(scorer.ceafEntity().precision()).isCloseTo((5.0 / 3) / 3, within(1e-9));
        assertThat(scorer.named().gold()).isEqualTo(2);
        assertThat(scorer.named().found()).isEqualTo(2);
        assertThat(scorer.pronouns().recall()).isEqualTo(1.0);
        assertThat(scorer.others().gold()).isEqualTo(2);
        assertThat(scorer.others().found()).isEqualTo(1);
        assertThat(scorer.systemMentions()).isEqualTo(4);
        assertThat(scorer.systemMentionsAligned()).isEqualTo(4);
    }

    @Test
    void alignsBySyntacticHeadAndPrefersTheClosestSpan() {
        // "Dover's port" covers the heads of both "Dover's port" and "Dover's"; it pairs with the
        // one whose span it matches ("Dover's port"), so "Dover's" stays unfound.
        ActorAnalysis system = new ActorAnalysis(List.of(entity("e1", mention(39, 51, MentionKind.NOMINAL))));

        MentionAlignment alignment = MentionAlignment.align(DOCUMENT.mentions(), system);

        assertThat(alignment.aligned(3)).isTrue();
        assertThat(alignment.systemEntity(3)).isEqualTo("e1");
        assertThat(alignment.aligned(4)).isFalse();
        assertThat(alignment.alignedMentions()).isEqualTo(1);
    }

    @Test
    void countsSystemMentionsThatCoverNoGoldHead() {
        // "spoke" is no gold mention: counted as given, aligned with nothing, scoring nothing.
        ActorAnalysis system = new ActorAnalysis(List.of(entity("e1", mention(19, 24, MentionKind.NAME))));
        CoreferenceScorer scorer = new CoreferenceScorer();

        scorer.add(DOCUMENT, system);

        assertThat(scorer.systemMentions()).isEqualTo(1);
        assertThat(scorer.systemMentionsAligned()).isZero();
        assertThat(scorer.named().found()).isZero();
        assertThat(scorer.muc().f1()).isZero();
    }

    @Test
    void leavesEntitiesOfOtherTypesOut() {
        // "Peace" is an abstract gold entity: the system found it but it counts nowhere.
        String text = "Lee wants peace. He said peace matters.";
        GumDocument document = new GumDocument(
                new Article("d", null, null, null, null, null, text, "d"),
                List.of(new GoldMention("1", "person", 0, 3, "Lee", 0, 3, "NNP"),
                        new GoldMention("2", "abstract", 10, 15, "peace", 10, 15, "NN"),
                        new GoldMention("1", "person", 17, 19, "He", 17, 19, "PRP"),
                        new GoldMention("2", "abstract", 25, 30, "peace", 25, 30, "NN")));
        ActorAnalysis system = new ActorAnalysis(List.of(
                new Entity("e1", "Lee", "PERSON", null, null, null, List.of(new Mention(0, 3, "Lee", 0, MentionKind.NAME)), "test"),
                new Entity("e2", "peace", "X", null, null, null, List.of(new Mention(10, 15, "peace", 0, MentionKind.NAME),
                        new Mention(17, 19, "He", 1, MentionKind.PRONOUN), new Mention(25, 30, "peace", 1, MentionKind.NAME)), "test")));
        CoreferenceScorer scorer = new CoreferenceScorer();

        scorer.add(document, system);

        // Key {Lee He}; response {Lee}{He}: MUC recall 0/1, precision 0/0; B³ recall 1/2, precision 1.
        assertThat(scorer.others().gold()).isZero();
        assertThat(scorer.named().found()).isEqualTo(1);
        assertThat(scorer.pronouns().found()).isEqualTo(1);
        assertThat(scorer.muc().recall()).isZero();
        assertThat(scorer.bCubed().recall()).isEqualTo(0.5);
        assertThat(scorer.bCubed().precision()).isEqualTo(1.0);
        assertThat(scorer.systemMentionsAligned()).isEqualTo(4);
    }
}
