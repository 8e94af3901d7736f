package org.annalist.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorDictionary;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * The country of a spokesperson the text gives no nationality ("government spokesman Tesfaye
 * Bekele", "army spokesman Colonel X"): the state the text has just reported speaking or acting.
 * Wire copy introduces a government's answer with the government as subject, then quotes its
 * spokesperson: "Addis Ababa said the agreement posed no threat. … government spokesman Tesfaye
 * Bekele told a news conference"; "Niger's military government rejected the call. In a statement
 * …, government spokesman Colonel Abdoulaye Garba said …". A reader takes the spokesperson to
 * speak for that government, whatever the article's dateline or most mentioned country.
 *
 * <p>The state is a country (or its capital, by metonymy) or a coded body (an international
 * body's spokesperson speaks for it) that is the subject of a verb in the spokesperson's sentence before their name, or in the sentence
 * before. Two different countries there leave the spokesperson to the later guesses.
 *
 * <p>The same holds for a government office-holder the text gives no nationality (a GOV title:
 * "Information Minister Yemane Gebremeskel") right after a country or capital is reported
 * answering or speaking ("Asmara answered within hours. “…,” Information Minister X wrote", in a
 * story filed from Addis Ababa): the minister answers for that state. Only after a verb of
 * answering (reference-words.tsv kind answering: answer, respond, reply, …) — after "Russia
 * struck Kyiv overnight", or "Addis Ababa rejected any talks" in a Cairo story, the minister named
 * next is more likely the other side's.
 */
final class SpokespersonCountry {

    /** A rebel or militarised group (sector REB, or the IMG code of organisations.tsv): no state. */
    private static boolean isNonStateArmedBody(EntityDraft draft) {
        return "REB".equals(draft.sector) || "IMG".equals(draft.code);
    }

    /** Relations by which a name modifies the head of its noun phrase. */
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss");

    private final ReferenceWords referenceWords;
    private final SectorDictionary sectors;

    SpokespersonCountry(ActorDictionaries dictionaries) {
        this.referenceWords = dictionaries.referenceWords();
        this.sectors = dictionaries.sectors();
    }

    /** The country (or international code) the spokesperson speaks for, with how it was read; empty for other persons or when unclear. */
    Optional<SpeakingPlace.Found> of(AnnotatedDocument document, EntityDraft person, List<EntityDraft> drafts) {
        boolean spokesperson = isSpokesperson(person.title);
        boolean official = !spokesperson && person.title != null && "GOV".equals(person.sector);
        if (!spokesperson && !official || person.mentions.isEmpty()) {
            return Optional.empty();
        }
        Mention named = person.mentions.stream().filter(mention -> mention.kind() == MentionKind.NAME).findFirst().orElse(person.mentions.get(0));
        // "JNIM said it had cut the road … army spokesman Colonel X said": a state's army, police or
        // government does not speak for the armed group it fights, whoever was reported acting
        boolean stateSpokesperson = spokesperson && person.sector != null && ActorCodes.STATE_SECTORS.contains(person.sector);
        // "The EU delegation said it was concerned. … Government spokesman X dismissed the
        // criticism": a title naming a country's own institution (government, army, police,
        // ministry) is not the mouthpiece of an international body reported acting
        boolean nationalInstitution = spokesperson && namesStateInstitution(person.title);
        SoleCode stateRead = new SoleCode();
        for (EntityDraft draft : drafts) {
            boolean state = "COUNTRY".equals(draft.type) || spokesperson && "ORGANIZATION".equals(draft.type)
                    || official && ActorCodes.isStateBody(draft);
            if (!state || draft.code == null || stateSpokesperson && isNonStateArmedBody(draft)
                    || nationalInstitution && ActorCodes.NON_STATE.contains(draft.code)) {
                continue;
            }
            for (Mention mention : draft.mentions) {
                boolean near = mention.sentenceIndex() == named.sentenceIndex() && mention.end() <= named.start()
                        || mention.sentenceIndex() == named.sentenceIndex() - 1;
                Sentence sentence = document.sentences().get(mention.sentenceIndex());
                if (near && isSubject(sentence, mention) && (spokesperson || answers(sentence, mention) || saysAsBody(sentence, mention, draft))
                        && !QuotedMentions.quoted(document.text(), sentence, mention)) {
                    stateRead.add(draft.code, mention.text());
                }
            }
        }
        return stateRead.found(spokesperson ? "spokesperson of the state just reported acting" : "official of the state just reported answering");
    }

    /** Sectors of a country's own institutions ("government", "army", "police"); a court or a parliament may be an international body's. */
    private static final Set<String> NATIONAL_SECTORS = Set.of("GOV", "MIL", "COP");


    /**
     * "The Guatemalan army said the troops had orders … Defence Minister Henry Saenz said": a state's
     * own institution reported saying something, right before a minister of no stated country is
     * quoted, gives the minister's state (the story's two voices of one government). Only a state
     * body, not a country name: "Russia said it struck … Health Minister X said" may be the other side.
     */
    private static boolean saysAsBody(Sentence sentence, Mention mention, EntityDraft draft) {
        if (!ActorCodes.isStateBody(draft)) {
            return false;
        }
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                int verb = sentence.headArc(token.index()).map(arc -> arc.governor()).orElse(-1);
                if (verb >= 0 && sentence.token(verb).lemma().equalsIgnoreCase("say")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the mention is the subject of a verb by which a state replies ("Asmara answered within hours"). */
    private boolean answers(Sentence sentence, Mention mention) {
        for (Token token : sentence.tokens()) {
            if (token.start() >= mention.start() && token.end() <= mention.end() && PersonReferences.isSubject(sentence, token.index())) {
                int verb = sentence.headArc(token.index()).map(arc -> arc.governor()).orElse(-1);
                if (verb >= 0 && referenceWords.is(ReferenceWords.Kind.ANSWERING, sentence.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the title holds a spokesperson word ("government spokesman Colonel"): a mouthpiece
     * word of reference-words.tsv that is not a body's word ("ministry" and "office" are
     * mouthpieces too, but a "foreign ministry official" speaks for nobody).
     */
    boolean isSpokesperson(String title) {
        if (title == null) {
            return false;
        }
        for (String word : NameWords.of(title.replace(",", " "))) {
            boolean bodyWord = sectors.index().lookup(word).map(phrase -> phrase.kind() == SectorPhrase.Kind.ORGANISATION).orElse(false);
            if (referenceWords.is(ReferenceWords.Kind.MOUTHPIECE, word) && !bodyWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject's verb is the content of another verb ("the government announced that
     * China would send more officers"): the state is what someone else reported, not the one
     * the story has just shown acting, whose spokesperson comes next.
     */
    private static boolean reported(Sentence sentence, int subject) {
        int verb = sentence.headArc(subject).map(arc -> arc.governor()).orElse(-1);
        return verb >= 0 && sentence.headArc(verb).map(arc -> arc.baseRelation().equals("ccomp")).orElse(false);
    }

    /**
     * Whether the title holds a body word of a state sector ("government", "army", "police",
     * "foreign ministry": sectors.tsv organisation rows with sector GOV, MIL or COP).
     */
    private boolean namesStateInstitution(String title) {
        if (title == null) {
            return false;
        }
        for (String word : NameWords.of(title.replace(",", " "))) {
            boolean stateBody = sectors.index().lookup(word).map(phrase -> phrase.kind() == SectorPhrase.Kind.ORGANISATION
                    && phrase.sector() != null && NATIONAL_SECTORS.contains(phrase.sector())).orElse(false);
            if (stateBody) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention is a subject, or names the body a subject phrase is headed by ("The U.N.
     * human rights office urged": "U.N." modifies the subject "office"). The subject of a "to"
     * infinitive is not: in "called on Tunisia to halt the expulsions" Tunisia is asked, not acting.
     */
    private static boolean isSubject(Sentence sentence, Mention mention) {
        for (Token token : sentence.tokens()) {
            if (token.start() < mention.start() || token.end() > mention.end()) {
                continue;
            }
            if (PersonReferences.isSubject(sentence, token.index()) && !PersonReferences.isInfinitiveSubject(sentence, token.index())
                    && !reported(sentence, token.index())) {
                return true;
            }
            boolean modifier = sentence.headArc(token.index()).map(arc -> MODIFIERS.contains(arc.relation())
                    && sentence.token(arc.governor()).start() >= mention.end() && PersonReferences.isSubject(sentence, arc.governor())).orElse(false);
            if (modifier) {
                return true;
            }
        }
        return false;
    }
}
