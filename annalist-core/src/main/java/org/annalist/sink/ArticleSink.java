package org.annalist.sink;

import java.io.IOException;
import org.annalist.pipeline.CodedArticle;

/** Where coded articles go: a JSON stream, the store, the search index. */
public interface ArticleSink extends AutoCloseable {

    void accept(CodedArticle article) throws IOException;

    @Override
    void close() throws IOException;
}
