package org.annalist.language.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.annalist.article.Article;

/**
 * Times each CoreNLP annotator on its own, on one thread, in CPU time (so that other processes on
 * a shared machine do not distort the shares), to show where the language layer spends its time.
 * The named-entity annotator is measured in variants that add one part at a time (CRF models,
 * numeric classifiers, SUTime, fine-grained rules, entity mentions), each variant run over the
 * same tagged articles; the difference between two variants is the cost of the part added.
 * Variants load one after the other and are dropped after their pass, so memory stays bounded.
 * A measuring tool for {@code annalist bench}, not part of the coding path.
 */
public final class AnnotatorBreakdown {

    /** CPU milliseconds one step took over all articles, measured once after a warm-up pass. */
    public record Step(String name, String settings, double cpuMilliseconds) {}

    private final LanguageSettings settings;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public AnnotatorBreakdown(LanguageSettings settings) {
        this.settings = settings;
    }

    /** Runs every step over the articles and returns their CPU times in pipeline order. */
    public List<Step> measure(List<Article> articles) {
        List<Annotation> annotations = new ArrayList<>();
        for (Article article : articles) {
            Annotation annotation = new Annotation(article.text());
            if (article.date() != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
            }
            annotations.add(annotation);
        }
        List<Step> steps = new ArrayList<>();
        Properties segmentation = new Properties();
        segmentation.setProperty("tokenize.language", "en");
        segmentation.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // tokenize+ssplit cannot be re-run on the same annotation: time the warm-up on copies
        steps.add(timeFresh("tokenize,ssplit", segmentation, articles));
        StanfordCoreNLP segmenter = pipeline("tokenize,ssplit", segmentation);
        annotations.forEach(segmenter::annotate);
        steps.add(time("pos", new Properties(), annotations));
        steps.add(time("lemma", new Properties(), annotations));
        for (NerVariant variant : nerVariants()) {
            steps.add(time("ner", variant.properties(), annotations, variant.name()));
        }
        steps.add(time("depparse", new Properties(), annotations));
        return steps;
    }

    private record NerVariant(String name, Properties properties) {}

    private List<NerVariant> nerVariants() {
        List<NerVariant> variants = new ArrayList<>();
        String[] models = {
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"};
        for (String model : models) {
            variants.add(new NerVariant("CRF " + model.substring(model.lastIndexOf('/') + 1),
                    nerProperties(model, false, false, false, false)));
        }
        String all = String.join(",", models);
        variants.add(new NerVariant("3 CRFs", nerProperties(all, false, false, false, false)));
        variants.add(new NerVariant("3 CRFs + numeric", nerProperties(all, true, false, false, false)));
        variants.add(new NerVariant("3 CRFs + numeric + SUTime", nerProperties(all, true, true, false, false)));
        variants.add(new NerVariant("+ fine-grained", nerProperties(all, true, true, true, false)));
        variants.add(new NerVariant("+ entity mentions (full)", nerProperties(all, true, true, true, true)));
        return variants;
    }

    private static Properties nerProperties(String models, boolean numeric, boolean time, boolean fine, boolean mentions) {
        Properties properties = new Properties();
        properties.setProperty("ner.model", models);
        properties.setProperty("ner.applyNumericClassifiers", Boolean.toString(numeric));
        properties.setProperty("ner.useSUTime", Boolean.toString(time));
        properties.setProperty("ner.applyFineGrained", Boolean.toString(fine));
        properties.setProperty("ner.buildEntityMentions", Boolean.toString(mentions));
        return properties;
    }

    private Step time(String annotators, Properties properties, List<Annotation> annotations) {
        return time(annotators, properties, annotations, "");
    }

    private Step time(String annotators, Properties properties, List<Annotation> annotations, String variant) {
        StanfordCoreNLP pipeline = pipeline(annotators, properties);
        Step step = measureTwice(annotators, variant, annotations, pipeline::annotate);
        StanfordCoreNLP.clearAnnotatorPool();
        return step;
    }

    private Step timeFresh(String annotators, Properties properties, List<Article> articles) {
        StanfordCoreNLP pipeline = pipeline(annotators, properties);
        return measureTwice(annotators, "", articles, article -> pipeline.annotate(new Annotation(article.text())));
    }

    private <T> Step measureTwice(String name, String variant, List<T> items, Consumer<T> work) {
        items.forEach(work);
        long start = threads.getCurrentThreadCpuTime();
        items.forEach(work);
        long nanos = threads.getCurrentThreadCpuTime() - start;
        return new Step(name, variant, nanos / 1e6);
    }

    private static StanfordCoreNLP pipeline(String annotators, Properties properties) {
        Properties all = new Properties();
        all.putAll(properties);
        all.setProperty("annotators", annotators);
        all.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(all);
    }
}
