package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The place a body is named with: "police in Malanville", "a court in Hrodna", "the U.S. embassy
 * in Port of Spain". A reader takes the place as part of the body's name, so the entity is named
 * with it, and a local body (kind seated in reference-words.tsv) with no owner word is of the
 * place's country, whatever country the story is filed from; a state's body posted abroad (kind
 * posted: embassy, consulate) never is, it keeps its owner's code. Only right after the body's
 * words, "in" then a place or country the dictionaries know ("the" may come between).
 */
final class BodySeats {

    /** A body's seat: the place or country phrase, and whether the body is of the seat's country. */
    record Seat(ActorPhrase place, boolean local) {

        /** The seat's country: the place's, or the country named. */
        String code() {
            return place.category() == Category.PLACE ? place.place().country() : place.country().code();
        }

        /** The dictionary row the seat's country comes from, for provenance. */
        String source() {
            return place.category() == Category.PLACE ? place.place().file() + " " + place.place().name()
                    : place.country().source() + " " + place.country().country();
        }
    }

    private final ReferenceWords referenceWords;

    BodySeats(ReferenceWords referenceWords) {
        this.referenceWords = referenceWords;
    }

    Optional<Seat> of(Sentence sentence, ActorPhrase body, List<ActorPhrase> phrases) {
        Token head = sentence.token(body.headToken());
        String lemma = (head.lemma() == null ? head.text() : head.lemma()).toLowerCase(Locale.ROOT);
        boolean local = referenceWords.is(ReferenceWords.Kind.SEATED, lemma);
        boolean posted = referenceWords.is(ReferenceWords.Kind.POSTED, lemma);
        int in = body.endToken();
        if (!local && !posted || in + 1 >= sentence.tokens().size() || !sentence.token(in).text().equals("in")) {
            return Optional.empty();
        }
        int first = sentence.token(in + 1).text().equalsIgnoreCase("the") ? in + 2 : in + 1;
        for (ActorPhrase other : phrases) {
            if (other.firstToken() == first && (other.category() == Category.PLACE || other.category() == Category.COUNTRY_NAME)) {
                return Optional.of(new Seat(other, local));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a group of people comes from, as a "from" phrase on the group's own noun says it:
     * "soldiers from Burkina Faso crossed the border", "troops from Kenya and Guatemala", "migrants
     * from Guinea". Only a phrase the parse hangs on the noun ("withdrew troops from Rafah" hangs it
     * on the verb: where they leave, not whose they are), naming a place or country the dictionaries
     * know; a local group, of the place's country.
     */
    Optional<Seat> origin(Sentence sentence, ActorPhrase group, List<ActorPhrase> phrases) {
        for (Dependency arc : sentence.enhancedDependentArcs(group.headToken())) {
            if (!arc.relation().equals("nmod:from")) {
                continue;
            }
            for (ActorPhrase other : phrases) {
                if (other.firstToken() <= arc.dependent() && arc.dependent() < other.endToken()
                        && (other.category() == Category.PLACE || other.category() == Category.COUNTRY_NAME)) {
                    return Optional.of(new Seat(other, true));
                }
            }
        }
        return Optional.empty();
    }
}
