package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The country of an official the text gives no nationality, read from where they speak:
 * wire copy that moves to another capital says so ("In Moscow, Foreign Ministry spokesperson X
 * told a regular briefing …", "In Tokyo, Defence Minister Y called …", also in an earlier
 * sentence of the paragraph: "In Yerevan, relatives rallied … “…,” said Z") or places the speech
 * act there ("X told reporters in Manila", "told a weekly briefing in Islamabad"). A capital
 * is the seat of its government, so an office-holder speaking there is taken to be of that
 * country; other cities (Geneva, a visiting minister's host city) are not used, since
 * officials travel to them, nor are capitals that seat international bodies (Brussels: a
 * Commission spokesman "told reporters in Brussels" is no Belgian; actors/international-seats.tsv).
 *
 * <p>Only for persons with no country from their own words: a title's country or body always
 * wins. Better than the article's most mentioned country, which misplaces every official of a
 * third country quoted in a story about another.
 */
final class SpeakingPlace {

    /** A country and how it was read. */
    record Found(String code, String codedBy) {}

    /** How many sentences of a paragraph, counting the person's own, an opening place covers. */
    private static final int PARAGRAPH_REACH = 3;

    private final ActorDictionaries dictionaries;
    private final InternationalSeats internationalSeats;

    SpeakingPlace(ActorDictionaries dictionaries, InternationalSeats internationalSeats) {
        this.dictionaries = dictionaries;
        this.internationalSeats = internationalSeats;
    }

    /** A capital whose name places its speakers: not one that seats international bodies. */
    private boolean placesItsSpeakers(Place place) {
        return place.kind() == Place.Kind.CAPITAL && !internationalSeats.seats(place.name());
    }

    /** The country of the first of the person's mentions that a capital places; in text order. */
    Optional<Found> of(AnnotatedDocument document, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.kind() == MentionKind.DEMONYM || mention.kind() == MentionKind.METONYM) {
                continue;
            }
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            Optional<Found> opener = paragraphOpener(document, sentence);
            if (opener.isPresent()) {
                return opener;
            }
            Optional<Found> speech = speechPlace(document.text(), sentence, mention);
            if (speech.isPresent()) {
                return speech;
            }
        }
        return Optional.empty();
    }

    /**
     * "In Minsk, the defence ministry denied the charge. ¶ “…,” Major General X, a ministry
     * official, said": a paragraph that opens with a capital sets the scene for the paragraph right
     * after it too, when that one names no place of its own (wire copy reports one side's reply in
     * two paragraphs). Only the paragraph just before, only its opening sentence, and only when the
     * person's own paragraph opens with a quotation: the reply of someone in that scene; and only
     * for a state's office-holder (the caller checks: a lawyer quoted next may be the other side). A paragraph
     * that opens by naming a new person ("In Beijing, the spokesman said … ¶ Konstantin von Notz, a
     * Greens lawmaker, called on the government …") turns back to the story and is not read. A weaker sign than the person's own
     * paragraph, so it is read after the title's institution and the spokesperson's state and
     * before the dateline, which it corrects in two-country stories filed from the other capital.
     */
    Optional<Found> previousParagraphOpener(AnnotatedDocument document, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.kind() == MentionKind.DEMONYM || mention.kind() == MentionKind.METONYM) {
                continue;
            }
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            int first = paragraphOpening(document, sentence);
            if (first == 0 || !opensWithQuote(document.text(), document.sentences().get(first))) {
                return Optional.empty();
            }
            Sentence previous = document.sentences().get(first - 1);
            if (previous.paragraph() != sentence.paragraph() - 1) {
                return Optional.empty();
            }
            Optional<Found> opener = opener(document.text(), document.sentences().get(paragraphOpening(document, previous)));
            return opener.map(found -> new Found(found.code(), found.codedBy().replace("the sentence opens", "the paragraph before opens")));
        }
        return Optional.empty();
    }

    /**
     * "In Yerevan, about 300 relatives rallied outside the EU delegation. “…,” said Lilit
     * Harutyunyan": a place opening the sentence, or an earlier sentence of the same paragraph,
     * sets the scene for the paragraph. The nearest sentence that opens with a place decides.
     */
    private Optional<Found> paragraphOpener(AnnotatedDocument document, Sentence sentence) {
        for (int index = sentence.index(); index >= 0 && index > sentence.index() - PARAGRAPH_REACH; index--) {
            Sentence earlier = document.sentences().get(index);
            if (earlier.paragraph() != sentence.paragraph()) {
                break;
            }
            Optional<Found> opener = opener(document.text(), earlier);
            if (opener.isPresent() || opensWithIn(earlier)) {
                return opener;
            }
        }
        return Optional.empty();
    }

    /** The index of the first sentence of the sentence's paragraph. */
    private static int paragraphOpening(AnnotatedDocument document, Sentence sentence) {
        int first = sentence.index();
        while (first > 0 && document.sentences().get(first - 1).paragraph() == sentence.paragraph()) {
            first--;
        }
        return first;
    }

    /** Whether the sentence opens with a quotation mark, as a paragraph that quotes before it names the speaker does. */
    private static boolean opensWithQuote(String text, Sentence sentence) {
        if (sentence.tokens().isEmpty()) {
            return false;
        }
        int start = sentence.token(0).start();
        char first = start < text.length() ? text.charAt(start) : ' ';
        return first == '"' || first == '\u201C' || first == '\u2018' || first == '\'';
    }

    /** Whether the sentence opens with "In", as a scene-setting place does ("In Nemuro, …"), whether or not the place is known. */
    private static boolean opensWithIn(Sentence sentence) {
        return sentence.tokens().size() > 3 && sentence.token(0).text().equals("In") && sentence.token(1).isProperNoun();
    }

    /** "In Moscow, …" or "In Japan, …" opening the sentence. */
    private Optional<Found> opener(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.size() < 4 || !tokens.get(0).text().equals("In")) {
            return Optional.empty();
        }
        Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(text, tokens, 1, tokens.size());
        if (place.isPresent() && placesItsSpeakers(place.get().value()) && comma(tokens, place.get().endToken())) {
            Place capital = place.get().value();
            return Optional.of(new Found(capital.country(), "place of speaking: the sentence opens \"In " + capital.name()
                    + ",\" (places/gazetteer.tsv capital of " + capital.country() + ")"));
        }
        Optional<PhraseIndex.Match<CountryName>> country = dictionaries.countries().index().longestAt(text, tokens, 1, tokens.size());
        if (country.isPresent() && country.get().value().form() != CountryName.Form.DEMONYM && comma(tokens, country.get().endToken())) {
            CountryName name = country.get().value();
            return Optional.of(new Found(name.code(), "place of speaking: the sentence opens \"In " + name.country() + ",\" (" + name.source() + ")"));
        }
        return Optional.empty();
    }

    /**
     * "In Marib, the governor, Sultan al-Arada, said": a local office-holder (a governor, a mayor;
     * the caller checks the title) named in a sentence that opens with a place holds office there,
     * whatever the kind of place: unlike a minister, a governor does not travel to the town he
     * speaks of. Only the person's own sentence is read. Empty for a place that seats international
     * bodies, and for places the gazetteer does not know.
     */
    Optional<Found> localOffice(AnnotatedDocument document, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.kind() != MentionKind.NAME) {
                continue;
            }
            List<Token> tokens = document.sentences().get(mention.sentenceIndex()).tokens();
            if (tokens.size() < 4 || !tokens.get(0).text().equals("In")) {
                continue;
            }
            Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(document.text(), tokens, 1, tokens.size());
            if (place.isPresent() && comma(tokens, place.get().endToken()) && !internationalSeats.seats(place.get().value().name())) {
                Place found = place.get().value();
                return Optional.of(new Found(found.country(), "local office: the sentence opens \"In " + found.name() + ",\" ("
                        + found.file() + ", " + found.country() + ")"));
            }
        }
        return Optional.empty();
    }

    private static boolean comma(List<Token> tokens, int index) {
        return index < tokens.size() && tokens.get(index).text().equals(",");
    }

    /** "X told reporters in Manila": "in <capital>" on the verb the mention is subject of, or on its object. */
    private Optional<Found> speechPlace(String text, Sentence sentence, Mention mention) {
        int verb = -1;
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                verb = sentence.headArc(token.index()).map(Dependency::governor).orElse(Dependency.ROOT);
            }
        }
        if (verb < 0 || !sentence.token(verb).isVerb()) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            if (!token.text().equalsIgnoreCase("in") || token.index() < verb) {
                continue;
            }
            int place = sentence.headArc(token.index()).filter(arc -> arc.relation().equals("case")).map(Dependency::governor).orElse(Dependency.ROOT);
            if (place < 0) {
                continue;
            }
            int attached = sentence.headArc(place).map(Dependency::governor).orElse(Dependency.ROOT);
            int attachedHead = attached < 0 ? Dependency.ROOT : sentence.headArc(attached).map(Dependency::governor).orElse(Dependency.ROOT);
            boolean onVerb = attached == verb || (attachedHead == verb && attached > verb);
            if (!onVerb) {
                continue;
            }
            Optional<PhraseIndex.Match<Place>> found = dictionaries.placeNames().longestAt(text, sentence.tokens(), token.index() + 1, sentence.tokens().size());
            if (found.isPresent() && placesItsSpeakers(found.get().value())
                    && place >= found.get().firstToken() && place < found.get().endToken()) {
                Place capital = found.get().value();
                return Optional.of(new Found(capital.country(), "place of speaking: " + sentence.token(verb).text() + " … in " + capital.name()
                        + " (places/gazetteer.tsv capital of " + capital.country() + ")"));
            }
        }
        return Optional.empty();
    }
}
