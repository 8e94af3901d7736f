package org.annalist.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.annalist.article.RejectionReason;
import org.annalist.pipeline.RunSummary;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The Spark job: reads articles, codes them on the executors with the pipeline of
 * {@code annalist code}, and writes the events, quotes, entities and rejects tables as Parquet
 * under the output folder. Every input item ends in exactly one place — coded, or a row of
 * rejects — and the driver logs the count (read = coded + rejected).
 *
 * <p>Submit it with spark-submit (see the README); for a local run, pass
 * {@code -Dspark.master=local[2]} to {@code java}.
 */
public final class CodeArticlesJob {

    /** Where the per-article results are staged before the flat tables are cut from them; removed at the end. */
    static final String STAGING_DIRECTORY = "_coded";

    private CodeArticlesJob() {}

    public static void main(String[] arguments) {
        JobArguments job;
        try {
            job = JobArguments.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("annalist-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("annalist code").getOrCreate();
        try {
            RunSummary summary = run(spark, job);
            System.err.println("annalist-spark: " + summary.line() + String.format(java.util.Locale.ROOT,
                    " (%.2f articles/s)", summary.read() / Math.max(0.001, summary.elapsed().toMillis() / 1000.0)));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session and returns what it read, coded and rejected. */
    static RunSummary run(SparkSession spark, JobArguments job) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        long startedAt = System.nanoTime();
        Dataset<Row> inputs = ArticleReaders.read(spark, job.input(), job.format());
        int partitions = job.partitions() > 0 ? job.partitions() : 3 * spark.sparkContext().defaultParallelism();
        String staging = job.output() + "/" + STAGING_DIRECTORY;
        inputs.repartition(partitions)
                .mapPartitions(new ArticleCoding(job.coding()), Encoders.row(CodedRows.SCHEMA))
                .write().mode(SaveMode.Overwrite).parquet(staging);

        Dataset<Row> coded = spark.read().parquet(staging);
        write(coded.selectExpr("inline(" + ExportTable.EVENTS.directory() + ")"), job.output(), ExportTable.EVENTS);
        write(coded.selectExpr("inline(" + ExportTable.QUOTES.directory() + ")"), job.output(), ExportTable.QUOTES);
        write(coded.selectExpr("inline(" + ExportTable.ENTITIES.directory() + ")"), job.output(), ExportTable.ENTITIES);
        write(coded.where(functions.col("reason").isNotNull()).select("input", "reason", "detail"), job.output(), ExportTable.REJECTS);
        RunSummary summary = summarise(coded, Duration.ofNanos(System.nanoTime() - startedAt));
        delete(spark, staging);
        return summary;
    }

    private static void write(Dataset<Row> table, String output, ExportTable name) {
        table.write().mode(SaveMode.Overwrite).parquet(output + "/" + name.directory());
    }

    private static RunSummary summarise(Dataset<Row> coded, Duration elapsed) {
        Row totals = coded.agg(
                functions.count(functions.lit(1)),
                functions.count(functions.col("article_id")),
                functions.sum(functions.size(functions.col(ExportTable.ENTITIES.directory()))),
                functions.sum(functions.size(functions.col(ExportTable.QUOTES.directory()))),
                functions.sum(functions.size(functions.col(ExportTable.EVENTS.directory())))).first();
        Map<RejectionReason, Long> byReason = new EnumMap<>(RejectionReason.class);
        for (Row row : coded.where(functions.col("reason").isNotNull()).groupBy("reason").count().collectAsList()) {
            byReason.put(RejectionReason.valueOf(row.getString(0)), row.getLong(1));
        }
        long read = totals.getLong(0);
        long codedCount = totals.getLong(1);
        return new RunSummary(read, codedCount, read - codedCount, byReason,
                totals.isNullAt(2) ? 0 : totals.getLong(2), totals.isNullAt(3) ? 0 : totals.getLong(3),
                totals.isNullAt(4) ? 0 : totals.getLong(4), elapsed);
    }

    private static void delete(SparkSession spark, String directory) {
        try {
            Path path = new Path(directory);
            FileSystem fileSystem = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fileSystem.delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + directory, e);
        }
    }
}
