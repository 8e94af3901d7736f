package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.confidence.ConfidenceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainConfidenceCommandTest {

    @TempDir
    Path dir;

    /** A gold set of one article (written for this test): talks the gold codes, and an accusation it leaves out. */
    private Path goldSet(String name, String first, String second, String talks, String accuser, String accused) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("articles"));
        Files.writeString(folder.resolve(name + "-1.txt"), " date 2025-03-04 " + first + " and " + second + " held talks in " + talks
                + " on Tuesday.\n\n" + accuser + " accused " + accused + " of arming rebels on Wednesday.\n", StandardCharsets.UTF_8);
        Path gold = dir.resolve(name).resolve("gold.jsonl");
        Files.writeString(gold, "{\"article\": \"" + name + "-1\", \"events\": [{\"event\": \"CONSULT\", \"actor\": [{\"code\": \""
                + code(first) + "\", \"sector\": null}, {\"code\": \"" + code(second) + "\", \"sector\": null}], \"recipient\": [], "
                + "\"date\": \"2025-03-04\", \"aux\": [], \"cameo\": \"040\", \"evidence\": \"held talks\"}]}\n", StandardCharsets.UTF_8);
        return gold;
    }

    private static String code(String country) {
        return switch (country) {
            case "Kenya" -> "KEN";
            case "Ethiopia" -> "ETH";
            case "Japan" -> "JPN";
            case "India" -> "IND";
            case "Brazil" -> "BRA";
            default -> "ARG";
        };
    }

    private List<String> goldArguments() throws IOException {
        List<String> arguments = new ArrayList<>();
        for (Path gold : List.of(goldSet("east", "Kenya", "Ethiopia", "Nairobi", "Somalia", "Eritrea"),
                goldSet("asia", "Japan", "India", "Tokyo", "Pakistan", "Afghanistan"),
                goldSet("south", "Brazil", "Argentina", "Brasilia", "Venezuela", "Colombia"))) {
            arguments.add("--gold");
            arguments.add(gold.toString());
        }
        return arguments;
    }

    @Test
    void learnsWeightsFromTheMatchedAndUnmatchedEventsAndCrossValidatesPerSet() throws IOException {
        List<String> arguments = new ArrayList<>(List.of("train-confidence", "--cross-validate", "--out", dir.resolve("weights.tsv").toString()));
        arguments.addAll(goldArguments());

        CliRun run = CliRun.run(arguments.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("3 gold articles with events, 6 coded events, 3 of them matched to gold (0.500)");
        assertThat(run.out()).containsPattern("  east +P 0\\.500 R 1\\.000 F1 0\\.667 \\(1/1/0\\)")
                .containsPattern("  asia +P 0\\.500 R 1\\.000 F1 0\\.667 \\(1/1/0\\)")
                .containsPattern("  south +P 0\\.500 R 1\\.000 F1 0\\.667 \\(1/1/0\\)");
        ConfidenceModel model = ConfidenceModel.file(dir.resolve("weights.tsv"));
        assertThat(model.weights().get(0)).isEqualTo(new ConfidenceModel.Weight("bias", model.weights().get(0).weight(), 6));
        double talks = model.probability(List.of("bias", "type=CONSULT", "trigger=verb"));
        double accusation = model.probability(List.of("bias", "type=ACCUSE", "trigger=verb"));
        assertThat(talks).isGreaterThan(0.5).isGreaterThan(accusation);
        assertThat(Files.readString(dir.resolve("weights.tsv"))).contains("# Written by: annalist train-confidence --cost 0.4 --gold ");
    }

    @Test
    void writesTheSameFileFromTheSameGold() throws IOException {
        List<String> gold = goldArguments();
        List<String> first = new ArrayList<>(List.of("train-confidence", "--out", dir.resolve("first.tsv").toString()));
        first.addAll(gold);
        List<String> second = new ArrayList<>(List.of("train-confidence", "--out", dir.resolve("second.tsv").toString()));
        second.addAll(gold);

        CliRun.run(first.toArray(String[]::new));
        CliRun.run(second.toArray(String[]::new));

        assertThat(dir.resolve("first.tsv")).hasSameBinaryContentAs(dir.resolve("second.tsv"));
    }

    @Test
    void refusesToRunWithNothingToDo() {
        CliRun run = CliRun.run("train-confidence", "--gold", "gold.jsonl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --out FILE, --cross-validate or both");
    }

    @Test
    void namesAGoldSetAfterItsFolder() {
        assertThat(GoldArticleCoding.setName(Path.of("evaluation/wire3/gold.jsonl"))).isEqualTo("wire3");
        assertThat(GoldArticleCoding.setName(Path.of("../shared/data/plover-gsr/PLOVER_GSR_dev.json"))).isEqualTo("PLOVER_GSR_dev.json");
    }
}
