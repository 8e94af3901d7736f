package org.annalist.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.annalist.pipeline.CodedArticle;

/** Writes one JSON object per article per line (JSON Lines), flushed per article. */
public final class JsonLinesSink implements ArticleSink {

    private final ObjectMapper mapper;
    private final ArticleJson json;
    private final Writer out;

    public JsonLinesSink(ObjectMapper mapper, ArticleJson json, OutputStream out) {
        this.mapper = mapper;
        this.json = json;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
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
