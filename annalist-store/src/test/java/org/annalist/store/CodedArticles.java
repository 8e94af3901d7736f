package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.article.Article;
import org.annalist.events.DatePrecision;
import org.annalist.events.Event;
import org.annalist.events.EventConfidence;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Provenance;
import org.annalist.events.Span;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;

/**
 * Hand-built coded articles for store tests: a meeting between two officials, as the coding
 * stages would give it, with offsets that slice the text.
 */
final class CodedArticles {

    private CodedArticles() {}

    /**
     * "{first} met {second} in Tehran on Monday. "{quote}", {second} said." with an Iranian
     * first speaker and an Azerbaijani second one and one CONSULT event between them.
     */
    static CodedArticle meeting(String id, String outlet, LocalDate date, String first, String second, String quoteText) {
        return meeting(id, outlet, date, first, second, quoteText, "IRN", "AZE");
    }

    /** The same meeting between people of two other countries. */
    static CodedArticle meeting(String id, String outlet, LocalDate date, String first, String second, String quoteText,
                                String firstCode, String secondCode) {
        String sentence = first + " met " + second + " in Tehran on Monday.";
        String text = sentence + " \"" + quoteText + "\", " + second + " said.";
        Article article = new Article(id, date, outlet, null, "Talks in Tehran", "https://example.org/" + id, text, id + ".txt");
        int secondStart = sentence.indexOf(second, first.length());
        Entity iranian = person("e1", first, firstCode, "MIL", 0, first.length(), 0);
        int quoteStart = sentence.length() + 2;
        int secondAgain = text.lastIndexOf(second);
        Entity azeri = new Entity("e2", second, "PERSON", secondCode, "MIL", null,
                List.of(new Mention(secondStart, secondStart + second.length(), second, 0, MentionKind.NAME),
                        new Mention(secondAgain, secondAgain + second.length(), second, 1, MentionKind.NAME)),
                "test");
        Quote quote = new Quote("q1", quoteText, quoteStart, quoteStart + quoteText.length(), true, "e2", second, "name-after-quote");
        int trigger = sentence.indexOf(" met ") + 1;
        Event event = new Event("v1", date, "CONSULT", "visit", List.of("military"),
                List.of(new EventParty("e1", first, firstCode, "MIL", new Span(0, first.length(), first))),
                List.of(new EventParty("e2", second, secondCode, "MIL", new Span(secondStart, secondStart + second.length(), second))),
                null, 1, 2.1, "040", 1.0, List.of(),
                new Evidence(0, sentence, new Span(trigger, trigger + 3, "met"), null, null), "test-consult");
        return new CodedArticle(article, List.of(iranian, azeri), List.of(quote), List.of(event), List.of(), 2, 20, List.of());
    }

    /** "{first country} and {second country} held talks on Monday." coded as one compound CONSULT without recipient. */
    static CodedArticle compoundTalks(String id, LocalDate date, String firstCode, String secondCode) {
        String text = firstCode + " and " + secondCode + " held talks on Monday.";
        Article article = new Article(id, date, "PressTV", null, null, null, text, id + ".txt");
        int second = firstCode.length() + 5;
        Entity first = new Entity("e1", firstCode, "COUNTRY", firstCode, null, null,
                List.of(new Mention(0, firstCode.length(), firstCode, 0, MentionKind.NAME)), "test");
        Entity other = new Entity("e2", secondCode, "COUNTRY", secondCode, null, null,
                List.of(new Mention(second, second + secondCode.length(), secondCode, 0, MentionKind.NAME)), "test");
        int trigger = text.indexOf("held");
        Event event = new Event("v1", date, "CONSULT", null, List.of(),
                List.of(new EventParty("e1", firstCode, firstCode, null, new Span(0, firstCode.length(), firstCode)),
                        new EventParty("e2", secondCode, secondCode, null, new Span(second, second + secondCode.length(), secondCode))),
                List.of(), null, 1, 1.0, "040", 1.0, List.of(),
                new Evidence(0, text, new Span(trigger, trigger + 10, "held talks"), null, null), "test-compound");
        return new CodedArticle(article, List.of(first, other), List.of(), List.of(event), List.of(), 1, 8, List.of());
    }

    /**
     * The article with every event scored as the pipeline's confidence stage scores it: the
     * estimate, the weights file and its hash in the event's provenance.
     */
    static CodedArticle scored(CodedArticle coded, double confidence) {
        Article article = coded.article();
        List<Event> events = coded.events().stream()
                .map(event -> event.withProvenance(new Provenance("events/patterns.tsv", "0".repeat(64), article.id(),
                        article.textHash(), "test").withConfidence(
                        new EventConfidence(confidence, "events/confidence-weights.tsv", "f".repeat(64)))))
                .toList();
        return new CodedArticle(article, coded.entities(), coded.quotes(), events, coded.times(), coded.sentenceCount(),
                coded.tokenCount(), coded.warnings());
    }

    /** The article with every event dated {@code date} to the given precision ("agreed in July": July 1, month). */
    static CodedArticle datedTo(CodedArticle coded, LocalDate date, DatePrecision precision) {
        List<Event> events = coded.events().stream()
                .map(event -> new Event(event.id(), date, event.event(), event.mode(), event.context(), event.actors(),
                        event.recipients(), event.location(), event.quadCode(), event.scale(), event.cameo(), event.goldstein(),
                        event.aux(), event.evidence(), event.rule(), event.provenance(), precision))
                .toList();
        return new CodedArticle(coded.article(), coded.entities(), coded.quotes(), events, coded.times(), coded.sentenceCount(),
                coded.tokenCount(), coded.warnings());
    }

    static Entity person(String id, String name, String code, String sector, int start, int end, int sentence) {
        return new Entity(id, name, "PERSON", code, sector, null,
                List.of(new Mention(start, end, name, sentence, MentionKind.NAME)), "test");
    }

    /** Many different articles with one event each, for bulk tests. */
    static List<CodedArticle> many(int count) {
        List<CodedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(meeting("a" + i, "Outlet" + (i % 3), LocalDate.of(2024, 1, 1).plusDays(i * 7L),
                    "Ali Rezaei", "Farid Aliyev", "Talks number " + i + " went well"));
        }
        return articles;
    }
}
