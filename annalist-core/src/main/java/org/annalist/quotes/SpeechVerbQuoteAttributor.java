package org.annalist.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * The quotes stage: direct quotations from the quote marks, indirect speech from the parse, each
 * attributed through a reporting verb of the speech-verbs file to the entity its subject
 * mentions.
 *
 * <p>Parts of one quotation that runs across paragraphs share the speaker found for any part,
 * and so does a quotation that follows an attributed one in the same paragraph with nothing but
 * its attribution between them ({@code “…,” he said. “…”}). Quoted words of one or two that no
 * reporting verb governs are taken for scare quotes or names and left out. Stateless and
 * thread-safe.
 */
public final class SpeechVerbQuoteAttributor implements QuoteAttributor {

    /** Quoted passages this short are quotations only when a reporting verb governs them. */
    private static final int SCARE_QUOTE_MAX_WORDS = 2;

    private final SpeechVerbs verbs;
    private final ReferenceWords referenceWords;
    private final FrameWords frames;
    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    public SpeechVerbQuoteAttributor(SpeechVerbs verbs) {
        this(verbs, ReferenceWords.bundled());
    }

    /** @param referenceWords the words by which a body is referred back to ("the group said") */
    public SpeechVerbQuoteAttributor(SpeechVerbs verbs, ReferenceWords referenceWords) {
        this(verbs, referenceWords, FrameWords.bundled());
    }

    /**
     * @param referenceWords the words by which a body is referred back to ("the group said")
     * @param frames the words of a quotation's frame that are not reporting verbs ("told reporters")
     */
    public SpeechVerbQuoteAttributor(SpeechVerbs verbs, ReferenceWords referenceWords, FrameWords frames) {
        this.verbs = verbs;
        this.referenceWords = referenceWords;
        this.frames = frames;
    }

    @Override
    public List<Quote> attribute(AnnotatedDocument document, ActorAnalysis actors) {
        SpeakerFinder speakers = new SpeakerFinder(document, actors, verbs, referenceWords, frames);
        IndirectSpeechFinder indirect = new IndirectSpeechFinder(verbs, speakers, frames);
        List<ReportedSpeech> allReported = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            allReported.addAll(indirect.find(sentence));
        }
        List<Found> found = new ArrayList<>(directQuotes(document, actors, speakers, allReported));
        for (ReportedSpeech reported : allReported) {
            if (!mostlyQuoted(reported, found) && !duplicate(reported, found)
                    && !isAttributionFrame(document, reported, found) && !runsOutOfAQuotation(reported, found)) {
                found.add(new Found(reported.start(), reported.end(), false, reported.attribution()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        found = withoutUnattributedCopies(found);
        found = speakersFromEnclosingReports(document, found, allReported);
        List<Quote> quotes = new ArrayList<>();
        for (Found quote : found) {
            Entity speaker = quote.attribution() == null ? null : quote.attribution().speaker();
            quotes.add(new Quote("q" + (quotes.size() + 1), document.text().substring(quote.start(), quote.end()),
                    quote.start(), quote.end(), quote.direct(),
                    speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(),
                    quote.attribution() == null ? null : quote.attribution().rule()));
        }
        return List.copyOf(quotes);
    }

    private List<Found> directQuotes(AnnotatedDocument document, ActorAnalysis actors, SpeakerFinder speakers, List<ReportedSpeech> reports) {
        DirectQuoteAttribution attribution = new DirectQuoteAttribution(document, verbs, speakers, frames);
        List<QuotedPassage> passages = scanner.scan(document.text());
        List<Optional<Attribution>> attributions = new ArrayList<>();
        for (QuotedPassage passage : passages) {
            attributions.add(attribution.attribute(passage));
        }
        // within first: “…,” he said. “… (unclosed) takes its speaker from the quotation before
        // it, and only then can hand it on to the paragraph that continues it
        shareWithinParagraph(document, passages, attributions);
        shareAcrossParagraphs(passages, attributions);
        shareWithinParagraph(document, passages, attributions);
        // a paragraph that is only a quotation goes on with the speaker who closed the one before
        QuoteParagraphContinuation.share(document, passages, attributions);
        shareAcrossParagraphs(passages, attributions);
        shareWithinParagraph(document, passages, attributions);
        // a quotation with no frame right after a report goes on with the reporter ("…, he said. “…”")
        QuoteParagraphContinuation.shareAfterReport(document, passages, attributions, reports);
        shareAcrossParagraphs(passages, attributions);
        shareWithinParagraph(document, passages, attributions);
        // last and narrowest: a quotation after narration that names no other voice
        QuoteParagraphContinuation.shareAcrossNarration(document, passages, attributions, reports, actors, verbs);
        shareAcrossParagraphs(passages, attributions);
        // a frameless quotation right after a sentence setting one person up ("X was defiant. “…”")
        QuoteIntroduction.share(document, passages, attributions, speakers, verbs);
        shareAcrossParagraphs(passages, attributions);
        shareWithinParagraph(document, passages, attributions);
        // a frameless quotation opening its paragraph whose source the next sentence names ("“…” X said it by phone")
        SourceAfterQuotation.share(document, passages, attributions, speakers, verbs, frames);
        shareAcrossParagraphs(passages, attributions);
        shareWithinParagraph(document, passages, attributions);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            QuotedPassage passage = passages.get(i);
            Optional<Attribution> attributed = attributions.get(i);
            boolean reported = attributed.isPresent() && !attributed.get().subjectless();
            if (!reported && words(document.text(), passage) <= SCARE_QUOTE_MAX_WORDS) {
                continue;
            }
            found.add(new Found(passage.start(), passage.end(), true, attributed.orElse(null)));
        }
        return found;
    }

    /** A quotation running across paragraphs has one speaker, found at any of its parts. */
    private static void shareAcrossParagraphs(List<QuotedPassage> passages, List<Optional<Attribution>> attributions) {
        int chainStart = 0;
        for (int i = 0; i < passages.size(); i++) {
            if (!passages.get(i).continuesFromPrevious()) {
                chainStart = i;
            }
            if (passages.get(i).continuesInNext()) {
                continue;
            }
            if (chainStart == i) {
                continue;
            }
            for (int part = chainStart; part <= i; part++) {
                if (attributions.get(part).isPresent()) {
                    continue;
                }
                Optional<Attribution> source = Optional.empty();
                String direction = null;
                for (int other = part + 1; other <= i && source.isEmpty(); other++) {
                    source = usable(attributions.get(other));
                    direction = "next-paragraph";
                }
                for (int other = part - 1; other >= chainStart && source.isEmpty(); other--) {
                    source = usable(attributions.get(other));
                    direction = "previous-paragraph";
                }
                String from = direction;
                attributions.set(part, source.map(found -> found.withRule("continued-quote:" + from + ":" + found.rule())));
            }
        }
    }

    /** “…,” he said. “…” — the second quotation has no verb of its own and is the same speaker's. */
    private static void shareWithinParagraph(AnnotatedDocument document, List<QuotedPassage> passages,
            List<Optional<Attribution>> attributions) {
        for (int i = 1; i < passages.size(); i++) {
            QuotedPassage previous = passages.get(i - 1);
            QuotedPassage current = passages.get(i);
            if (attributions.get(i).isPresent() || attributions.get(i - 1).isEmpty()
                    || previous.paragraph() != current.paragraph() || !previous.closed()) {
                continue;
            }
            int frameSentence = PassagePosition.frameSentence(document, previous);
            int beforeOpening = document.sentenceAt(lastNonSpace(document.text(), current.openMark()));
            if (frameSentence >= 0 && frameSentence == beforeOpening) {
                Attribution shared = attributions.get(i - 1).get();
                attributions.set(i, Optional.of(shared.withRule("continued-quote:same-paragraph:" + shared.rule())));
            }
        }
    }

    private static Optional<Attribution> usable(Optional<Attribution> attribution) {
        return attribution.filter(found -> found.speaker() != null);
    }

    private static int lastNonSpace(String text, int before) {
        int i = before - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return Math.max(i, 0);
    }

    private static int words(String text, QuotedPassage passage) {
        String quoted = text.substring(passage.start(), passage.end()).strip();
        return quoted.isEmpty() ? 0 : quoted.split("\\s+").length;
    }

    /**
     * A partial quotation that no verb of its own attributes, in a sentence whose indirect speech
     * an attributed reporting verb opens before it, is the reporter's words: "Mwaura said the
     * president would not negotiate “with people who burn police stations.”" A quotation its own
     * verb attributes keeps that speaker ("X said Y called it “…”" is Y's).
     */
    private static List<Found> speakersFromEnclosingReports(AnnotatedDocument document, List<Found> found, List<ReportedSpeech> reports) {
        List<Found> result = new ArrayList<>(found.size());
        for (Found quote : found) {
            boolean unattributed = quote.direct() && (quote.attribution() == null || quote.attribution().speaker() == null)
                    && (quote.attribution() == null || !quote.attribution().rule().startsWith(Inscription.RULE)); // a sign's words stay nobody's
            int sentence = document.sentenceAt(quote.start());
            ReportedSpeech enclosing = !unattributed || sentence < 0 ? null : reports.stream()
                    .filter(report -> report.attribution() != null && report.attribution().speaker() != null)
                    .filter(report -> report.start() <= quote.start() && document.sentenceAt(report.start()) == sentence)
                    .reduce((first, later) -> later)
                    .orElse(null);
            result.add(enclosing == null ? quote : new Found(quote.start(), quote.end(), true,
                    enclosing.attribution().withRule("partial-quote:in-reported-speech:" + enclosing.attribution().rule())));
        }
        return result;
    }

    /**
     * "Italy's foreign ministry said Rome would arrest him …, according to a statement": two rules
     * found the same report, one with a speaker and one, wider, without ("according to a statement"
     * names no issuer). The unattributed copy, starting at the same word and no shorter, says
     * nothing the attributed one does not; a report nested further inside ("had asked Managua to
     * free the priests" in "the Holy See had asked …") is another report and stays.
     */
    private static List<Found> withoutUnattributedCopies(List<Found> found) {
        List<Found> kept = new ArrayList<>(found.size());
        for (Found quote : found) {
            boolean unattributed = !quote.direct() && (quote.attribution() == null || quote.attribution().speaker() == null);
            boolean copy = unattributed && found.stream().anyMatch(other -> other != quote && !other.direct()
                    && other.attribution() != null && other.attribution().speaker() != null
                    && other.start() == quote.start() && other.end() <= quote.end()); // a report nested inside is another report
            if (!copy) {
                kept.add(quote);
            }
        }
        return kept;
    }

    /** Indirect speech whose words are nearly all inside quote marks is the direct quotation again. */
    private static boolean mostlyQuoted(ReportedSpeech reported, List<Found> found) {
        int quoted = 0;
        for (Found quote : found) {
            if (quote.direct()) {
                quoted += Math.max(0, Math.min(quote.end(), reported.end()) - Math.max(quote.start(), reported.start()));
            }
        }
        return quoted * 5 >= (reported.end() - reported.start()) * 4;
    }

    /**
     * “…,” she told reporters: the parser sometimes hangs the attribution itself as a clause; words
     * starting right after a closing quote mark are the frame, not a report — unless the quotation
     * ended its sentence (“… look away.” New Zealand offered …, he added; "… living". Police
     * fired …, witnesses said): then they are a new one.
     */
    private static boolean isAttributionFrame(AnnotatedDocument document, ReportedSpeech reported, List<Found> found) {
        String text = document.text();
        for (Found quote : found) {
            if (!quote.direct() || quote.end() > reported.start()) {
                continue;
            }
            int quoteSentence = document.sentenceAt(Math.max(quote.end() - 1, 0));
            if (quoteSentence >= 0 && quoteSentence != document.sentenceAt(reported.start())) {
                continue; // the quotation ended its sentence, inside the marks or outside them (“… living”. Police fired …)
            }
            String between = text.substring(quote.end(), reported.start());
            if (between.length() <= 4 && between.chars().noneMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * “We are doing what voters asked us to do,” Merz told a party conference: a report that starts
     * inside a direct quotation and runs past its closing mark is the quoted speaker's own words
     * joined to the frame, not indirect speech.
     */
    private static boolean runsOutOfAQuotation(ReportedSpeech reported, List<Found> found) {
        return found.stream().anyMatch(quote -> quote.direct() && quote.start() < reported.start() && reported.start() < quote.end()
                && reported.end() > quote.end());
    }

    private static boolean duplicate(ReportedSpeech reported, List<Found> found) {
        return found.stream().anyMatch(quote -> quote.start() == reported.start() && quote.end() == reported.end());
    }

    /** A quotation before it is numbered. */
    private record Found(int start, int end, boolean direct, Attribution attribution) {}
}
