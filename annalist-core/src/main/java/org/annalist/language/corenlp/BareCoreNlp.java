package org.annalist.language.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.annalist.article.Article;

/**
 * Plain CoreNLP with the same annotators and settings as {@link CoreNlpAnnotator}, in one pass
 * and without conversion: the baseline the benchmark compares the full pipeline against.
 */
public final class BareCoreNlp {

    private final StanfordCoreNLP pipeline;

    public BareCoreNlp(LanguageSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit," + settings.annotators());
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        properties.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrainedEntities()));
        properties.setProperty("ner.useSUTime", "true");
        properties.setProperty("ner.buildEntityMentions", "true");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** Annotates the article and returns its token count. */
    public int annotate(Article article) {
        Annotation annotation = new Annotation(article.text());
        if (article.date() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        }
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
