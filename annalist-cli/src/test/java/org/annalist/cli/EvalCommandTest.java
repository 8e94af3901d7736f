package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private static String row(int id, String form, String tag, int head, String misc) {
        return String.join("\t", String.valueOf(id), form, form.toLowerCase(), "_", tag, "_", String.valueOf(head), "dep", "_", misc);
    }

    @Test
    void refusesToRunWithoutAnyGoldSet() {
        CliRun run = CliRun.run("eval");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give at least one --gold FILE or --gum DIR");
    }

    @Test
    void scoresEntityGroupingOfAGumFolderForTheResolverAndTheBaseline() throws IOException {
        // Written for this test: "Ana Lopez" and "Lopez" and "she" are one person; "Madrid" a place.
        String conllu = String.join("\n",
                "# newdoc id = GUM_news_test",
                "# meta::dateCreated = 2022-05-06",
                "# newpar",
                "# text = Ana Lopez arrived in Madrid on Monday.",
                row(1, "Ana", "NNP", 3, "Entity=(1-person-new-nnnnn-cf1-1,2-coref"),
                row(2, "Lopez", "NNP", 1, "Entity=1)"),
                row(3, "arrived", "VBD", 0, "_"),
                row(4, "in", "IN", 5, "_"),
                row(5, "Madrid", "NNP", 3, "Entity=(2-place-new-nnnnn-cf2-1-sgl-Madrid)"),
                row(6, "on", "IN", 7, "_"),
                row(7, "Monday", "NNP", 3, "Entity=(3-time-new-nnnnn-cf3-1-sgl)|SpaceAfter=No"),
                row(8, ".", ".", 3, "_"),
                "",
                "# text = Lopez said she would stay.",
                row(1, "Lopez", "NNP", 2, "Entity=(1-person-giv:act-nnnnn-cf1-1-coref)"),
                row(2, "said", "VBD", 0, "_"),
                row(3, "she", "PRP", 5, "Entity=(1-person-giv:act-nnnnn-cf1-1-ana)"),
                row(4, "would", "MD", 5, "_"),
                row(5, "stay", "VB", 2, "SpaceAfter=No"),
                row(6, ".", ".", 2, "_"),
                "");
        Files.writeString(dir.resolve("GUM_news_test.conllu"), conllu, StandardCharsets.UTF_8);

        CliRun run = CliRun.run("eval", "--gum", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 GUM documents; entity grouping of persons, organisations and places")
                .contains("dictionary resolver, 1 documents scored:")
                .contains("baseline (one entity per named-entity text), 1 documents scored:");
        String baseline = run.out().substring(run.out().indexOf("baseline"));
        // The baseline groups CoreNLP's entity mentions (which include "she") by text: "Ana Lopez", "Lopez" and
        // "she" stay apart. Key {Ana Lopez, Lopez, she} {Madrid}; response four singletons:
        // MUC 0; B3 recall (3 x 1/3 + 1) / 4 = 0.5, precision 1; CEAF-e (1/2 + 1) over 2 key and 4 response entities.
        assertThat(baseline).contains("names 1.000 (3/3), pronouns 1.000 (1/1)")
                .contains("MUC      P 0.000  R 0.000  F1 0.000")
                .contains("B3       P 1.000  R 0.500  F1 0.667")
                .contains("CEAF-e   P 0.375  R 0.750  F1 0.500");
    }

    @Test
    void saysWhyEachMissedGoldEventWasMissed() throws IOException {
        // Written for this test: one sentence per diagnosis.
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/ke01-border.txt"), String.join("\n",
                "Kenya and Uganda trade blame over border crossing",
                "",
                "NAIROBI, March 3 (Annalist) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.",
                "",
                "The talks were held behind closed doors at a lakeside hotel.",
                "",
                "Uganda condemned Kenya's decision to raise fees at the crossing.",
                "",
                "Kenya shuttered the bridge at Busia to Ugandan traders on Tuesday.",
                ""), StandardCharsets.UTF_8);
        String gold = "{\"article\": \"ke01-border\", \"events\": ["
                + event("CONSULT", "KEN", "TZA", "Kenyan President William Ruto met Ugandan President Yoweri Museveni") + ", "
                + event("CONSULT", "KEN", "TZA", "The talks were held behind closed doors") + ", "
                // the gold's curly apostrophe against the article's straight one
                + event("PROTEST", "UGA", "KEN", "Uganda condemned Kenya\u2019s decision") + ", "
                + event("SANCTION", "KEN", "UGA", "Kenya shuttered the bridge at Busia") + ", "
                + event("ASSAULT", "KEN", "UGA", "words that are not in the article") + "]}\n";
        Files.writeString(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);

        CliRun run = CliRun.run("eval", "--gold", dir.resolve("gold.jsonl").toString(), "--errors");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsSubsequence(
                "    event  ke01-border: missed CONSULT [KEN] -> [TZA]  \"Kenyan President William Ruto met Ugandan President Yoweri Museveni\"",
                "           why: coded as CONSULT [KEN] -> [UGA] (consult.meet at \"met\")",
                "    event  ke01-border: missed CONSULT [KEN] -> [TZA]  \"The talks were held behind closed doors\"",
                "           why: rejected consult.hold-talk (NO_ACTOR) at \"held\": actor sought in [subject]: nothing",
                "    event  ke01-border: missed PROTEST [UGA] -> [KEN]  \"Uganda condemned Kenya\u2019s decision\"",
                "           why: coded as ACCUSE [UGA] -> [KEN] (accuse.condemn at \"condemned\")",
                "    event  ke01-border: missed SANCTION [KEN] -> [UGA]  \"Kenya shuttered the bridge at Busia\"",
                "           why: no trigger; no pattern knows: shutter, bridge",
                "    event  ke01-border: missed ASSAULT [KEN] -> [UGA]  \"words that are not in the article\"",
                "           why: sentence not found",
                "  missed events by diagnosis: coded as other parties 1, coded as other type 1, no trigger 1,"
                        + " rejected NO_ACTOR 1, sentence not found 1");
    }

    @Test
    void saysWhenAMissedGoldEventWasCodedButWithheldForItsLowConfidence() throws IOException {
        // Written for this test: the meeting is coded right, and only the reporting minimum drops it.
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/ke03-meeting.txt"), String.join("\n",
                "Kenya and Uganda leaders meet",
                "",
                "NAIROBI, March 3 (Annalist) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), "{\"article\": \"ke03-meeting\", \"events\": ["
                + event("CONSULT", "KEN", "UGA", "Kenyan President William Ruto met Ugandan President Yoweri Museveni") + "]}\n",
                StandardCharsets.UTF_8);

        CliRun atDefault = CliRun.run("eval", "--gold", dir.resolve("gold.jsonl").toString(), "--errors");
        CliRun strict = CliRun.run("eval", "--gold", dir.resolve("gold.jsonl").toString(), "--errors", "--min-confidence", "0.999");

        assertThat(atDefault.out()).contains("tp 1,").contains("fn 0)").doesNotContain("why:");
        assertThat(strict.outLines()).anySatisfy(line -> assertThat(line).matches(
                " +why: withheld: coded as CONSULT \\(consult\\.meet at \"(met|meet)\"\\) with confidence 0\\.\\d\\d, below the minimum 0\\.999"));
        assertThat(strict.out()).contains("missed events by diagnosis: withheld below the minimum confidence 1");
    }

    private static String event(String type, String actor, String recipient, String evidence) {
        return "{\"event\": \"" + type + "\", \"actor\": [{\"code\": \"" + actor + "\", \"sector\": null}], \"recipient\": [{\"code\": \""
                + recipient + "\", \"sector\": null}], \"aux\": [], \"evidence\": \"" + evidence + "\"}";
    }

    @Test
    void countsEventsPerRoleFillingPathWithWhatAnotherRecipientWouldHaveWon() throws IOException {
        // Written for this test: a meeting with the wrong recipient, a condemnation coded right.
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/ke02-visit.txt"), String.join("\n",
                "Kenya and Uganda leaders meet",
                "",
                "NAIROBI, March 3 (Annalist) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.",
                "",
                "Uganda condemned Kenya's decision to raise fees at the crossing.",
                ""), StandardCharsets.UTF_8);
        String gold = "{\"article\": \"ke02-visit\", \"events\": ["
                + event("CONSULT", "KEN", "TZA", "Kenyan President William Ruto met Ugandan President Yoweri Museveni") + ", "
                + event("ACCUSE", "UGA", "KEN", "Uganda condemned Kenya's decision") + "]}\n";
        Files.writeString(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);

        CliRun run = CliRun.run("eval", "--gold", dir.resolve("gold.jsonl").toString(), "--by-path");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("  events by path:");
        // the meeting is coded twice (KEN -> UGA, and the headline's joint KEN+UGA without a recipient); only the condemnation matches
        assertThat(run.outLines()).anyMatch(line -> line.matches("    actor +subject +3 +1 +0\\.333 +2 +0 +-"));
        // the meeting with Uganda missed the gold's KEN -> TZA only by its recipient ("only" 1), and would not match with none
        assertThat(run.outLines()).anyMatch(line -> line.matches("    recipient +object +2 +1 +0\\.500 +1 +1 +0"));
        assertThat(run.outLines()).anyMatch(line -> line.matches("    recipient +\\(no recipient\\) +1 +0 +0\\.000 +1 +0 +-"));
    }
}
