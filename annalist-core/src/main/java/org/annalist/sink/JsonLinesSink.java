package org.annalist.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.annalist.pipeline.CodedArticle;

/** Writes one JSON object per article per line (JSON Lines), flushed per article. */
public final class JsonLinesSink implements ArticleSink {

    private final ObjectMapper mapper;
    private final ArticleJson json;
    private final Writer out;

    /** @param out where the lines go; UTF-8 is the caller's choice of writer */
    public JsonLinesSink(ObjectMapper mapper, ArticleJson json, Writer out) {
        this.mapper = mapper;
        this.json = json;
        this.out = out;
    }

    @Override
    public void accept(CodedArticle article) throws IOException {
        out.write(mapper.writeValueAsString(json.toJson(article)));
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
