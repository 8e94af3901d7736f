package org.annalist.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.annalist.article.Article;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;
import org.annalist.input.ArticleInputs;
import org.annalist.input.InputFormat;
import org.annalist.input.InputLimits;
import org.annalist.input.InvalidInputException;
import org.annalist.input.JsonLineArticleParser;
import org.annalist.input.ReadResult;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads articles into {@link InputRows} from any Hadoop-compatible location (local paths,
 * hdfs://, s3a://…, globs), with the core readers, so ids, limits and rejections are those of
 * {@code annalist code}: JSON Lines and plain-text files are opened by Spark and read by
 * {@link ArticleInputs#ofStream}; Parquet rows are read by Spark and parsed as the JSON record
 * they would be in a JSON Lines file. The size limits are the CLI's defaults ({@link InputLimits#DEFAULT}).
 */
final class ArticleReaders {

    /** The input formats of the job. */
    enum Format {
        /** Files of JSON lines: id, text, date, title, url, source. */
        JSONL,
        /** Files in the plain-text article form, one article per file; its id is the file name. */
        TEXT,
        /** Parquet files with the JSON Lines columns. */
        PARQUET;

        static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--input-format must be jsonl, text or parquet, not " + name);
            }
        }
    }

    private ArticleReaders() {}

    static Dataset<Row> read(SparkSession spark, String uri, Format format) {
        return switch (format) {
            case JSONL -> readFiles(spark, uri, InputFormat.JSONL);
            case TEXT -> readFiles(spark, uri, InputFormat.TEXT);
            case PARQUET -> readParquet(spark, uri);
        };
    }

    private static Dataset<Row> readFiles(SparkSession spark, String uri, InputFormat format) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Folders of articles are often organised by date; read them whole, as the CLI does.
        context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaRDD<Row> rows = context.binaryFiles(uri).flatMap(file -> {
            ArticleInputs inputs = ArticleInputs.ofStream(file._1(), format, file._2().open(), InputLimits.DEFAULT, new ObjectMapper());
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    boolean more = inputs.hasNext();
                    if (!more) {
                        close(inputs);
                    }
                    return more;
                }

                @Override
                public Row next() {
                    return InputRows.toRow(inputs.next());
                }
            };
        });
        return spark.createDataFrame(rows, InputRows.SCHEMA);
    }

    private static Dataset<Row> readParquet(SparkSession spark, String uri) {
        Dataset<Row> records = spark.read().parquet(uri);
        Dataset<Row> lines = records.select(
                functions.input_file_name().alias("origin"),
                functions.to_json(functions.struct(records.columns()[0], otherColumns(records.columns()))).alias("json"));
        return lines.mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) partition -> {
            JsonLineArticleParser parser = new JsonLineArticleParser(new ObjectMapper());
            List<Row> read = new ArrayList<>();
            partition.forEachRemaining(line -> read.add(InputRows.toRow(parseRecord(parser, line.getString(0), line.getString(1), InputLimits.DEFAULT))));
            return read.iterator();
        }, Encoders.row(InputRows.SCHEMA));
    }

    /**
     * One Parquet record as an article. A record without an id gets the file's name and a hash
     * of the record, which is stable across runs as a JSON Lines line number is.
     */
    private static ReadResult parseRecord(JsonLineArticleParser parser, String origin, String json, InputLimits limits) {
        String fileName = origin.substring(origin.lastIndexOf('/') + 1);
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        try {
            Article article = parser.parse(stem + "-" + shortHash(json), origin, json);
            if (article.text().length() > limits.maxArticleChars()) {
                return new ReadResult.Rejected(new Rejection(origin + " " + article.id(), RejectionReason.TOO_LARGE,
                        article.text().length() + " characters of text (the limit is " + limits.maxArticleChars() + ")"));
            }
            return new ReadResult.Read(article);
        } catch (InvalidInputException e) {
            return new ReadResult.Rejected(new Rejection(origin, e.reason(), e.getMessage()));
        }
    }

    private static String[] otherColumns(String[] columns) {
        return java.util.Arrays.copyOfRange(columns, 1, columns.length);
    }

    private static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }

    private static void close(ArticleInputs inputs) {
        try {
            inputs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
