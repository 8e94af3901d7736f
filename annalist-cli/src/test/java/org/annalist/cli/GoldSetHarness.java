package org.annalist.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.evaluation.ActorScorer;
import org.annalist.evaluation.GoldArticle;
import org.annalist.evaluation.GoldSet;
import org.annalist.evaluation.GoldSetReader;
import org.annalist.evaluation.QuoteScorer;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.NamedEntity;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.PipelineFactory;
import org.annalist.testing.ProjectPaths;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A developer's tool, not a test: scores the actors-and-quotes gold set with the language
 * layer's output cached in target/, so a change to the actors or quotes stage is measured in
 * seconds. Run with {@code mvn -o -q -pl annalist-cli test -Dtest=GoldSetHarness -Dannalist.harness=true}.
 */
@EnabledIfSystemProperty(named = "annalist.harness", matches = "true")
class GoldSetHarness {

    /** The parts of an annotated document that do not depend on the article record. */
    record Cached(List<Sentence> sentences, List<NamedEntity> namedEntities, List<TimeExpression> timeExpressions, List<String> warnings) {}

    @Test
    void scoreGoldSet() throws Exception {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Path root = ProjectPaths.root();
        GoldSet gold = new GoldSetReader(mapper).read(root.resolve("evaluation/actors-quotes/gold.jsonl"));
        Path cacheFile = root.resolve("annalist-cli/target/gold-language-cache.json");
        Map<String, Cached> cache = new LinkedHashMap<>();
        if (Files.exists(cacheFile)) {
            cache = mapper.readValue(cacheFile.toFile(), new TypeReference<LinkedHashMap<String, Cached>>() { });
        }
        boolean changed = false;
        for (GoldArticle article : gold.articles()) {
            if (!cache.containsKey(article.article().id())) {
                AnnotatedDocument document = SharedLanguage.annotator().annotate(article.article());
                cache.put(article.article().id(), new Cached(document.sentences(), document.namedEntities(), document.timeExpressions(), document.warnings()));
                changed = true;
            }
        }
        if (changed) {
            mapper.writeValue(cacheFile.toFile(), cache);
        }
        PipelineFactory.Stages stages = PipelineFactory.stages(PipelineFactory.UserFiles.NONE);
        ArticlePipeline pipeline = new ArticlePipeline(SharedLanguage.annotator(), stages.actors(), stages.quotes(), stages.events());
        ActorScorer actors = new ActorScorer();
        QuoteScorer quotes = new QuoteScorer();
        List<String> out = new ArrayList<>();
        for (GoldArticle article : gold.articles()) {
            Cached cached = cache.get(article.article().id());
            AnnotatedDocument document = new AnnotatedDocument(article.article(), cached.sentences(), cached.namedEntities(), cached.timeExpressions(), cached.warnings());
            CodedArticle coded = pipeline.code(document);
            actors.add(article.entities(), coded);
            if (article.article().id().startsWith(System.getProperty("annalist.dump", "none"))) {
                out.add("== " + article.article().id());
                coded.entities().forEach(entity -> out.add(entity.id() + " " + entity.type() + " " + entity.name() + " " + entity.code() + "/" + entity.sector()
                        + " [" + entity.title() + "] " + entity.mentions().stream().map(m -> m.text() + ":" + m.kind()).toList()));
                coded.quotes().forEach(quote -> out.add("Q " + quote.speakerName() + " <- " + quote.attribution() + " | " + quote.text()));
            }
            quotes.add(article.quotes(), coded);
        }
        out.add(String.format(Locale.ROOT, "persons %d found %.3f country %.3f sector %.3f", actors.persons(), actors.personsFound(),
                actors.personCountryAccuracy(), actors.personSectorAccuracy()));
        out.add(String.format(Locale.ROOT, "organisations %d found %.3f code %.3f", actors.organisations(), actors.organisationsFound(),
                actors.organisationCodeAccuracy()));
        for (var entry : Map.of("direct", quotes.direct(), "indirect", quotes.indirect()).entrySet()) {
            QuoteScorer.Tally tally = entry.getValue();
            out.add(String.format(Locale.ROOT, "%s %d found %.3f speaker %.3f (%.3f when found) wrong %d", entry.getKey(), tally.gold(),
                    tally.recall(), tally.speakerAccuracy(), tally.speakerAccuracyWhenFound(), tally.wrongSpeakers()));
        }
        actors.mistakes().forEach(line -> out.add("actor  " + line));
        quotes.mistakes().forEach(line -> out.add("quote  " + line));
        Files.write(root.resolve("annalist-cli/target/gold-harness.txt"), out);
    }
}
