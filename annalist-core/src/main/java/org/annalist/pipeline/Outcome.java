package org.annalist.pipeline;

import org.annalist.article.Rejection;

/** The result of one input item in a batch: coded, or rejected with a reason. */
public sealed interface Outcome {

    record Coded(CodedArticle article) implements Outcome {}

    record Rejected(Rejection rejection) implements Outcome {}
}
