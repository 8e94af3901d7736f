package org.annalist.spark;

import java.time.LocalDate;
import org.annalist.article.Article;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;
import org.annalist.input.ReadResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the readers hand to the coders across Spark's shuffle: one row per input item, either an
 * article (every {@link Article} field) or a rejection (input, reason, detail). Rows are Spark's
 * own serialisable form, so the core records need not be {@code Serializable}.
 */
public final class InputRows {

    public static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.DateType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("author", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("origin", DataTypes.StringType, true),
        DataTypes.createStructField("rejected_input", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
        DataTypes.createStructField("detail", DataTypes.StringType, true),
    });

    private InputRows() {}

    public static Row toRow(ReadResult result) {
        if (result instanceof ReadResult.Read read) {
            Article article = read.article();
            return RowFactory.create(article.id(), article.date(), article.source(), article.author(), article.title(),
                    article.url(), article.text(), article.origin(), null, null, null);
        }
        Rejection rejection = ((ReadResult.Rejected) result).rejection();
        return RowFactory.create(null, null, null, null, null, null, null, null,
                rejection.input(), rejection.reason().name(), rejection.detail());
    }

    public static ReadResult fromRow(Row row) {
        String reason = row.getAs("reason");
        if (reason != null) {
            return new ReadResult.Rejected(new Rejection(row.getAs("rejected_input"), RejectionReason.valueOf(reason), row.getAs("detail")));
        }
        LocalDate date = row.getAs("date");
        return new ReadResult.Read(new Article(row.getAs("id"), date, row.getAs("source"), row.getAs("author"),
                row.getAs("title"), row.getAs("url"), row.getAs("text"), row.getAs("origin")));
    }
}
