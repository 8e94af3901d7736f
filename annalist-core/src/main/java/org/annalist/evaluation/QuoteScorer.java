package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.MentionKind;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;

/**
 * Scores quotes: is each gold quote found (a system quote containing its words, one of the gold
 * quote's kind first), and is its speaker right? A gold quote without a speaker is right only
 * when the system names none. Speaker accuracy is over all gold quotes of a kind, unfound ones
 * counting as wrong; wrong speakers (a name where the gold has another or none) are counted
 * apart, since no speaker is better than a wrong one. The other way round, a system quote that contains no gold quote and
 * lies inside none is "not in the gold": counted only in articles whose gold lists quotes. For
 * direct quotes, which the gold sets list in full, that is a false quote; indirect speech is listed
 * less completely, so there it is an upper bound on the false ones.
 */
public final class QuoteScorer {

    /** Figures for direct or for indirect quotes. */
    public static final class Tally {
        private int gold;
        private int found;
        private int speakerRight;
        private int speakerWrong;
        private int coded;
        private int notInGold;

        public int gold() {
            return gold;
        }

        public double recall() {
            return Counts.ratio(found, gold);
        }

        public double speakerAccuracy() {
            return Counts.ratio(speakerRight, gold);
        }

        /** Speaker accuracy over the quotes that were found. */
        public double speakerAccuracyWhenFound() {
            return Counts.ratio(speakerRight, found);
        }

        public int wrongSpeakers() {
            return speakerWrong;
        }

        /** System quotes of this kind in articles whose gold lists quotes. */
        public int coded() {
            return coded;
        }

        /** Of {@link #coded()}, those that contain no gold quote and lie inside none. */
        public int notInGold() {
            return notInGold;
        }
    }

    private final Tally direct = new Tally();
    private final Tally indirect = new Tally();
    private final List<String> mistakes = new ArrayList<>();

    public void add(List<GoldArticle.Quote> gold, CodedArticle coded) {
        if (!gold.isEmpty()) {
            countUnlisted(gold, coded);
        }
        for (GoldArticle.Quote expected : gold) {
            Tally tally = expected.direct() ? direct : indirect;
            tally.gold++;
            // a partial quotation inside a report is contained by both: the quote of the gold's own kind is the one scored
            List<Quote> containing = coded.quotes().stream().filter(q -> Names.quoteContains(q.text(), expected.text())).toList();
            Quote found = containing.stream().filter(q -> q.direct() == expected.direct()).findFirst()
                    .orElse(containing.isEmpty() ? null : containing.get(0));
            if (found == null) {
                mistakes.add(coded.article().id() + ": missed " + (expected.direct() ? "direct" : "indirect") + " quote \"" + expected.text() + "\"");
                continue;
            }
            tally.found++;
            boolean right = expected.speaker() == null ? found.speakerName() == null : sameSpeaker(found, expected.speaker(), coded);
            if (right) {
                tally.speakerRight++;
            } else {
                if (found.speakerName() != null) {
                    tally.speakerWrong++;
                }
                mistakes.add(coded.article().id() + ": quote \"" + expected.text() + "\" speaker expected " + expected.speaker()
                        + ", got " + found.speakerName() + " (" + found.attribution() + ")");
            }
        }
    }

    private void countUnlisted(List<GoldArticle.Quote> gold, CodedArticle coded) {
        for (Quote quote : coded.quotes()) {
            Tally tally = quote.direct() ? direct : indirect;
            tally.coded++;
            boolean listed = gold.stream().anyMatch(expected -> Names.quoteContains(quote.text(), expected.text())
                    || Names.quoteContains(expected.text(), quote.text()));
            if (!listed) {
                tally.notInGold++;
                mistakes.add(coded.article().id() + ": " + (quote.direct() ? "direct" : "indirect") + " quote not in the gold \""
                        + quote.text() + "\" (" + quote.attribution() + ")");
            }
        }
    }

    /**
     * Whether the system's speaker is the gold speaker: by name, or through one of the speaking
     * entity's names, aliases or metonyms (the gold may name "Moscow" where Annalist's entity is
     * Russia, mentioned as "Moscow").
     */
    private static boolean sameSpeaker(Quote found, String goldSpeaker, CodedArticle coded) {
        if (Names.sameName(found.speakerName(), goldSpeaker)) {
            return true;
        }
        return coded.entities().stream()
                .filter(entity -> entity.id().equals(found.speaker()))
                .flatMap(entity -> entity.mentions().stream())
                .filter(mention -> mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS || mention.kind() == MentionKind.METONYM)
                .anyMatch(mention -> Names.sameName(mention.text(), goldSpeaker));
    }

    public Tally direct() {
        return direct;
    }

    public Tally indirect() {
        return indirect;
    }

    public List<String> mistakes() {
        return mistakes;
    }
}
