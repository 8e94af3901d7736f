package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annalist.testing.OutputValidator;
import org.annalist.testing.ProjectPaths;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference article end to end with the confidence stage: every event scored, the sure ones high, the JSON unchanged otherwise. */
class ExampleConfidenceTest {

    private static CliRun first;
    private static JsonNode article;

    @TempDir
    Path dir;

    @BeforeAll
    static void codeTheExample() throws IOException {
        first = CliRun.run("code", SharedLanguage.exampleArticle().toString());
        article = new ObjectMapper().readTree(first.outLines().get(0));
    }

    @Test
    void givesEveryEventAConfidenceAndNamesBothWeightsFilesItCameFrom() {
        assertThat(first.exitCode()).isZero();
        assertThat(new OutputValidator().problems(article)).isEmpty();
        assertThat(article.path("events")).isNotEmpty();
        for (JsonNode event : article.path("events")) {
            assertThat(event.path("confidence").isNumber()).as(event.toString()).isTrue();
            assertThat(event.path("confidence").asDouble()).isBetween(0.0, 1.0);
            JsonNode provenance = event.path("provenance");
            assertThat(provenance.path("confidence_model").asText()).isEqualTo("events/confidence-weights.tsv");
            assertThat(provenance.path("confidence_model_sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(provenance.path("recipient_model").asText()).isEqualTo("events/recipient-weights.tsv");
            assertThat(provenance.path("recipient_model_sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(provenance.path("trigger_kind").asText()).isIn("verb", "noun");
            assertThat(provenance.path("actor_found_by").asText()).isNotEmpty();
        }
    }

    @Test
    void keepsTheMeetingAndTheJointDrillsAboveTheFilterTheCrossValidationChose() {
        List<JsonNode> cooperative = new java.util.ArrayList<>();
        article.path("events").forEach(event -> {
            if (List.of("CONSULT", "COOPERATE").contains(event.path("event").asText())) {
                cooperative.add(event);
            }
        });

        assertThat(cooperative).extracting(event -> event.path("event").asText()).contains("CONSULT", "COOPERATE");
        // leave-one-gold-set-out chose filter thresholds of 0.30 to 0.40 (docs/accuracy-confidence.md): every one of these events
        // must survive the strictest of them. (The joint-manoeuvre noun with no recipient, fifth paragraph, is the weakest: about 0.48.)
        assertThat(cooperative).allSatisfy(event -> assertThat(event.path("confidence").asDouble()).as(event.path("rule").asText()).isGreaterThan(0.40));
        // and the clearest of them (the meeting, the drills the Azeri general counts) is at least seven in ten right
        // (the 0.6-0.8 band of the cross-validated estimates is right 71 % of the time)
        assertThat(cooperative).anySatisfy(event -> assertThat(event.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.70));
    }

    @Test
    void withholdsTheEventsBelowTheMinimumConfidenceWithoutLosingThem() throws IOException {
        CliRun strict = CliRun.run("code", "--min-confidence", "0.7", SharedLanguage.exampleArticle().toString());
        JsonNode coded = new ObjectMapper().readTree(strict.outLines().get(0));

        assertThat(strict.exitCode()).isZero();
        assertThat(new OutputValidator().problems(coded)).isEmpty();
        assertThat(coded.path("events")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.7));
        assertThat(coded.path("withheld_events")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.path("confidence").asDouble()).isLessThan(0.7));
        assertThat(coded.path("events").size() + coded.path("withheld_events").size()).isEqualTo(article.path("events").size()
                + article.path("withheld_events").size());
    }

    @Test
    void refusesAMinimumConfidenceOutsideZeroToOne() {
        CliRun refused = CliRun.run("code", "--min-confidence", "1.5", SharedLanguage.exampleArticle().toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("--min-confidence must be from 0 to 1, was 1.5");
    }

    @Test
    void writesTheSameBytesEveryRun() {
        CliRun second = CliRun.run("code", SharedLanguage.exampleArticle().toString());

        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void stillPassesTheExampleChecks() throws IOException, InterruptedException {
        Optional<Path> tool = ProjectPaths.shared().map(shared -> shared.resolve("tools/check-example.py")).filter(Files::exists);
        assumeTrue(tool.isPresent(), "../shared/tools/check-example.py is not on this machine");
        Path json = dir.resolve("example.json");
        Files.writeString(json, first.out(), StandardCharsets.UTF_8);
        Process process;
        try {
            process = new ProcessBuilder("python3", tool.get().toString(), json.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            assumeTrue(false, "python3 is not on this machine");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();

        assertThat(output).contains("14/14 checks hold");
    }

    @Test
    void explainShowsTheConfidenceAndTheFeaturesThatMovedIt() {
        CliRun explain = CliRun.run("explain", SharedLanguage.exampleArticle().toString());

        assertThat(explain.outLines()).anySatisfy(line -> assertThat(line)
                .matches("\\s+confidence 0\\.\\d{3} \\(events/confidence-weights\\.tsv\\): [+-]\\d\\.\\d{2} \\S.*"));
        // explain shows every event, code only those at the default minimum confidence or above
        double minimum = Double.parseDouble(org.annalist.confidence.ConfidenceScoring.DEFAULT_MINIMUM);
        assertThat(explain.outLines().stream().map(String::strip).filter(line -> line.startsWith("confidence "))
                .filter(line -> Double.parseDouble(line.split(" ")[1]) >= minimum).count())
                .isEqualTo(article.path("events").size());
    }
}
