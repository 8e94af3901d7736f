package org.annalist.spark;

import org.annalist.article.Rejection;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.Outcome;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row per input item after coding, holding all its output at once: the coded article's
 * events, quotes and entities as nested lists, or the rejection. Coding writes this table once;
 * the flat tables are then cut from it, so no article is coded twice and the counts of read,
 * coded and rejected come from the same rows as the tables.
 */
final class CodedRows {

    static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField("input", DataTypes.StringType, false),
        DataTypes.createStructField("article_id", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
        DataTypes.createStructField("detail", DataTypes.StringType, true),
        DataTypes.createStructField(ExportTable.EVENTS.directory(), DataTypes.createArrayType(SparkSchemas.schema(ExportTable.EVENTS), false), false),
        DataTypes.createStructField(ExportTable.QUOTES.directory(), DataTypes.createArrayType(SparkSchemas.schema(ExportTable.QUOTES), false), false),
        DataTypes.createStructField(ExportTable.ENTITIES.directory(), DataTypes.createArrayType(SparkSchemas.schema(ExportTable.ENTITIES), false), false),
    });

    private CodedRows() {}

    static Row row(Outcome outcome) {
        if (outcome instanceof Outcome.Coded coded) {
            CodedArticle article = coded.article();
            return RowFactory.create(article.article().origin(), article.article().id(), null, null,
                    SparkSchemas.rows(ExportRows.events(article)),
                    SparkSchemas.rows(ExportRows.quotes(article)),
                    SparkSchemas.rows(ExportRows.entities(article)));
        }
        Rejection rejection = ((Outcome.Rejected) outcome).rejection();
        return RowFactory.create(rejection.input(), null, rejection.reason().name(), rejection.detail(),
                new Row[0], new Row[0], new Row[0]);
    }
}
