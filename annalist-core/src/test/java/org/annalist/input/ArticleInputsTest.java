package org.annalist.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.article.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {

    @TempDir
    Path dir;

    private static final String GOOD = " date 2025-03-04 Kenya and Ethiopia signed a border accord on Tuesday.";

    private List<ReadResult> readAll(List<String> paths, InputFormat format, InputLimits limits, String stdin) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (ArticleInputs inputs = new ArticleInputs(paths, format, limits,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new ObjectMapper())) {
            inputs.forEachRemaining(results::add);
        }
        return results;
    }

    private List<ReadResult> readAll(String... paths) throws IOException {
        return readAll(List.of(paths), null, InputLimits.DEFAULT, "");
    }

    private static List<String> ids(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Read)
                .map(r -> ((ReadResult.Read) r).article().id()).toList();
    }

    private static List<String> rejections(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Rejected)
                .map(r -> ((ReadResult.Rejected) r).rejection().message()).toList();
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("b/inner/c.txt"), GOOD);
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Files.writeString(dir.resolve(".hidden.txt"), GOOD);

        assertThat(ids(readAll(dir.toString()))).containsExactly("a", "c");
    }

    @Test
    void rejectsEachBadFileWithItsNameAndReasonAndStillReadsTheGoodOnes() throws IOException {
        Files.writeString(dir.resolve("1-good.txt"), GOOD);
        Files.writeString(dir.resolve("2-empty.txt"), "  \n\n ");
        Files.write(dir.resolve("3-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Files.write(dir.resolve("4-latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("5-empty-page.html"), "<html><body><nav>Home</nav></body></html>");
        Files.writeString(dir.resolve("6-report.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("7-good.txt"), GOOD);

        List<ReadResult> results = readAll(dir.toString(), dir.resolve("missing.txt").toString());

        assertThat(ids(results)).containsExactly("1-good", "7-good");
        assertThat(rejections(results)).containsExactly(
                dir.resolve("2-empty.txt") + ": empty input",
                dir.resolve("3-binary.txt") + ": binary content: NUL byte at offset 4",
                dir.resolve("4-latin1.txt") + ": invalid UTF-8: bad byte sequence at offset 3",
                dir.resolve("5-empty-page.html") + ": no article text: no paragraph of article text in the page",
                dir.resolve("6-report.pdf") + ": unsupported format: expected .txt, .jsonl or .html",
                dir.resolve("missing.txt") + ": cannot read: no such file");
    }

    @Test
    void rejectsAFileOverTheSizeLimitWithoutReadingItWhole() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "The ministers met again and again in the capital on Monday.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Files.writeString(dir.resolve("small.txt"), GOOD);

        List<ReadResult> results = readAll(List.of(big.toString(), dir.resolve("small.txt").toString()), null, InputLimits.DEFAULT, "");

        assertThat(rejections(results)).containsExactly(big + ": too large: more than 10485760 bytes (the limit; see --max-bytes)");
        assertThat(ids(results)).containsExactly("small");
    }

    @Test
    void readsJsonLinesAndRejectsOnlyTheBadLines() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            out.write("{\"id\": \"k1\", \"text\": \"Kenya and Ethiopia met.\", \"date\": \"2025-03-04\", \"source\": \"Harbour Post\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"k2\", \"text\": \"Unclosed\n".getBytes(StandardCharsets.UTF_8));
            out.write("\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"No id here, Caf".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xE9});
            out.write(" talks.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"k4\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"k5\", \"text\": \"Dated oddly.\", \"date\": \"someday\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"Rwanda and Uganda met.\", \"date\": \"2025-03-05T10:00:00Z\"}".getBytes(StandardCharsets.UTF_8));
        }

        List<ReadResult> results = readAll(corpus.toString());

        assertThat(ids(results)).containsExactly("k1", "corpus-7");
        assertThat(rejections(results)).hasSize(4);
        assertThat(rejections(results).get(0)).startsWith(corpus + ":2: malformed JSON: ");
        assertThat(rejections(results).get(1)).isEqualTo(corpus + ":4: invalid UTF-8: bad byte sequence at offset 25");
        assertThat(rejections(results).get(2)).isEqualTo(corpus + ":5: malformed JSON: missing string field \"text\"");
        assertThat(rejections(results).get(3)).isEqualTo(corpus + ":6: invalid field: unparseable date \"someday\"");
        var first = ((ReadResult.Read) results.get(0)).article();
        assertThat(first.source()).isEqualTo("Harbour Post");
        assertThat(first.date()).hasToString("2025-03-04");
    }

    @Test
    void readsStandardInputInTheRequestedFormat() throws IOException {
        List<ReadResult> text = readAll(List.of("-"), null, InputLimits.DEFAULT, GOOD);
        List<ReadResult> jsonl = readAll(List.of("-"), InputFormat.JSONL, InputLimits.DEFAULT,
                "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n");

        assertThat(ids(text)).containsExactly("stdin");
        assertThat(ids(jsonl)).containsExactly("a", "b");
    }

    @Test
    void rejectsAnOversizedJsonLineAndReadsTheNext() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\": \"big\", \"text\": \"" + "x".repeat(2000) + "\"}\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n");

        List<ReadResult> results = readAll(List.of(corpus.toString()), null, new InputLimits(1000, 1000), "");

        assertThat(ids(results)).containsExactly("ok");
        assertThat(rejections(results)).singleElement().asString().startsWith(corpus + ":1: too large: 2025 bytes in one line");
        assertThat(rejections(results).get(0)).doesNotContain(RejectionReason.EMPTY.description());
    }
}
