package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.dictionary.TsvTable;
import org.annalist.reranking.RecipientModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainRecipientsCommandTest {

    @TempDir
    Path dir;

    /** A gold set of one article (written for this test): an accusation whose recipient the gold codes. */
    private Path goldSet(String name, String accuser, String accuserCode, String accused, String accusedCode) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("articles"));
        Files.writeString(folder.resolve(name + "-1.txt"), " date 2025-03-04 " + accuser + " accused " + accused
                + " of arming rebels on Wednesday.\n", StandardCharsets.UTF_8);
        Path gold = dir.resolve(name).resolve("gold.jsonl");
        Files.writeString(gold, "{\"article\": \"" + name + "-1\", \"events\": [{\"event\": \"ACCUSE\", \"actor\": [{\"code\": \""
                + accuserCode + "\", \"sector\": null}], \"recipient\": [{\"code\": \"" + accusedCode + "\", \"sector\": null}], "
                + "\"date\": \"2025-03-04\", \"aux\": [], \"cameo\": \"112\", \"evidence\": \"accused\"}]}\n", StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void learnsWhichCandidateIsTheGoldRecipientAndCountsWhatItWouldFixAndBreakPerSet() throws IOException {
        List<String> arguments = new ArrayList<>(List.of("train-recipients", "--cross-validate", "--out", dir.resolve("weights.tsv").toString()));
        for (Path gold : List.of(goldSet("east", "Somalia", "SOM", "Eritrea", "ERI"), goldSet("asia", "Pakistan", "PAK", "Afghanistan", "AFG"),
                goldSet("south", "Venezuela", "VEN", "Colombia", "COL"))) {
            arguments.add("--gold");
            arguments.add(gold.toString());
        }

        CliRun run = CliRun.run(arguments.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo(
                "3 events paired with gold on type and actor and with more than one candidate; rules' recipient right on 3, some candidate right on 3");
        assertThat(run.out()).containsPattern("  east +\\d\\.\\d\\d +(\\d+\\.\\d|Infinity) +1 +1 +0 +0 +0").contains("total fixed 0 broken 0 net 0");
        RecipientModel model = RecipientModel.of(TsvTable.file(dir.resolve("weights.tsv"), Set.of("feature", "weight", "events")));
        assertThat(model.score(List.of("candidate=rule"))).isGreaterThan(model.score(List.of("candidate=none")));
        assertThat(Files.readString(dir.resolve("weights.tsv"))).contains("# Written by: annalist train-recipients --gold ");
    }

    @Test
    void refusesToRunWithNothingToDo() {
        CliRun run = CliRun.run("train-recipients", "--gold", "gold.jsonl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --out FILE, --cross-validate or both");
    }
}
