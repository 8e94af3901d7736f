package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryDictionary;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.PhraseIndex;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * Codes, once the whole article is read, the organisations no dictionary or country word coded.
 *
 * <p>State bodies named by a body word alone ("Police said", "the Interior Ministry", "the
 * Constitutional Court", "Daejeon District Court"): every country has such bodies, and wire copy
 * names its own country's without a country word. A reader takes them to be of the place inside
 * their name ("Daejeon District Court" sits in South Korea), else of the country whose word the
 * story has just put before the same body word ("attacked a Nigerien army post …, the army said"),
 * else of the country the story is filed from (its dateline: "SEOUL (Reuters) - … The Joint Chiefs
 * of Staff said"). Only bodies whose
 * sector is a state's (government, police, courts, legislature, armed forces, intelligence) from a
 * sectors.tsv body word, written as a name, the police, or a common noun acting as a subject ("The
 * presidency said"), with no owner word and not international.
 *
 * <p>Other bodies with a proper name ("the Citizens Coalition for Change", "Defence Headquarters",
 * "CEPESCA"): of the country their name holds or their possessor names ("Kenya National Union of
 * Teachers", "Russia's Southern Military District"), else of the dateline's country, since most
 * bodies a story names without saying whose they are are local ones. A foreign one named so
 * (a Spanish trade body in a Buenos Aires story) is then miscoded where it was uncoded; on the
 * development sets that happened to 4 bodies of 13 newly coded (an "Inter-American" or
 * "international" name is left alone).
 *
 * <p>A group with a proper name ("Kenya National Union of Teachers", "Ambazonia Defence Forces")
 * is such a body too. Groups of a state's people with no country ("prosecutors dropped charges", "troops fired"),
 * as a clause's subject, are of a capital the story is filed from (only a capital: a Hague story
 * is about a court, not the Dutch).
 *
 * <p>Without a dateline or a place they stay uncoded: the article's most mentioned country was
 * tried for state bodies and misplaced them (events own 0.684 -> 0.681, wire 0.571 -> 0.562)
 * without coding one more right.
 */
final class UncodedBodies {

    /** How many words before a body's name its description may start ("Belarusian state news agency"). */
    private static final int DESCRIPTION_LENGTH = 5;
    /** Possessive words that give a body an owner of its own. */
    private static final Set<String> OWNERS = Set.of("our", "my", "your", "his", "her", "its", "their");
    /** How many words a country word before a body word may have ("South Sudanese army"). */
    private static final int COUNTRY_WORDS = 3;

    private final DatelinePlace datelines;
    private final PhraseIndex<Place> placeNames;
    private final CountryDictionary countries;
    private final Kinship kinship;
    private final PeoplesBodies peoplesBodies;
    private final ReferenceWords referenceWords;
    private final SectorDictionary sectors;

    UncodedBodies(ActorDictionaries dictionaries, DatelinePlace datelines) {
        this.datelines = datelines;
        this.placeNames = dictionaries.placeNames();
        this.countries = dictionaries.countries();
        this.kinship = new Kinship(dictionaries.referenceWords());
        this.referenceWords = dictionaries.referenceWords();
        this.sectors = dictionaries.sectors();
        this.peoplesBodies = new PeoplesBodies(dictionaries);
    }

    /** Codes the uncoded bodies among the drafts; other drafts are left as they are. */
    void place(AnnotatedDocument document, List<EntityDraft> drafts) {
        Optional<Place> dateline = datelines.of(document, drafts);
        for (EntityDraft draft : drafts) {
            boolean group = "GROUP".equals(draft.type);
            if (!"ORGANIZATION".equals(draft.type) && !group || draft.code != null || draft.mentions.isEmpty() || draft.name.isEmpty()
                    || possessorOnly(draft, drafts)) {
                continue;
            }
            Optional<EntityDraft> owner = PossessiveBinding.governmentOwner(document, draft, drafts);
            if (owner.isPresent()) {
                draft.code(owner.get().code, "a government body owned by \"its\" after " + owner.get().name + ": " + owner.get().code);
                continue;
            }
            Optional<String> people = PeoplesBodies.peopleWord(document, draft);
            if (people.isEmpty() && ownedOrInternational(draft) || international(draft)) {
                continue;
            }
            Optional<SpeakingPlace.Found> family = kinship.bodyCountry(document, draft, drafts);
            if (people.isPresent()) {
                peoplesBodies.place(document, draft, people.get(), drafts, dateline).ifPresent(found -> draft.code(found.code(), found.codedBy()));
                peoplesBodies.sector(people.get()).ifPresent(word -> draft.sector(word.sector(),
                        "a body of " + word.phrase() + ": " + word.source() + " " + word.phrase()));
            } else if (family.isPresent()) {
                draft.code(family.get().code(), family.get().codedBy()); // "Ellison's family": the person's country
            } else if (group && draft.mentions.stream().anyMatch(mention -> properName(mention.text()))) {
                placeNamedBody(document, draft, dateline);
            } else if (group && draft.seatCode != null) {
                draft.code(draft.seatCode, "a group named with its place, " + draft.seatBy); // "the authorities in Kabul", "soldiers from Kenya"
            } else if (group) {
                if (draft.sector != null && ActorCodes.STATE_SECTORS.contains(draft.sector) && actsAsSubject(document, draft) && dateline.isPresent()
                        && dateline.get().kind() == Place.Kind.CAPITAL) {
                    draft.code(dateline.get().country(), "a state's people the text gives no country, in a story filed from "
                            + dateline.get().name() + " (" + dateline.get().file() + ", " + dateline.get().country() + ")");
                }
            } else if (draft.sector != null && ActorCodes.STATE_SECTORS.contains(draft.sector)) {
                placeStateBody(document, draft, dateline);
            } else if (Character.isUpperCase(draft.name.codePointAt(0)) || properName(draft.name)) {
                placeNamedBody(document, draft, dateline); // "the opposition Forum for Democratic Change" is a name too
            }
        }
        placeStaff(drafts);
    }

    /**
     * Staff of a body coded here ("said Abdul-Jabbar Kadhim, the association's head", "Its
     * chairman, …") take its country, as they would have had it been coded when they were read.
     */
    private static void placeStaff(List<EntityDraft> drafts) {
        for (EntityDraft draft : drafts) {
            EntityDraft employer = draft.uncodedEmployer;
            if ("PERSON".equals(draft.type) && draft.code == null && employer != null && employer.code != null) {
                draft.code(employer.code, "title: employer " + employer.name + ", coded " + employer.code + " (" + employer.codedBy + ")");
            }
        }
    }

    /** "Kenya National Union of Teachers", "Ambazonia Defence Forces": two words or more, the last capitalised. */
    private static boolean properName(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        return words.size() > 1 && Character.isUpperCase(words.get(words.size() - 1).codePointAt(0));
    }

    private void placeStateBody(AnnotatedDocument document, EntityDraft draft, Optional<Place> dateline) {
        if (draft.seatCode != null) {
            // "a court in Hrodna sentenced …", "… was detained by police in Malanville": the seat is the body's place
            draft.code(draft.seatCode, "a state body named with its seat, " + draft.seatBy);
            return;
        }
        if (draft.sectorBy == null || !draft.sectorBy.contains("sectors.tsv")
                || !namedOrPolice(draft) && !actsAsSubject(document, draft) && !speaksThroughSpokesperson(document, draft)) {
            return;
        }
        Optional<Place> inName = placeInName(document, draft.mentions.get(0));
        Optional<CountryName> qualified = inName.isPresent() ? Optional.empty() : qualifiedJustBefore(document, draft.mentions.get(0));
        if (inName.isPresent()) {
            draft.code(inName.get().country(), "a state body named with a place, " + inName.get().name()
                    + " (" + inName.get().file() + ", " + inName.get().country() + ")");
        } else if (qualified.isPresent()) {
            draft.code(qualified.get().code(), "a state body whose word was just used with a country: \"" + qualified.get().country()
                    + " … " + lastWord(draft.mentions.get(0).text()) + "\" (" + qualified.get().source() + ")");
        } else if (dateline.isPresent()) {
            draft.code(dateline.get().country(), "a state body the text gives no country, in a story filed from "
                    + dateline.get().name() + " (" + dateline.get().file() + ", " + dateline.get().country() + ")");
        }
    }

    /**
     * "Fighters attacked a Nigerien army post near Diffa, killing six soldiers, the army said": the
     * body word used just before, in the same sentence or the one before, right after a country word
     * ("Nigerien army", "Sudan's army"), says whose body "the army" is; nearest use first. A story
     * filed from one capital about the other side's forces names them so before it quotes them.
     */
    private Optional<CountryName> qualifiedJustBefore(AnnotatedDocument document, Mention mention) {
        String word = lastWord(mention.text());
        for (int index = mention.sentenceIndex(); index >= Math.max(0, mention.sentenceIndex() - 1); index--) {
            List<Token> tokens = document.sentences().get(index).tokens();
            for (int at = tokens.size() - 1; at >= 1; at--) {
                Token token = tokens.get(at);
                if (token.start() >= mention.start() || !token.text().equalsIgnoreCase(word)) {
                    continue;
                }
                int end = tokens.get(at - 1).text().equals("'s") || tokens.get(at - 1).text().equals("’s") ? at - 1 : at;
                for (int first = Math.max(0, end - COUNTRY_WORDS); first < end; first++) {
                    Optional<PhraseIndex.Match<CountryName>> country = countries.index().longestAt(document.text(), tokens, first, end);
                    if (country.isPresent() && country.get().endToken() == end) {
                        return Optional.of(country.get().value());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        return words[words.length - 1];
    }

    private void placeNamedBody(AnnotatedDocument document, EntityDraft draft, Optional<Place> dateline) {
        Optional<String> country = countryInName(document, draft.mentions.get(0));
        if (country.isPresent()) {
            draft.code(country.get(), "a body whose name holds a country or place: " + country.get());
        } else if (dateline.isPresent()) {
            draft.code(dateline.get().country(), "a named body the text gives no country, in a story filed from "
                    + dateline.get().name() + " (" + dateline.get().file() + ", " + dateline.get().country() + ")");
        }
    }

    /**
     * "The ombudsman" inside "The ombudsman's office": a body met only as the possessor inside
     * another body's name is that body's owner, a word of its name, not a speaker of its own;
     * coding it would give the sentence two bodies where the reader sees one.
     */
    private static boolean possessorOnly(EntityDraft draft, List<EntityDraft> drafts) {
        for (Mention mention : draft.mentions) {
            boolean inside = drafts.stream().anyMatch(other -> other != draft && other.mentions.stream().anyMatch(
                    outer -> outer.start() <= mention.start() && mention.end() <= outer.end() && outer.end() - outer.start() > mention.end() - mention.start()));
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /**
     * A body named as a proper name ("the Election Commission", "Police said") or the police,
     * which are always local. A common noun for another body ("the army", "the government") is
     * taken only as a subject ({@link #actsAsSubject}).
     */
    private static boolean namedOrPolice(EntityDraft draft) {
        if ("COP".equals(draft.sector)) {
            return true;
        }
        String text = draft.mentions.get(0).text();
        String[] words = text.split("\\s+");
        return Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /**
     * "The presidency said …", "the army launched a sweep": a common noun for a state body that
     * is a clause's subject speaks or acts for the state of the story; as an object it is often
     * another's ("Defence Minister Israel Katz said he had ordered the army").
     */
    private static boolean actsAsSubject(AnnotatedDocument document, EntityDraft draft) {
        for (Mention mention : draft.mentions) {
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            for (Token token : sentence.tokens()) {
                if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The government welcomed the offer, a spokeswoman for the presidency said": a state body that
     * a spokesperson speaks for (a mouthpiece word of reference-words.tsv with the body as its
     * "for" phrase) speaks, as a subject would.
     */
    private boolean speaksThroughSpokesperson(AnnotatedDocument document, EntityDraft draft) {
        for (Mention mention : draft.mentions) {
            Sentence sentence = document.sentences().get(mention.sentenceIndex());
            for (Token token : sentence.tokens()) {
                if (token.start() < mention.start() || token.end() > mention.end()) {
                    continue;
                }
                Optional<Dependency> arc = sentence.headArc(token.index());
                if (arc.isEmpty() || !arc.get().relation().startsWith("nmod") || arc.get().governor() < 0) {
                    continue;
                }
                Token governor = sentence.token(arc.get().governor());
                boolean throughFor = sentence.dependentArcs(token.index()).stream()
                        .anyMatch(child -> child.relation().equals("case") && sentence.token(child.dependent()).text().equalsIgnoreCase("for"));
                String lemma = governor.lemma() == null ? governor.text() : governor.lemma();
                if (throughFor && governor.start() < mention.start() && referenceWords.is(ReferenceWords.Kind.MOUTHPIECE, lemma)
                        && sectorsHasNoBody(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "spokeswoman", "spokesman": a mouthpiece that is a person, not a body word of sectors.tsv like "office" or "ministry". */
    private boolean sectorsHasNoBody(String lemma) {
        return !sectors.index().lookup(lemma.toLowerCase(Locale.ROOT))
                .map(phrase -> phrase.kind() == SectorPhrase.Kind.ORGANISATION).orElse(false);
    }

    /**
     * "Our naval forces" in a quote, "his government", "its army": a body owned by its speaker or
     * by a person or body named before, whichever country the story is filed from; "an
     * international arbitration tribunal" is no state's.
     */
    private static boolean international(EntityDraft draft) {
        return draft.mentions.stream().allMatch(mention -> {
            String text = mention.text().toLowerCase(Locale.ROOT);
            return text.contains("international") || text.contains("inter-");
        });
    }

    private static boolean ownedOrInternational(EntityDraft draft) {
        return draft.mentions.stream().allMatch(mention -> {
            String text = mention.text().toLowerCase(Locale.ROOT);
            return OWNERS.contains(text.split("\\s+")[0]) || text.contains("international") || text.contains("inter-");
        });
    }

    /**
     * The country a body's name holds ("Kenya National Union of Teachers", "Association of the
     * Petroleum Industry of Kurdistan") or its possessor names ("Russia's Southern Military
     * District", where the name proper starts after "'s").
     */
    private Optional<String> countryInName(AnnotatedDocument document, Mention mention) {
        Optional<Place> place = placeInName(document, mention);
        if (place.isPresent()) {
            return Optional.of(place.get().country());
        }
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenAt(mention.start());
        if (first >= 2 && tokens.get(first - 1).partOfSpeech().equals("POS")) {
            for (int start = Math.max(0, first - 5); start < first - 1; start++) {
                var possessor = countries.index().exactly(document.text(), tokens, start, first - 1);
                if (possessor.isPresent() && possessor.get().value().form() != CountryName.Form.DEMONYM) {
                    return Optional.of(possessor.get().value().code());
                }
            }
        }
        Optional<String> described = describedBefore(document, tokens, first);
        if (described.isPresent()) {
            return described;
        }
        for (Token token : tokens) {
            if (token.start() < mention.start() || token.end() > mention.end() || !token.isProperNoun()) {
                continue;
            }
            var country = countries.index().longestAt(document.text(), tokens, token.index(), tokens.size());
            if (country.isPresent() && tokens.get(country.get().endToken() - 1).end() <= mention.end()
                    && country.get().value().form() != CountryName.Form.DEMONYM) {
                return Optional.of(country.get().value().code());
            }
        }
        return Optional.empty();
    }

    /**
     * "The Spanish fishing confederation CEPESCA", "Belarusian state news agency BelTA": a country
     * word in the description written right before the name (adjectives and nouns only, back to
     * a determiner or punctuation) says whose body it is, wherever the story is filed.
     */
    private Optional<String> describedBefore(AnnotatedDocument document, List<Token> tokens, int first) {
        for (int index = first - 1; index >= 0 && index >= first - DESCRIPTION_LENGTH; index--) {
            Token token = tokens.get(index);
            String tag = token.partOfSpeech();
            if (!tag.startsWith("JJ") && !tag.startsWith("NN")) {
                return Optional.empty();
            }
            var country = countries.index().exactly(document.text(), tokens, index, index + 1);
            if (country.isPresent()) {
                return Optional.of(country.get().value().code());
            }
        }
        return Optional.empty();
    }

    private Optional<Place> placeInName(AnnotatedDocument document, Mention mention) {
        Sentence sentence = document.sentences().get(mention.sentenceIndex());
        List<Token> tokens = sentence.tokens();
        boolean firstName = true;
        for (Token token : tokens) {
            if (token.start() < mention.start() || token.end() > mention.end() || !token.isProperNoun()) {
                continue;
            }
            // a town of the generated list only where it is tagged a place or opens the name ("Kandi District
            // Court"): "Comandos de la Frontera" holds no Mexican town
            boolean opening = firstName;
            firstName = false;
            Optional<PhraseIndex.Match<Place>> place = placeNames.longestAt(document.text(), tokens, token.index(), tokens.size())
                    .filter(match -> match.value().kind() != Place.Kind.TOWN || opening
                            || DictionaryNames.taggedLocation(tokens, match.firstToken(), match.endToken()))
                    // "Pereira's PAIGC party": a place name the language layer reads as a person is the owner's name
                    .filter(match -> !DictionaryNames.taggedPerson(tokens, match.firstToken(), match.endToken()));
            if (place.isPresent() && tokens.get(place.get().endToken() - 1).end() <= mention.end()) {
                return Optional.of(place.get().value());
            }
        }
        return Optional.empty();
    }
}
