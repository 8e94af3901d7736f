package org.annalist.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.annalist.input.ReadResult;
import org.annalist.pipeline.BatchRunner;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Codes one partition of input rows into {@link CodedRows}: with the executor's shared pipeline,
 * through the same {@link BatchRunner} as the command line, so time limits and rejections
 * (timed out, out of memory, internal error) are exactly those of {@code annalist code}.
 *
 * <p>The partition's output rows are kept until the partition is done (BatchRunner hands
 * outcomes to a consumer); they are a few kilobytes per article, so the partition size, not the
 * corpus size, bounds the memory this takes.
 */
final class ArticleCoding implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final CodingSettings settings;

    ArticleCoding(CodingSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        BatchRunner runner = new BatchRunner(ExecutorPipelines.pipeline(settings), settings.batchSettings());
        Iterator<ReadResult> results = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public ReadResult next() {
                return InputRows.fromRow(inputs.next());
            }
        };
        List<Row> coded = new ArrayList<>();
        runner.run(results, outcome -> coded.add(CodedRows.row(outcome)), done -> { });
        return coded.iterator();
    }
}
