package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.Place;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Where a person comes from, as the words right after their name say it: "Daniel Whitaker, 47,
 * of Tampa, Florida,", "Andrei Sokolov, a driver from Brest," — "of" right after the name (or
 * its age), or "from" inside the apposition, then a gazetteer place or a country within a few
 * words. A person's home, unlike the place a story is filed from, says their nationality. So do
 * an office in a capital in the apposition ("an Interior Ministry official in Niamey"), a
 * demonym heading the apposition ("Moussa Diallo, a 27-year-old Guinean who …") and a demonym
 * in a description right before the name ("The Afghan man, Rahmatullah Sadiq,"); so does where a
 * person not posted from elsewhere works or lives ("Selam Haile, a researcher in Nairobi,", "a
 * researcher at a Washington think tank"); so does the country a relative clause says they left
 * ("Lesbia Gutierrez, a former teacher who fled Nicaragua in 2018,", reference-words.tsv kind
 * fleeing), which the dateline of the country they reached would contradict.
 */
final class PersonOrigin {

    /** How many words after "of"/"from" the place may start (past a town the gazetteer lacks: "of Tampa, Florida"). */
    private static final int REACH = 4;
    /** How long an apposition after the name may be. */
    private static final int LONGEST_APPOSITION = 10;

    private final ActorDictionaries dictionaries;

    PersonOrigin(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The country of the first of the person's name mentions that says where they are from. */
    Optional<SpeakingPlace.Found> of(AnnotatedDocument document, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.kind() != MentionKind.NAME) {
                continue;
            }
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            int next = -1;
            for (Token token : sentence.tokens()) {
                if (token.start() >= mention.end()) {
                    next = token.index();
                    break;
                }
            }
            Optional<SpeakingPlace.Found> found = next < 0 ? Optional.empty() : fromApposition(document.text(), sentence, next);
            if (found.isEmpty()) {
                found = describedBefore(document.text(), sentence, mention);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<SpeakingPlace.Found> fromApposition(String text, Sentence sentence, int next) {
        List<Token> tokens = sentence.tokens();
        if (next < tokens.size() && tokens.get(next).text().equals("of")) {
            return countryOfName(text, tokens, next + 1);
        }
        if (next >= tokens.size() || !tokens.get(next).text().equals(",")) {
            return Optional.empty();
        }
        int index = next + 1;
        if (index + 1 < tokens.size() && tokens.get(index).partOfSpeech().equals("CD") && tokens.get(index + 1).text().equals(",")) {
            index += 2; // "Daniel Whitaker, 47, of …"
        }
        if (index < tokens.size() && tokens.get(index).text().equals("of")) {
            return placeAfter(text, tokens, index + 1);
        }
        for (int word = index; word < tokens.size() && word < index + LONGEST_APPOSITION; word++) {
            Token token = tokens.get(word);
            if (fleeing(tokens, word)) {
                return countryLeft(text, tokens, word);
            }
            if (token.isVerb() && !token.partOfSpeech().equals("VBN") || token.text().equals(";")) {
                break;
            }
            if (token.text().equals("from")) {
                return placeAfter(text, tokens, word + 1);
            }
            Optional<SpeakingPlace.Found> demonym = demonymHeading(text, sentence, word);
            if (demonym.isPresent()) {
                return demonym;
            }
            if (token.text().equals("in") && officialBetween(tokens, index, word)) {
                // "Ibrahim Ali, an Interior Ministry official in Niamey,": an office in a capital is that state's
                if (word + 1 < tokens.size() && isCapital(text, tokens, word + 1)) {
                    return placeAfter(text, tokens, word + 1);
                }
            } else if (token.text().equals("at") && word > index && !postedBetween(tokens, index, word) && tokens.get(word - 1).isNoun()) {
                // "Dilan Rasul, a researcher at a Washington think tank,": a place naming the workplace
                Optional<SpeakingPlace.Found> workplace = workplacePlace(text, tokens, word + 1, false);
                if (workplace.isPresent()) {
                    return workplace;
                }
            } else if (token.text().equals("of") && word > index && !postedBetween(tokens, index, word) && tokens.get(word - 1).isNoun()
                    && word + 1 < tokens.size() && tokens.get(word + 1).partOfSpeech().equals("DT")) {
                // "Kumar, president of the Madurai Weavers' Union,": the body a person heads or serves, named for its town
                Optional<SpeakingPlace.Found> body = workplacePlace(text, tokens, word + 1, true);
                if (body.isPresent()) {
                    return body;
                }
            } else if (token.text().equals("in") && word > index && !postedBetween(tokens, index, word)
                    && tokens.get(word - 1).isNoun() && word + 1 < tokens.size() && tokens.get(word + 1).isProperNoun()) {
                // "Selam Haile, a researcher in Nairobi,", "a shopkeeper in Cúcuta": where a person works or lives
                // is their country; a correspondent or a diplomat in a capital is posted there from elsewhere
                Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(text, tokens, word + 1, tokens.size());
                if (place.isPresent()) {
                    Place found = place.get().value();
                    return Optional.of(new SpeakingPlace.Found(found.country(), "origin: works or lives in " + found.name() + " ("
                            + found.file() + ", " + found.country() + ")"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The place that modifies the workplace after "at" ("a Washington think tank", "the Nairobi
     * university"), where the person works, as "a researcher in Nairobi" says: a gazetteer place
     * between an optional determiner and a common noun; empty when the words after "at" are no such
     * workplace ("at the border", "at Harvard"). A named body after "of the" may go on with proper
     * nouns ("of the Madurai Weavers' Union": a body named for its town).
     */
    private Optional<SpeakingPlace.Found> workplacePlace(String text, List<Token> tokens, int first, boolean namedBody) {
        int start = first < tokens.size() && tokens.get(first).partOfSpeech().equals("DT") ? first + 1 : first;
        if (start >= tokens.size()) {
            return Optional.empty();
        }
        Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(text, tokens, start, tokens.size());
        if (place.isEmpty() || place.get().endToken() >= tokens.size()) {
            return Optional.empty();
        }
        int end = place.get().endToken();
        Token after = tokens.get(end);
        boolean workplace = after.isNoun() && (namedBody || !after.isProperNoun())
                // "think tank": the tagger takes a compound's first word for a verb
                || Character.isLetter(after.text().charAt(0)) && !after.isProperNoun() && end + 1 < tokens.size()
                        && tokens.get(end + 1).isNoun() && !tokens.get(end + 1).isProperNoun();
        if (!workplace) {
            return Optional.empty();
        }
        Place found = place.get().value();
        int noun = after.isNoun() && (namedBody || !after.isProperNoun()) ? end : end + 1;
        return Optional.of(new SpeakingPlace.Found(found.country(), (namedBody ? "origin: serves \"" : "origin: works at \"")
                + text.substring(tokens.get(start).start(), tokens.get(noun).end()) + "\" (" + found.file() + " " + found.name() + ", " + found.country() + ")"));
    }

    /**
     * "Moussa Diallo, a 27-year-old Guinean who reached the border town": a demonym that is the
     * head of the apposition on the name says who the person is. A demonym deeper in it ("a critic
     * of the Iranian government") describes something else and is not read.
     */
    private Optional<SpeakingPlace.Found> demonymHeading(String text, Sentence sentence, int word) {
        boolean heads = sentence.headArc(word).map(arc -> arc.relation().equals("appos") && arc.governor() < word).orElse(false);
        if (heads) {
            return demonymAt(text, sentence.tokens(), word).map(demonym -> new SpeakingPlace.Found(demonym.code(),
                    "origin: described as \"" + sentence.token(word).text() + "\" in apposition to the name (" + demonym.source() + ")"));
        }
        // "Carolina Rojas, a Venezuelan woman travelling with her sons,": a demonym modifying the
        // head noun of the apposition is the person's own; one on a deeper noun ("a critic of the
        // Iranian government") is not
        boolean modifiesHead = sentence.headArc(word).filter(arc -> Set.of("amod", "compound").contains(arc.relation()) && arc.governor() > word)
                .flatMap(arc -> sentence.headArc(arc.governor())).map(arc -> arc.relation().equals("appos") && arc.governor() < word).orElse(false);
        if (!modifiesHead) {
            return Optional.empty();
        }
        return demonymAt(text, sentence.tokens(), word).map(demonym -> new SpeakingPlace.Found(demonym.code(),
                "origin: described as \"" + sentence.token(word).text() + " " + sentence.token(sentence.headArc(word).get().governor()).text()
                        + "\" in apposition to the name (" + demonym.source() + ")"));
    }

    /**
     * "a Honduran woman who gave her name only as Karla": a demonym modifying the head noun of the
     * description a self-named person is mentioned by gives their country; so does a home written
     * right after it ("a former teacher from Hrodna who gave only her first name, Olga").
     */
    Optional<SpeakingPlace.Found> ofDescription(String text, Sentence sentence, ActorPhrase description) {
        for (int index = description.firstToken(); index < description.endToken(); index++) {
            int token = index;
            boolean modifiesHead = token == description.headToken() || sentence.headArc(token)
                    .map(arc -> arc.governor() == description.headToken() && Set.of("amod", "compound").contains(arc.relation())).orElse(false);
            Optional<CountryName> demonym = modifiesHead ? demonymAt(text, sentence.tokens(), token) : Optional.empty();
            if (demonym.isPresent()) {
                return Optional.of(new SpeakingPlace.Found(demonym.get().code(), "origin: described as \""
                        + text.substring(sentence.token(description.firstToken()).start(), sentence.token(description.endToken() - 1).end())
                        + "\" (" + demonym.get().source() + ")"));
            }
        }
        int after = description.endToken();
        if (after < sentence.tokens().size() && sentence.token(after).text().equals("from")) {
            // "a former teacher from Hrodna who gave only her first name, Olga": her home
            return placeAfter(text, sentence.tokens(), after + 1);
        }
        return Optional.empty();
    }

    private Optional<CountryName> demonymAt(String text, List<Token> tokens, int index) {
        return dictionaries.countries().index().exactly(text, tokens, index, index + 1).map(PhraseIndex.Match::value)
                .filter(country -> country.form() == CountryName.Form.DEMONYM);
    }

    /** An insider or mouthpiece word of reference-words.tsv ("official", "spokesman", "ministry") between two words. */
    private boolean officialBetween(List<Token> tokens, int from, int to) {
        for (int index = from; index < to; index++) {
            String word = (tokens.get(index).lemma() == null ? tokens.get(index).text() : tokens.get(index).lemma()).toLowerCase(Locale.ROOT);
            if (dictionaries.referenceWords().is(ReferenceWords.Kind.INSIDER, word) || dictionaries.referenceWords().is(ReferenceWords.Kind.MOUTHPIECE, word)) {
                return true;
            }
        }
        return false;
    }

    /** A word of kind posted in reference-words.tsv ("correspondent", "ambassador") between two words: a person posted from elsewhere. */
    private boolean postedBetween(List<Token> tokens, int from, int to) {
        for (int index = from; index < to; index++) {
            String word = (tokens.get(index).lemma() == null ? tokens.get(index).text() : tokens.get(index).lemma()).toLowerCase(Locale.ROOT);
            if (dictionaries.referenceWords().is(ReferenceWords.Kind.POSTED, word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCapital(String text, List<Token> tokens, int first) {
        return dictionaries.placeNames().longestAt(text, tokens, first, tokens.size())
                .filter(match -> match.value().kind() == Place.Kind.CAPITAL).isPresent();
    }

    /**
     * "The Afghan man, Rahmatullah Sadiq, …": a description with a demonym written right before
     * the name and a comma, opening the sentence or a clause ("the/a", adjectives and nouns only),
     * or anywhere with the name in apposition to it ("arrested a Nigerian national, Musa Bello,").
     */
    private Optional<SpeakingPlace.Found> describedBefore(String text, Sentence sentence, Mention mention) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenAt(mention.start());
        if (first < 3 || !tokens.get(first - 1).text().equals(",")) {
            return Optional.empty();
        }
        CountryName demonym = null;
        for (int index = first - 2; index >= 0 && index >= first - 6; index--) {
            Token token = tokens.get(index);
            String tag = token.partOfSpeech();
            if (tag.equals("DT")) {
                boolean opens = index == 0 || tokens.get(index - 1).text().equals(",") || tokens.get(index - 1).text().equals("--");
                return (opens || inApposition(sentence, mention, index, first - 1)) && demonym != null ? Optional.of(new SpeakingPlace.Found(demonym.code(), "origin: described as "
                        + demonym.country() + " right before the name (" + demonym.source() + ")")) : Optional.empty();
            }
            if (!tag.startsWith("JJ") && !tag.startsWith("NN")) {
                return Optional.empty();
            }
            var country = dictionaries.countries().index().exactly(text, tokens, index, index + 1);
            if (country.isPresent() && country.get().value().form() == CountryName.Form.DEMONYM) {
                demonym = country.get().value();
            }
        }
        return Optional.empty();
    }

    /**
     * "arrested a Nigerian national, Musa Bello, near the border": the name is in apposition to
     * the description (the tokens {@code [from, to)}), which makes the description the person's
     * wherever the phrase stands in the sentence. The parser's apposition arc, or the name set
     * off by commas on both sides (or closing the sentence), as an apposition is written: the
     * parser often reads "national" as an adjective and the name as a second object.
     */
    private static boolean inApposition(Sentence sentence, Mention mention, int from, int to) {
        int first = sentence.tokenAt(mention.start());
        int end = sentence.tokenAt(mention.end() - 1) + 1;
        int head = PhraseFinder.headOf(sentence, first, end);
        if (sentence.headArc(head).filter(arc -> arc.relation().equals("appos") && arc.governor() >= from && arc.governor() < to).isPresent()) {
            return true;
        }
        String after = end < sentence.tokens().size() ? sentence.token(end).text() : ".";
        return after.equals(",") || after.equals(".");
    }

    /**
     * "led by Deputy Prime Ministers Aram Petrosyan of Armenia and Ilham Guliyev of Azerbaijan":
     * a country's name written with "of" right after the name, and ending the phrase, is the
     * person's. A country that opens a longer name ("Ali of Afghanistan's foreign ministry", "X
     * of Kenya Airways") is left to the readers of bodies.
     */
    private Optional<SpeakingPlace.Found> countryOfName(String text, List<Token> tokens, int first) {
        return countryNamedAt(text, tokens, first).map(name -> new SpeakingPlace.Found(name.code(), "origin: " + name.country()
                + " written with \"of\" after the name (" + name.source() + ")"));
    }

    /** A country's name (not its demonym) starting at {@code first}, past a "the", and not modifying a noun after it. */
    private Optional<CountryName> countryNamedAt(String text, List<Token> tokens, int first) {
        int start = first < tokens.size() && tokens.get(first).text().equalsIgnoreCase("the") ? first + 1 : first;
        Optional<PhraseIndex.Match<CountryName>> country = start < tokens.size() && tokens.get(start).isProperNoun()
                ? dictionaries.countries().index().longestAt(text, tokens, start, tokens.size()).filter(match -> match.firstToken() == start)
                : Optional.empty();
        if (country.isEmpty() || country.get().value().form() == CountryName.Form.DEMONYM) {
            return Optional.empty();
        }
        int end = country.get().endToken();
        if (end < tokens.size() && (tokens.get(end).isNoun() || tokens.get(end).partOfSpeech().equals("POS"))) {
            return Optional.empty();
        }
        return Optional.of(country.get().value());
    }

    /** "… who fled Nicaragua": a verb of kind fleeing (reference-words.tsv) right after "who". */
    private boolean fleeing(List<Token> tokens, int word) {
        return word > 0 && tokens.get(word - 1).text().equalsIgnoreCase("who") && tokens.get(word).isVerb()
                && dictionaries.referenceWords().is(ReferenceWords.Kind.FLEEING, tokens.get(word).lemma().toLowerCase(Locale.ROOT));
    }

    /** The country named right after the verb of leaving ("fled Nicaragua in 2018"); empty for "fled to Chad", "fled in 2013". */
    private Optional<SpeakingPlace.Found> countryLeft(String text, List<Token> tokens, int verb) {
        return countryNamedAt(text, tokens, verb + 1).map(name -> new SpeakingPlace.Found(name.code(), "origin: \"who "
                + tokens.get(verb).text() + " " + name.country() + "\" (" + name.source() + ")"));
    }

    private Optional<SpeakingPlace.Found> placeAfter(String text, List<Token> tokens, int first) {
        for (int word = first; word < tokens.size() && word < first + REACH; word++) {
            if (!tokens.get(word).isProperNoun()) {
                continue;
            }
            Optional<PhraseIndex.Match<Place>> place = dictionaries.placeNames().longestAt(text, tokens, word, tokens.size());
            if (place.isPresent()) {
                Place found = place.get().value();
                return Optional.of(new SpeakingPlace.Found(found.country(), "origin: from " + found.name() + " (" + found.file() + ", " + found.country() + ")"));
            }
            Optional<PhraseIndex.Match<CountryName>> country = dictionaries.countries().index().longestAt(text, tokens, word, tokens.size());
            if (country.isPresent() && country.get().value().form() != CountryName.Form.DEMONYM) {
                CountryName name = country.get().value();
                return Optional.of(new SpeakingPlace.Found(name.code(), "origin: from " + name.country() + " (" + name.source() + ")"));
            }
        }
        return Optional.empty();
    }
}
