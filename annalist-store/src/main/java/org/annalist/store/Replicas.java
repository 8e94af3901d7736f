package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.events.Event;
import org.annalist.pipeline.CodedArticle;

/**
 * Copies of coded articles under new ids, outlets and dates, to fill a store of realistic size
 * for benchmarks without coding the same text again. Copy {@code n} of an article is dated
 * {@code n * 3 % 1095} days after 2022-01-01 (its events keep their offset from the article
 * date), so copies spread over three years and merge only with copies a few days apart.
 */
public final class Replicas {

    private static final LocalDate EPOCH = LocalDate.of(2022, 1, 1);
    private static final String[] OUTLETS = {"PressTV", "Tehran Times", "Mehr", "Trend", "APA", "Reuters", "TASS", "Anadolu"};

    private Replicas() {}

    public static CodedArticle copy(CodedArticle original, int n) {
        Article article = original.article();
        LocalDate date = EPOCH.plusDays((n * 3L) % 1095);
        long shift = article.date() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(article.date(), date);
        Article copy = new Article(article.id() + "~" + n, date, OUTLETS[n % OUTLETS.length], article.author(), article.title(),
                article.url(), article.text(), article.origin());
        List<Event> events = new ArrayList<>();
        for (Event event : original.events()) {
            LocalDate eventDate = event.date() == null ? date : event.date().plusDays(shift);
            events.add(new Event(event.id(), eventDate, event.event(), event.mode(), event.context(), event.actors(),
                    event.recipients(), event.location(), event.quadCode(), event.scale(), event.cameo(), event.goldstein(),
                    event.aux(), event.evidence(), event.rule(), null, event.datePrecision()));
        }
        return new CodedArticle(copy, original.entities(), original.quotes(), events, original.times(), original.sentenceCount(),
                original.tokenCount(), original.warnings());
    }
}
