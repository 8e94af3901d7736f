package org.annalist.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.patterns.ListName;
import org.annalist.events.patterns.WordLists;
import org.annalist.quotes.ReporterConjunct;
import org.annalist.language.TimeExpression;

/**
 * Fills a match's actor and recipient, in the order news copy calls for: the pattern's own role
 * sources first, then the fallbacks (a condition's subject for a threat, the event answered by a
 * response, the trigger's phrases, a noun referring back, the article's government, the
 * domestic and adversary conventions, the attacked place, the home country). Each fallback is
 * asked only when the earlier ones found no coded party, which is what keeps them from
 * overriding a recipient the sentence names. Also drops the two cases that are not events once
 * the roles are known: a talk to a news outlet and a consultation with one party.
 */
final class RoleFilling {

    /** Event types never aimed at the actor itself: an accusation or a threat names someone else. */
    private static final Set<String> SELF_EXCLUDING_TYPES = Set.of("ACCUSE", "THREATEN");

    private final WordLists words;
    private final Modality modality;
    private final CoordinatedSpeechAct speechActs;
    private final DisarmRefusal disarm;

    RoleFilling(WordLists words, Modality modality, ReporterConjunct reporterConjuncts) {
        this.words = words;
        this.speechActs = new CoordinatedSpeechAct(words, reporterConjuncts);
        this.disarm = new DisarmRefusal(words);
        this.modality = modality;
    }

    /** The filled candidate, or empty (with the decision recorded) when the match is not an event. */
    Optional<Candidate> fill(ArticleState state, SentenceGraph graph, TriggerMatch match, List<TimeExpression> times, LocalDate articleDate) {
        PartyFinder.Filling actor = state.parties.fill(graph, match, match.pattern().actor());
        // "Beijing said the vessel had entered its waters and demanded that Manila withdraw it": the
        // reporter demands, not the vessel the enhanced parse lends the misjoined verb as subject
        actor = speechActs.actor(graph, match, actor, state.parties);
        if (!actor.anyCoded()) {
            // "rights groups welcomed the decision": a kind of group with a code of its own, not the sentence's country
            PartyFinder.Filling group = state.unnamedGroups.actor(graph, match);
            if (group.anyCoded()) {
                actor = group;
            }
        }
        if (!actor.anyCoded()) {
            PartyFinder.Filling domestic = state.domestic.domesticActor(graph, match, state.homeCountry(graph));
            if (!domestic.anyCoded() && actor.parties().isEmpty()) {
                domestic = AgentlessPassive.actor(graph, match, state.homeCountry(graph), words, state.parties, state.pairs);
            }
            if (!domestic.anyCoded() && actor.parties().isEmpty()) {
                // "Zakharova said the Swedish ambassador would be summoned": the reporter's side acts
                domestic = ReportedPassive.actor(graph, match, words, state.speakers, state.parties);
            }
            if (domestic.anyCoded()) {
                actor = domestic;
            }
        }
        List<String> aux = modality.aux(graph, match, times, articleDate);
        if (match.pattern().complementCondition() == org.annalist.events.patterns.ComplementCondition.FUTURE
                || match.pattern().complementCondition() == org.annalist.events.patterns.ComplementCondition.WARNING) {
            // "we will respond decisively": the stated future action is the threat, a fact
            aux = aux.stream().filter(mark -> !mark.equals(Modality.FUTURE) && !mark.equals(Modality.HYPOTHETICAL)).toList();
        }
        if (match.pattern().complementCondition() == org.annalist.events.patterns.ComplementCondition.REFUSAL) {
            // "would not take part": the stated refusal is the event, a fact
            aux = aux.stream().filter(mark -> !mark.equals(Modality.FUTURE) && !mark.equals(Modality.NEGATION)).toList();
        }
        // "burned a Chinese flag": the owner of the trigger's own object word stands in the row's object source
        PartyFinder.Filling recipient = ObjectWordOwner.recipient(graph, match, actor, state.parties, words);
        if (SELF_EXCLUDING_TYPES.contains(match.pattern().event()) && namesOnlyActorEntities(recipient, actor)) {
            // "warned that his members would boycott the vote", "accused him of" read as the actor
            // himself: one does not accuse or threaten oneself, so the role was misread and the
            // other rules look further (the domestic convention, an earlier event, the home country)
            recipient = PartyFinder.Filling.none();
        }
        if (match.pattern().event().equals("THREATEN") && (!recipient.anyCoded() || onlyOwn(recipient, actor))) {
            // "warned that Israel would strike Iran's nuclear sites": the speaker's side would act, on Iran
            PartyFinder.Filling threatened = ThreatenedParty.of(graph, match, actor, state.parties);
            if (threatened.anyCoded()) {
                recipient = threatened;
            }
        }
        if (match.pattern().event().equals("THREATEN") && (!recipient.anyCoded() || onlyOwn(recipient, actor))) {
            // "if the exercises continued": with nobody warned yet, whoever holds the exercises comes
            // before any country the condition's noun is near. "warned that Chad would pull its troops
            // out if Nigeria and Cameroon did not send more": with only the actor's own side, a party the
            // condition names outright is the one warned (a noun referring back, "if the mission did not
            // act", is left to the later rules)
            PartyFinder.Filling condition = recipient.anyCoded() ? PartyFinder.Filling.none()
                    : state.anaphora.ofCondition(graph, state.phrases.conditionSubjects(graph, match), actor, state.events);
            if (!condition.anyCoded()) {
                condition = state.phrases.conditionRecipient(graph, match, actor);
            }
            if (condition.anyCoded()) {
                recipient = condition;
            }
        }
        boolean response = words.value(ListName.RESPONSE_EVENT, codedType(match, aux)).isPresent();
        boolean ownTarget = recipient.anyCoded() && onlyOwn(recipient, actor);
        boolean warnsNobody = (!recipient.anyCoded() || ownTarget) && GenericReferent.warnsNobody(graph, match, state.roles, words, state.parties);
        if (warnsNobody && (ownTarget || !recipient.anyCoded())) {
            // "warned that his fighters would attack any foreign troops who entered": the complement's
            // subject is the actor's own side, and the threatened act is aimed at nobody named; nor may
            // the absorbed act lend its object ("threatened to attack any media outlet")
            recipient = new PartyFinder.Filling(List.of(), GenericReferent.NOBODY_SOURCE);
        }
        boolean appealsToEveryone = !warnsNobody && GenericAddressee.addressesEveryone(graph, match, state.roles, words, state.parties);
        if (appealsToEveryone) {
            // "called on other countries to contribute personnel": everyone of a kind, nobody named;
            // "urged all sides to exercise restraint": the sides of the country the story happens in
            PartyFinder.Filling sides = GenericAddressee.conflictSides(graph, match, state.roles, words, state.homeCountry(graph), actor,
                    !state.reciprocal.twoSides().isEmpty());
            recipient = sides.anyCoded() ? sides : new PartyFinder.Filling(List.of(), GenericAddressee.SOURCE);
        }
        boolean namesNobody = warnsNobody || appealsToEveryone;
        if (response && ownTarget && !namesNobody) {
            // "China warned that China would take all necessary measures": the complement's
            // subject is the actor itself, the threat is aimed at whoever it answers
            PartyFinder.Filling answered = state.responses.of(codedType(match, aux), actor, state.events, graph.sentence().index());
            if (answered.anyCoded()) {
                recipient = answered;
            }
        }
        if (!recipient.anyCoded() && !match.pattern().hasNoRecipient() && !namesNobody && match.pattern().event().equals("REJECT")) {
            // "rejected an opposition call", "rejected a proposal from aid agencies": whose the refused thing is
            // (a refusal of one's own act, "would not accept third-party mediation", names no demander)
            PartyFinder.Filling owner = RefusedThingOwner.of(graph, match, actor, state.parties, words);
            if (owner.anyCoded()) {
                recipient = owner;
            }
        }
        if (!recipient.anyCoded() && !match.pattern().hasNoRecipient() && !namesNobody) {
            PartyFinder.Filling phrase = state.phrases.phraseRecipient(graph, match, actor);
            PartyFinder.Filling earlier = phrase.anyCoded() ? phrase : state.anaphora.of(graph, match, actor, state.events);
            PartyFinder.Filling unanswered = PartyFinder.Filling.none();
            if (!earlier.anyCoded() && response) {
                earlier = state.responses.of(codedType(match, aux), actor, state.events, graph.sentence().index());
                if (ResponseRecipient.UNANSWERED_SOURCE.equals(earlier.source())) {
                    // the refusal or threat answers nothing the text names: no fallback party either
                    unanswered = earlier;
                }
            }
            if (!earlier.anyCoded()) {
                earlier = state.vessels.recipient(graph, match, actor);
            }
            if (!earlier.anyCoded()) {
                earlier = state.definiteNouns.recipient(graph, match, actor);
            }
            if (earlier.anyCoded()) {
                recipient = earlier;
            } else if (unanswered.source() != null) {
                recipient = unanswered;
            } else {
                PartyFinder.Filling domestic = state.unnamedGroups.recipient(graph, match, actor);
                if (!domestic.anyCoded()) {
                    domestic = state.bareGovernment.of(graph, match, actor, state.articleCountry());
                }
                if (!domestic.anyCoded()) {
                    domestic = ForeignActorRecipient.of(state.domestic.domesticRecipient(graph, match, actor),
                            actor, state.articleCountry(), state.reciprocal.twoSides(),
                            Optional.ofNullable(state.articleCountry()).flatMap(state.pairs::countryEntity));
                }
                if (!domestic.anyCoded()) {
                    // "police in Honiara arrested 14 people": a country's forces coerce its own people at home
                    domestic = HomeCoercion.of(graph, match, actor, state.homeCountry(graph), state.actors, words, state.roles);
                }
                if (!domestic.anyCoded()) {
                    domestic = state.domestic.adversaryRecipient(graph, match, actor);
                }
                if (!domestic.anyCoded()) {
                    domestic = state.domestic.crowdControlRecipient(match, actor, state.homeCountry(graph));
                }
                if (!domestic.anyCoded()) {
                    domestic = AttackPlaceRecipient.of(match.pattern().event(), actor,
                            state.setting.place(graph, actor.parties().stream().map(EventParty::mention).filter(java.util.Objects::nonNull).toList(),
                                    match.head()));
                }
                if (!domestic.anyCoded()) {
                    org.annalist.language.Token head = graph.token(match.head());
                    domestic = ThirdPartyOffer.of(isOffer(graph, match, aux), actor, state.reciprocal,
                            new Span(head.start(), head.end(), head.text()));
                }
                if (!domestic.anyCoded()) {
                    domestic = state.home.of(graph, match, actor, state.homeCountry(graph));
                }
                if (!domestic.anyCoded() && !state.home.addressesUnnamedGroup(graph, match)) {
                    org.annalist.language.Token head = graph.token(match.head());
                    domestic = state.home.untargeted(match, actor, state.articleCountry(), new Span(head.start(), head.end(), head.text()));
                }
                if (domestic.anyCoded()) {
                    recipient = domestic;
                }
            }
        }
        if (!match.pattern().hasNoRecipient() && !namesNobody) {
            recipient = state.counterparts.of(graph, match, codedType(match, aux), codedCameo(graph, match, aux), actor, recipient);
        }
        if (!namesNobody) {
            recipient = AllyRecipient.of(graph, match, state.roles, words, actor, recipient, state.articleCountry());
        }
        recipient = OwnForcesRecipient.of(recipient, actor, graph, match, words);
        // "the group would not give up its weapons": a rebel group's refusal to disarm answers its own state
        recipient = disarm.of(graph, match, codedType(match, aux), actor, recipient, state.responses.armedChallengers(actor));
        Optional<EventParty> interviewer = PressRecipient.interviewer(match.pattern().event(), graph.token(match.head()).lemma(), recipient);
        if (interviewer.isPresent()) {
            state.decide(graph, match, DecisionReason.PRESS_EVENT, "spoke to a news outlet (\"" + interviewer.get().name() + "\")", null);
            return Optional.empty();
        }
        if (LoneConsultation.isLone(graph, modality.predicate(graph, match), words, match.pattern().event(), match.pattern().cameo(), actor, recipient)) {
            state.decide(graph, match, DecisionReason.LONE_CONSULTATION, "a consultation with no second party", null);
            return Optional.empty();
        }
        return Optional.of(new Candidate(match, actor, recipient, aux));
    }

    /** Whether every coded recipient is one of the actor's own entities (not merely of its country). */
    private static boolean namesOnlyActorEntities(PartyFinder.Filling recipient, PartyFinder.Filling actor) {
        Set<String> own = new HashSet<>();
        actor.parties().stream().map(EventParty::entity).filter(Objects::nonNull).forEach(own::add);
        List<EventParty> coded = recipient.parties().stream().filter(party -> party.code() != null).toList();
        return !coded.isEmpty() && coded.stream().allMatch(party -> party.entity() != null && own.contains(party.entity()));
    }

    /** Whether every coded recipient has one of the actor's codes. */
    private static boolean onlyOwn(PartyFinder.Filling recipient, PartyFinder.Filling actor) {
        Set<String> own = new HashSet<>();
        actor.parties().forEach(party -> own.add(party.code()));
        return recipient.parties().stream().filter(party -> party.code() != null).allMatch(party -> own.contains(party.code()));
    }

    /**
     * The CAMEO code a match will be coded with as far as the recipient rules care: a stated
     * commitment ("is ready to resume talks", "remains open to negotiate") carries the intent code of
     * its type ({@code intent-code}, as {@link CodingConvention} codes it), else the pattern's own.
     */
    private String codedCameo(SentenceGraph graph, TriggerMatch match, List<String> aux) {
        if (!aux.contains(Modality.NEGATION) && !aux.contains(Modality.HYPOTHETICAL)
                && CodingConvention.commitmentFrameOver(graph, modality.predicate(graph, match), words).isPresent()) {
            return words.value(ListName.INTENT_CODE, match.pattern().event()).orElse(match.pattern().cameo());
        }
        return match.pattern().cameo();
    }

    /**
     * Whether the act is an offer: an {@code offer-verb} ("offered to mediate") or a stated
     * commitment ("is ready to help"), neither negated nor hypothetical.
     */
    private boolean isOffer(SentenceGraph graph, TriggerMatch match, List<String> aux) {
        if (aux.contains(Modality.NEGATION) || aux.contains(Modality.HYPOTHETICAL)) {
            return false;
        }
        return words.contains(ListName.OFFER_VERB, graph.token(match.head()).lemma())
                || !codedCameo(graph, match, aux).equals(match.pattern().cameo());
    }

    /** The event type a match is coded as: REJECT for a refusal ("would not take part"), else the pattern's. */
    private String codedType(TriggerMatch match, List<String> aux) {
        boolean refusal = CodingConvention.isRefusal(aux, match.pattern(), match.pattern().event(), words);
        return refusal ? "REJECT" : match.pattern().event();
    }
}
