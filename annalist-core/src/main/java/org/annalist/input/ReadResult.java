package org.annalist.input;

import org.annalist.article.Article;
import org.annalist.article.Rejection;

/** What reading one input item gives: an article, or the reason there is none. */
public sealed interface ReadResult {

    record Read(Article article) implements ReadResult {}

    record Rejected(Rejection rejection) implements ReadResult {}
}
