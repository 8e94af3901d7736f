package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Reads one description of a group or body in an article ("Iranian troops", "the Kenyan
 * government", "the union", "the French company Orano"): the body whose name it describes, the
 * body named before that it refers back to ({@link NamedBodyReference}, {@link BusinessReference}),
 * or a group draft of its own keyed by its country or body and its sector word, with the seat
 * it is met with ({@link BodySeats}) and the country it is based in ({@link BasedBodies}).
 *
 * <p>Why a class of its own: a description is not a name, and deciding whether it is a new
 * group, a named body's description or a reference back is a job apart from reading names and
 * persons. Contract: {@link #read} adds the phrase as a mention of exactly one draft, or of none
 * when it is a bare body word ("the commission") with no body named before. One instance per
 * article, read in order.
 */
final class GroupDescriptionReader {

    private final ActorDictionaries dictionaries;
    private final ArticleDrafts drafts;
    private final Acronyms acronyms;
    private final BodySeats seats;

    GroupDescriptionReader(ActorDictionaries dictionaries, ArticleDrafts drafts, Acronyms acronyms, BodySeats seats) {
        this.dictionaries = dictionaries;
        this.drafts = drafts;
        this.acronyms = acronyms;
        this.seats = seats;
    }

    void read(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
        AnnotatedDocument document = drafts.document();
        String text = drafts.text();
        CountryName country = phrase.country();
        KnownActor body = phrase.known();
        SectorPhrase word = phrase.sectorWord();
        String code = country != null ? country.code() : body != null ? body.code() : null;
        String wordKey = word != null ? word.phrase() : "people";
        String type = word != null && word.kind() == SectorPhrase.Kind.ORGANISATION ? "ORGANIZATION" : "GROUP";
        EntityDraft described = type.equals("ORGANIZATION") ? bodyDescribed(sentence, phrase, phrases) : null;
        if (described != null) {
            // "the French company Orano": a name no dictionary codes takes the description's country and sector
            if (country != null) {
                described.code(country.code(), "described as \"" + drafts.strippedText(phrase) + "\": " + country.source() + " "
                        + country.form().name().toLowerCase(Locale.ROOT) + " " + country.country());
            }
            BasedIn.country(dictionaries, text, sentence, phrase.firstToken(), phrase.endToken())
                    .ifPresent(found -> described.code(found.code(), "described as \"" + drafts.strippedText(phrase) + "\": " + found.codedBy()));
            if (word != null) {
                described.sector(word.sector(), "described as \"" + drafts.strippedText(phrase) + "\": " + word.source() + " " + word.phrase());
            }
            drafts.add(described, sentence, phrase, MentionKind.NOMINAL);
            return;
        }
        if (type.equals("ORGANIZATION") && country == null && body == null) {
            EntityDraft named = NamedBodyReference.referent(drafts.bodies(), sentence, phrase.firstToken(), phrase.strippedText(document));
            if (named == null) {
                named = BusinessReference.referent(drafts.bodies(), sentence, phrase); // "ExxonMobil said … the company said"
            }
            // "HRW said … the group said"; "the teachers' union said … The union asked" is the union
            // just named, whose words hold the word too, not the European Union named paragraphs
            // before (a nearer body that only fits, ECOWAS before "the alliance", does not outrank
            // the Alliance of Sahel States)
            EntityDraft fitting = NamedBodyReference.fittingReferent(text, drafts.bodies(), document.sentences(), sentence, phrase, dictionaries.bodyReferenceWords());
            int start = sentence.token(phrase.firstToken()).start();
            boolean nearerHolder = fitting != null && named != null && NamedBodyReference.holdsWord(fitting, phrase.strippedText(document))
                    && NamedBodyReference.lastSentenceBefore(fitting, start) > NamedBodyReference.lastSentenceBefore(named, start);
            if (named == null || nearerHolder) {
                named = fitting != null ? fitting : named;
            }
            if (named != null) {
                drafts.add(named, sentence, phrase, MentionKind.NOMINAL);
                return;
            }
            if (word.sector() == null && !Character.isUpperCase(sentence.token(phrase.headToken()).text().codePointAt(0))
                    && phrase.onlyArticleAndHead(sentence)) {
                return; // "the commission" with no commission named before: nobody known
            }
        }
        String name = phrase.bodyName(document);
        boolean proper = !name.equals(drafts.strippedText(phrase)) || Character.isUpperCase(sentence.token(phrase.headToken()).text().codePointAt(0));
        String key = proper && type.equals("ORGANIZATION") ? name.toLowerCase(Locale.ROOT) : wordKey;
        EntityDraft draft = drafts.draft("group:" + code + ":" + (body == null ? "" : body.name()) + ":" + key, type, name);
        if (country != null) {
            draft.code(country.code(), country.source() + " " + country.form().name().toLowerCase(Locale.ROOT) + " " + country.country());
        } else if (body != null) {
            draft.code(body.code(), body.source() + " " + body.name());
        }
        if (word != null) {
            draft.sector(word.sector(), word.source() + " " + word.phrase());
        }
        if (type.equals("ORGANIZATION") || type.equals("GROUP")) {
            // "the authorities in Kabul" is a group of officials, seated as a body is
            seats.of(sentence, phrase, phrases).ifPresent(seat -> seated(draft, seat));
        }
        if (type.equals("GROUP") && draft.seatCode == null) {
            seats.origin(sentence, phrase, phrases).ifPresent(origin -> fromOrigin(draft, origin));
        }
        if (type.equals("ORGANIZATION")) {
            if (proper && country == null && body == null && draft.basedCode == null) {
                BasedBodies.basedInApposition(dictionaries, text, sentence, phrase.headToken()).ifPresent(found -> {
                    draft.basedCode = found.code();
                    draft.basedBy = found.codedBy();
                });
            }
        }
        drafts.add(draft, sentence, phrase, word == null ? MentionKind.DEMONYM : MentionKind.NOMINAL);
        if (type.equals("ORGANIZATION") && proper) {
            acronyms.sawBody(draft, sentence, phrase); // "the Kenya Democratic Alliance (KDA)"
        }
    }

    /**
     * "the German broadcaster Deutsche Welle", "the rights group Amnesty International": a
     * definite description of a body right before the body's name describes that body (a
     * later "the broadcaster" is it, through {@link NamedBodyReference}); null when no
     * body's name follows.
     */
    private EntityDraft bodyDescribed(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
        if (!sentence.token(phrase.firstToken()).text().equalsIgnoreCase("the")) {
            return null;
        }
        for (ActorPhrase next : phrases) {
            boolean body = next.category() == Category.KNOWN_BODY && "ORGANIZATION".equals(drafts.bodyNamed(next).type)
                    || next.category() == Category.OTHER_NAME && ArticleDrafts.namedType(next).equals("ORGANIZATION");
            if (next.firstToken() == phrase.endToken() && body && acronyms.bodyOf(sentence, next, drafts.strippedText(next)) == null) {
                return drafts.bodyNamed(next);
            }
        }
        return null;
    }

    /** "soldiers from Burkina Faso": a group with no owner word is of the country it comes from, as a seated body is. */
    private void fromOrigin(EntityDraft draft, BodySeats.Seat origin) {
        draft.seatCode = origin.code();
        draft.seatBy = "from " + origin.source();
    }

    /**
     * "police in Malanville", "the U.S. embassy in Port of Spain": a body first met with its seat
     * is named with it; a local one remembers the seat's country for {@link UncodedBodies}.
     */
    private void seated(EntityDraft draft, BodySeats.Seat seat) {
        ActorPhrase place = seat.place();
        if (draft.mentions.isEmpty()) {
            draft.name = draft.name + " in " + drafts.strippedText(place);
        }
        if (seat.local() && draft.seatCode == null) {
            draft.seatCode = seat.code();
            draft.seatBy = seat.source();
        }
    }
}
