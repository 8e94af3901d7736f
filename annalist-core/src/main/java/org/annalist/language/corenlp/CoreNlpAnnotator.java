package org.annalist.language.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.annalist.article.Article;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dateline;
import org.annalist.language.Dependency;
import org.annalist.language.LanguageAnnotator;
import org.annalist.language.NamedEntity;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.Token;

/**
 * The one class that talks to Stanford CoreNLP. It annotates in two passes — tokenize and split
 * sentences, cut any sentence longer than the cap into chunks, then tag, recognise entities and
 * times (against the article date) and parse — and converts the result once into the immutable
 * {@link AnnotatedDocument}. The cap keeps a run-on "sentence" (a table, a list of names) from
 * dominating the time of a whole batch.
 *
 * <p>Loading the models takes tens of seconds and about 2 GB (the entity models twice: with and
 * without SUTime; the parser's feature cache grows to about 0.4 GB), so create one instance per JVM and
 * share it; {@link #annotate} is safe to call from several threads.
 */
public final class CoreNlpAnnotator implements LanguageAnnotator {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final LanguageSettings settings;
    private final TimeWords timeWords = TimeWords.bundled();
    private final StanfordCoreNLP segmenter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP entitiesWithTime;
    private final StanfordCoreNLP entitiesWithoutTime;
    private final DependencyParsing parser;

    public CoreNlpAnnotator(LanguageSettings settings) {
        this.settings = settings;
        Properties segmentation = new Properties();
        segmentation.setProperty("annotators", "tokenize,ssplit");
        segmentation.setProperty("tokenize.language", "en");
        segmentation.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.segmenter = new StanfordCoreNLP(segmentation);
        this.tagger = analysis("pos,lemma");
        String fineGrainedMapping = settings.fineGrainedEntities() ? FineGrainedGazetteer.literalEntriesMapping() : null;
        this.entitiesWithTime = entityRecognizer(settings, true, fineGrainedMapping);
        this.entitiesWithoutTime = settings.timeOnlyWhereTimeWords()
                ? entityRecognizer(settings, false, fineGrainedMapping) : entitiesWithTime;
        this.parser = new DependencyParsing(DependencyParsing.CACHED_FEATURES);
    }

    private static StanfordCoreNLP analysis(String annotators) {
        Properties analysis = new Properties();
        analysis.setProperty("annotators", annotators);
        analysis.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(analysis);
    }

    /**
     * The entity recogniser with or without SUTime. Both load their own copies of the CRF models
     * (CoreNLP offers no way to share them between configurations), which costs memory, not time.
     * The fine-grained types come from CoreNLP's gazetteers without their regular-expression
     * entries ({@link FineGrainedGazetteer}), which cost more than the rest of the pass together.
     */
    private static StanfordCoreNLP entityRecognizer(LanguageSettings settings, boolean withTime, String fineGrainedMapping) {
        Properties analysis = new Properties();
        analysis.setProperty("annotators", "ner");
        analysis.setProperty("enforceRequirements", "false");
        analysis.setProperty("ner.model", String.join(",", settings.entityModels()));
        analysis.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrainedEntities()));
        if (fineGrainedMapping != null) {
            analysis.setProperty("ner.fine.regexner.mapping", fineGrainedMapping);
        }
        analysis.setProperty("ner.useSUTime", Boolean.toString(withTime));
        analysis.setProperty("ner.buildEntityMentions", "true");
        return new StanfordCoreNLP(analysis);
    }

    @Override
    public String description() {
        return "Stanford CoreNLP " + CoreNlpVersion.VERSION + " (tokenize,ssplit," + settings.annotators()
                + "; fine-grained NER " + (settings.fineGrainedEntities() ? "from gazetteer entries without regular expressions" : "off")
                + "; " + settings.entityModels().size() + " entity models"
                + (settings.timeOnlyWhereTimeWords() ? "; SUTime on sentences with time words" : "")
                + "; sentences cut at " + settings.maxSentenceTokens() + " tokens"
                + parser.slowScoringReason().map(reason -> "; parser scored by CoreNLP's own classifier: " + reason).orElse("")
                + ")";
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        Annotation annotation = new Annotation(Dateline.asOwnSentence(article.text()));
        if (article.date() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        }
        segmenter.annotate(annotation);
        if (Thread.currentThread().isInterrupted()) {
            throw new edu.stanford.nlp.util.RuntimeInterruptedException();
        }
        List<String> warnings = new ArrayList<>();
        cutLongSentences(annotation, warnings);
        tagger.annotate(annotation);
        recognizeEntities(annotation);
        parser.parse(annotation);
        return convert(article, annotation, warnings);
    }

    /**
     * Runs the entity recogniser with SUTime on the sentences that may hold a time expression and
     * without it on the others. Each group is annotated as a document of its own whose sentences
     * are the original sentence objects, token offsets renumbered within the group while it runs.
     */
    private void recognizeEntities(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (entitiesWithoutTime == entitiesWithTime) {
            entitiesWithTime.annotate(annotation);
            return;
        }
        List<CoreMap> timed = new ArrayList<>();
        List<CoreMap> untimed = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            (timeWords.mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class)) ? timed : untimed).add(sentence);
        }
        if (untimed.isEmpty()) {
            entitiesWithTime.annotate(annotation);
        } else if (timed.isEmpty()) {
            entitiesWithoutTime.annotate(annotation);
        } else {
            annotateGroup(entitiesWithTime, annotation, timed);
            annotateGroup(entitiesWithoutTime, annotation, untimed);
        }
    }

    private static void annotateGroup(StanfordCoreNLP recognizer, Annotation document, List<CoreMap> sentences) {
        Annotation group = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        String date = document.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            group.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        List<CoreLabel> tokens = new ArrayList<>();
        int[] begins = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            begins[i] = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            ends[i] = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
            tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        }
        group.set(CoreAnnotations.TokensAnnotation.class, tokens);
        group.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        try {
            recognizer.annotate(group);
        } finally {
            for (int i = 0; i < sentences.size(); i++) {
                sentences.get(i).set(CoreAnnotations.TokenBeginAnnotation.class, begins[i]);
                sentences.get(i).set(CoreAnnotations.TokenEndAnnotation.class, ends[i]);
            }
        }
    }

    private void cutLongSentences(Annotation annotation, List<String> warnings) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        int cap = settings.maxSentenceTokens();
        boolean anyCut = sentences.stream().anyMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > cap);
        if (!anyCut) {
            return;
        }
        List<CoreMap> result = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= cap) {
                result.add(sentence);
                continue;
            }
            warnings.add("a sentence of " + tokens.size() + " tokens at character "
                    + tokens.get(0).beginPosition() + " was cut into chunks of " + cap
                    + " tokens (the sentence-length cap)");
            for (int from = 0; from < tokens.size(); from += cap) {
                result.add(chunk(annotation.get(CoreAnnotations.TextAnnotation.class),
                        tokens.subList(from, Math.min(tokens.size(), from + cap))));
            }
        }
        int tokenOffset = 0;
        for (int i = 0; i < result.size(); i++) {
            CoreMap sentence = result.get(i);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setIndex(t + 1);
                tokens.get(t).setSentIndex(i);
            }
            tokenOffset += tokens.size();
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, result);
    }

    private static CoreMap chunk(String text, List<CoreLabel> tokens) {
        CoreMap sentence = new ArrayCoreMap();
        List<CoreLabel> copy = new ArrayList<>(tokens);
        int begin = copy.get(0).beginPosition();
        int end = copy.get(copy.size() - 1).endPosition();
        sentence.set(CoreAnnotations.TokensAnnotation.class, copy);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(ChunkMarker.class, Boolean.TRUE);
        return sentence;
    }

    /** Marks a sentence that is a chunk of a longer one. */
    private static final class ChunkMarker implements edu.stanford.nlp.ling.CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    private static AnnotatedDocument convert(Article article, Annotation annotation, List<String> warnings) {
        String text = article.text();
        List<Integer> paragraphStarts = paragraphStarts(text);
        List<Sentence> sentences = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int sentenceIndex = sentences.size();
            List<CoreLabel> coreTokens = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(coreTokens.size());
            for (int t = 0; t < coreTokens.size(); t++) {
                CoreLabel token = coreTokens.get(t);
                tokens.add(new Token(t, token.beginPosition(), token.endPosition(),
                        text.substring(token.beginPosition(), token.endPosition()),
                        token.lemma() == null ? token.word() : token.lemma(),
                        token.tag() == null ? "" : token.tag(),
                        token.ner() == null ? "O" : token.ner()));
            }
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sentenceIndex, paragraphOf(paragraphStarts, start), start, end,
                    text.substring(start, end), tokens,
                    arcs(coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
                    arcs(coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
                    Boolean.TRUE.equals(coreSentence.get(ChunkMarker.class))));
            List<CoreMap> mentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (CoreMap mention : mentions) {
                List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
                int mentionStart = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int mentionEnd = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                String mentionText = text.substring(mentionStart, mentionEnd);
                if (TIME_TYPES.contains(type)) {
                    Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                    String value = timex != null ? timex.value()
                            : mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    int first = mentionTokens.get(0).index() - 1;
                    value = WeekdayValue.of(tokens, first, first + mentionTokens.size(), mentionText, article.date(), value);
                    times.add(new TimeExpression(sentenceIndex, mentionStart, mentionEnd, mentionText, type, value));
                } else {
                    int first = mentionTokens.get(0).index() - 1;
                    entities.add(new NamedEntity(sentenceIndex, first, first + mentionTokens.size(),
                            mentionStart, mentionEnd, mentionText, type));
                }
            }
        }
        return new AnnotatedDocument(article, sentences, entities, times, warnings);
    }

    private static List<Dependency> arcs(SemanticGraph graph) {
        List<Dependency> arcs = new ArrayList<>();
        if (graph == null) {
            return arcs;
        }
        for (var root : graph.getRoots()) {
            arcs.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            arcs.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1, edge.getDependent().index() - 1));
        }
        arcs.sort((a, b) -> a.dependent() != b.dependent()
                ? Integer.compare(a.dependent(), b.dependent())
                : Integer.compare(a.governor(), b.governor()));
        return arcs;
    }

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            starts.add(i + 2);
        }
        return starts;
    }

    private static int paragraphOf(List<Integer> starts, int offset) {
        int paragraph = 0;
        while (paragraph + 1 < starts.size() && starts.get(paragraph + 1) <= offset) {
            paragraph++;
        }
        return paragraph;
    }
}
