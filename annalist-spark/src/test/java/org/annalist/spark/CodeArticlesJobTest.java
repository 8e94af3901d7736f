package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.article.Article;
import org.annalist.article.RejectionReason;
import org.annalist.input.PlainTextArticleParser;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.pipeline.RunSummary;
import org.annalist.testing.SharedLanguage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in Spark local mode on a small corpus and checks it codes exactly what the
 * command line's pipeline codes in-process, whatever stages that pipeline has today.
 */
class CodeArticlesJobTest {

    /** Short news-style articles written for this test: id, date, text. */
    private static final List<String[]> SHORT_ARTICLES = List.of(
            new String[] {"talks-ankara", "2024-03-12",
                "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday. "
                        + "The two ministers discussed trade and the war in Ukraine. "
                        + "\"We agreed to expand our cooperation in energy,\" Lavrov told reporters after the meeting."},
            new String[] {"nairobi-protest", "2024-06-25",
                "Kenyan police fired tear gas at thousands of protesters in Nairobi on Tuesday after parliament passed a tax bill. "
                        + "The opposition leader Raila Odinga accused the government of ignoring the people."},
            new String[] {"council-condemns", "2024-02-03",
                "The United Nations Security Council condemned the missile attack on a market in northern Syria. "
                        + "The council urged all parties to respect the ceasefire, a spokesman said."},
            new String[] {"japan-aid", "2024-09-06",
                "Japan will send humanitarian aid worth 50 million dollars to the Philippines after the typhoon, "
                        + "Prime Minister Fumio Kishida said on Friday. China also offered emergency assistance to Manila."});

    private static SparkSession spark;
    private static ArticlePipeline commandLinePipeline;
    private static Map<String, Article> articles;

    @BeforeAll
    static void startSparkAndReadCorpus() throws Exception {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("annalist-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        commandLinePipeline = PipelineFactory.create(SharedLanguage.annotator(), PipelineFactory.UserFiles.NONE);
        articles = new LinkedHashMap<>();
        Path example = SharedLanguage.exampleArticle();
        String exampleId = example.getFileName().toString().replace(".txt", "");
        articles.put(exampleId, new PlainTextArticleParser().parse(exampleId, example.toString(), Files.readString(example)));
        for (String[] article : SHORT_ARTICLES) {
            articles.put(article[0], new Article(article[0], LocalDate.parse(article[1]), "Test Wire", null, null, null, article[2], article[0]));
        }
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void codesJsonLinesLikeTheCommandLineAndRejectsTheMalformedLine(@TempDir Path folder) throws IOException {
        Path corpus = folder.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Article article : articles.values()) {
            ObjectNode record = mapper.createObjectNode().put("id", article.id()).put("text", article.text())
                    .put("date", article.date().toString());
            lines.add(mapper.writeValueAsString(record));
        }
        lines.add(2, "{\"id\": \"cut-short\", \"text\": \"The minister said");
        Files.write(corpus, lines);
        Path output = folder.resolve("out");

        RunSummary summary = CodeArticlesJob.run(spark, JobArguments.parse(
                "--input", corpus.toString(), "--input-format", "jsonl", "--output", output.toString(), "--partitions", "3"));

        assertThat(summary.read()).isEqualTo(6);
        assertThat(summary.coded()).isEqualTo(5);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejectedByReason()).containsExactly(Map.entry(RejectionReason.MALFORMED_JSON, 1L));
        List<Row> rejects = table(output, ExportTable.REJECTS);
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).getString(0)).endsWith("corpus.jsonl:3");
        assertThat(rejects.get(0).getString(1)).isEqualTo("MALFORMED_JSON");
        assertSameAsCommandLine(output, articles.keySet());
        assertThat(Files.exists(output.resolve(CodeArticlesJob.STAGING_DIRECTORY))).isFalse();
    }

    @Test
    void codesAFolderOfPlainTextArticlesLikeTheCommandLine(@TempDir Path folder) throws IOException {
        Path input = Files.createDirectories(folder.resolve("articles"));
        Files.copy(SharedLanguage.exampleArticle(), input.resolve(SharedLanguage.exampleArticle().getFileName()));
        Article talks = articles.get("talks-ankara");
        Files.writeString(input.resolve("talks-ankara.txt"), " date " + talks.date() + " " + talks.text() + "\n");
        Path output = folder.resolve("out");

        RunSummary summary = CodeArticlesJob.run(spark, JobArguments.parse(
                "--input", input.toString(), "--input-format", "text", "--output", output.toString()));

        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.coded()).isEqualTo(2);
        assertSameAsCommandLine(output, Set.of("000_46c7488adc6af09f", "talks-ankara"));
    }

    @Test
    void codesParquetRecordsLikeTheCommandLine(@TempDir Path folder) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.StringType, true),
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("url", DataTypes.StringType, true),
                DataTypes.createStructField("source", DataTypes.StringType, true)));
        List<Row> rows = new ArrayList<>();
        for (String id : List.of("nairobi-protest", "council-condemns")) {
            Article article = articles.get(id);
            rows.add(RowFactory.create(id, article.text(), article.date().toString(), null, null, "Test Wire"));
        }
        rows.add(RowFactory.create("no-text", null, "2024-01-01", null, null, null));
        String input = folder.resolve("articles.parquet").toString();
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(input);
        Path output = folder.resolve("out");

        RunSummary summary = CodeArticlesJob.run(spark, JobArguments.parse(
                "--input", input, "--input-format", "parquet", "--output", output.toString()));

        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.coded()).isEqualTo(2);
        assertThat(table(output, ExportTable.REJECTS)).extracting(row -> row.getString(1)).containsExactly("MALFORMED_JSON");
        assertSameAsCommandLine(output, Set.of("nairobi-protest", "council-condemns"));
    }

    /** The job's events, quotes and entities are those of the in-process pipeline, field for field. */
    private static void assertSameAsCommandLine(Path output, Set<String> articleIds) {
        List<CodedArticle> expected = articleIds.stream().map(id -> commandLinePipeline.code(articles.get(id))).toList();
        List<String> expectedEntities = expected.stream().flatMap(article -> ExportRows.entities(article).stream())
                .map(CodeArticlesJobTest::describeEntity).toList();
        assertThat(expectedEntities).as("the corpus has entities, so the comparison is not vacuous").isNotEmpty();
        assertThat(expected.stream().flatMap(article -> ExportRows.events(article).stream()).map(row -> row.value("confidence")))
                .as("the pipeline scores its events, so comparing confidence is not vacuous").isNotEmpty().doesNotContainNull();

        assertThat(table(output, ExportTable.EVENTS)).extracting(CodeArticlesJobTest::describeEvent)
                .containsExactlyInAnyOrderElementsOf(expected.stream().flatMap(article -> ExportRows.events(article).stream())
                        .map(row -> describeEvent(SparkSchemas.row(row))).toList());
        assertThat(table(output, ExportTable.QUOTES)).extracting(CodeArticlesJobTest::describeQuote)
                .containsExactlyInAnyOrderElementsOf(expected.stream().flatMap(article -> ExportRows.quotes(article).stream())
                        .map(row -> describeQuote(SparkSchemas.row(row))).toList());
        assertThat(table(output, ExportTable.ENTITIES)).extracting(CodeArticlesJobTest::describeEntity)
                .containsExactlyInAnyOrderElementsOf(expectedEntities);
    }

    private static List<Row> table(Path output, ExportTable table) {
        List<Row> rows = spark.read().parquet(output.resolve(table.directory()).toString()).collectAsList();
        if (!rows.isEmpty()) {
            assertThat(rows.get(0).schema().fieldNames())
                    .containsExactlyElementsOf(table.columns().stream().map(ExportColumn::name).toList());
        }
        return rows;
    }

    private static String describeEvent(Row row) {
        return describe(row, "id", "event", "mode", "actor", "actor_code", "actor_sector", "recipient", "recipient_code",
                "recipient_sector", "cameo", "rule", "confidence", "trigger_start", "trigger_end", "trigger_text", "aux", "date");
    }

    private static String describeQuote(Row row) {
        return describe(row, "article_id", "id", "start", "end", "direct", "speaker", "speaker_name");
    }

    private static String describeEntity(org.annalist.spark.ExportRow row) {
        return describeEntity(SparkSchemas.row(row));
    }

    private static String describeEntity(Row row) {
        return describe(row, "article_id", "id", "name", "type", "code", "sector", "title", "mention_count");
    }

    /** The named fields of a Spark row, or of a row made from an ExportRow (positional, so matched by table order). */
    private static String describe(Row row, String... fields) {
        ExportTable table = java.util.Arrays.stream(ExportTable.values())
                .filter(candidate -> candidate.columns().size() == row.size()
                        && candidate.columns().stream().map(ExportColumn::name).toList().containsAll(List.of(fields)))
                .findFirst().orElseThrow();
        return java.util.Arrays.stream(fields)
                .map(field -> String.valueOf(normalise(row.get(table.indexOf(field)))))
                .collect(Collectors.joining(" | "));
    }

    /** Spark gives lists back as Scala sequences; compare them as Java lists. */
    private static Object normalise(Object value) {
        if (value instanceof Object[] array) {
            return java.util.Arrays.asList(array);
        }
        if (value instanceof scala.collection.Seq<?> sequence) {
            return scala.jdk.javaapi.CollectionConverters.asJava(sequence);
        }
        return value;
    }
}
