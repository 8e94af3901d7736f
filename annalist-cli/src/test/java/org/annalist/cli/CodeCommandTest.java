package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.testing.OutputValidator;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> parse(CliRun run) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        for (String line : run.outLines()) {
            articles.add(MAPPER.readTree(line));
        }
        return articles;
    }

    @Test
    void codesTheExampleArticleIntoValidJsonWithItsNamesPlacesAndDate() throws IOException {
        CliRun run = CliRun.run("code", SharedLanguage.exampleArticle().toString());

        assertThat(run.exitCode()).isZero();
        List<JsonNode> articles = parse(run);
        assertThat(articles).hasSize(1);
        JsonNode article = articles.get(0);
        assertThat(new OutputValidator().problems(article)).isEmpty();
        assertThat(article.path("article").path("date").asText()).isEqualTo("2024-11-19");
        assertThat(article.path("article").path("source").asText()).isEqualTo("PressTV");
        List<String> mentionTexts = new ArrayList<>();
        article.path("entities").forEach(entity -> entity.path("mentions").forEach(m -> mentionTexts.add(m.path("text").asText())));
        assertThat(mentionTexts).contains("Mohammad-Reza Ashtiani", "Farid Aliyef", "Tehran", "Azerbaijan");
        List<String> persons = new ArrayList<>();
        article.path("entities").forEach(entity -> {
            if (entity.path("type").asText().equals("PERSON")) {
                persons.add(entity.path("name").asText());
            }
        });
        assertThat(persons).anyMatch(name -> name.contains("Ashtiani")).anyMatch(name -> name.contains("Aliyef"));
        JsonNode monday = null;
        for (JsonNode time : article.path("times")) {
            if (time.path("text").asText().equals("Monday")) {
                monday = time;
            }
        }
        assertThat(monday).isNotNull();
        assertThat(monday.path("value").asText()).isEqualTo("2024-11-18");
        assertThat(run.errLines()).last().asString().startsWith("annalist: read 1, coded 1, rejected 0;");
    }

    @Test
    void reportsEveryBadInputOnOneLineAndStillCodesTheGoodOnes() throws IOException {
        Files.copy(SharedLanguage.exampleArticle(), dir.resolve("01-example.txt"));
        Files.writeString(dir.resolve("02-empty.txt"), "\n\n");
        Files.write(dir.resolve("03-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0});
        Files.write(dir.resolve("04-latin1.txt"), "Minist\u00e8re des Affaires".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("05-corpus.jsonl"),
                "{\"id\": \"kenya\", \"text\": \"Kenya and Ethiopia held talks in Nairobi on Tuesday.\", \"date\": \"2025-03-04\"}\n"
                        + "{\"id\": \"broken\", \"text\": \n");
        Files.writeString(dir.resolve("06-no-text.html"), "<html><body><nav>Home</nav></body></html>");
        Files.writeString(dir.resolve("07-run-on.txt"), " date 2025-01-02 " + "Officials met and talked and ".repeat(1000) + "left.");
        try (var out = Files.newOutputStream(dir.resolve("08-huge.txt"))) {
            byte[] block = "The delegates met again. ".repeat(4000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 520; i++) {
                out.write(block);
            }
        }

        CliRun run = CliRun.run("code", "--no-progress", dir.toString());

        assertThat(run.exitCode()).isZero();
        List<JsonNode> articles = parse(run);
        assertThat(articles).extracting(a -> a.path("article").path("id").asText())
                .containsExactly("01-example", "kenya", "07-run-on");
        OutputValidator validator = new OutputValidator();
        articles.forEach(article -> assertThat(validator.problems(article)).isEmpty());
        assertThat(articles.get(2).path("warnings").get(0).asText())
                .startsWith("a sentence of 5002 tokens at character 0 was cut into chunks of 120 tokens");
        assertThat(run.errLines()).contains(
                "annalist: rejected " + dir.resolve("02-empty.txt") + ": empty input",
                "annalist: rejected " + dir.resolve("03-binary.txt") + ": binary content: NUL byte at offset 4",
                "annalist: rejected " + dir.resolve("04-latin1.txt") + ": invalid UTF-8: bad byte sequence at offset 6",
                "annalist: rejected " + dir.resolve("06-no-text.html") + ": no article text: no paragraph of article text in the page",
                "annalist: rejected " + dir.resolve("08-huge.txt") + ": too large: more than 10485760 bytes (the limit; see --max-bytes)");
        assertThat(run.errLines()).anyMatch(line -> line.startsWith("annalist: rejected " + dir.resolve("05-corpus.jsonl") + ":2: malformed JSON: "));
        assertThat(run.errLines()).last().asString().startsWith(
                "annalist: read 9, coded 3, rejected 6 (1 empty input, 1 binary content, 1 invalid UTF-8, 1 malformed JSON, 1 too large, 1 no article text);");
    }

    @Test
    void exitsWithFailureOnlyWhenNothingCouldBeCoded() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");

        CliRun run = CliRun.run("code", dir.resolve("empty.txt").toString(), dir.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "annalist: rejected " + dir.resolve("empty.txt") + ": empty input",
                "annalist: rejected " + dir.resolve("missing.txt") + ": cannot read: no such file",
                run.errLines().get(2));
        assertThat(run.errLines().get(2)).startsWith("annalist: read 2, coded 0, rejected 2 (1 empty input, 1 cannot read);");
    }

    @Test
    void rejectsAnArticleThatRunsPastTheTimeLimitAndCodesTheRest() throws IOException {
        Files.writeString(dir.resolve("a-talks.txt"), " date 2025-03-04 Kenya and Ethiopia held talks in Nairobi on Tuesday.");
        Files.writeString(dir.resolve("b-stalls.txt"), " date 2025-03-04 This article's annotation never finishes on its own.");
        LanguageFactory stallingOnB = settings -> new StallingAnnotator(SharedLanguage.annotator(), "b-stalls");

        CliRun run = CliRun.run(stallingOnB, "code", "--timeout", "3", "--threads", "1", dir.toString());

        assertThat(parse(run)).extracting(a -> a.path("article").path("id").asText()).containsExactly("a-talks");
        assertThat(run.errLines()).contains("annalist: rejected b-stalls (" + dir.resolve("b-stalls.txt") + "): timed out: longer than 3 s (see --timeout)");
        assertThat(run.errLines()).last().asString().startsWith("annalist: read 2, coded 1, rejected 1 (1 timed out);");
        assertThat(run.exitCode()).isZero();
    }

    /** Delegates to the real annotator, except that one article blocks until its worker is interrupted. */
    private record StallingAnnotator(org.annalist.language.LanguageAnnotator real, String stallingId)
            implements org.annalist.language.LanguageAnnotator {

        @Override
        public org.annalist.language.AnnotatedDocument annotate(org.annalist.article.Article article) {
            if (!article.id().equals(stallingId)) {
                return real.annotate(article);
            }
            try {
                Thread.sleep(Long.MAX_VALUE);
                throw new IllegalStateException("unreachable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("annotation interrupted", e);
            }
        }

        @Override
        public String description() {
            return real.description();
        }
    }
}
