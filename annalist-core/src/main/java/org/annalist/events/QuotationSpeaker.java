package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.language.Dependency;
import org.annalist.language.Token;
import org.annalist.quotes.Quote;

/**
 * Who a word inside a direct quotation stands for: the quotation's coded speaker. "“We will
 * respond,” the minister said" — "we" is the minister's side, "our army" the minister's country's
 * army — and a trigger inside the quotation is the speaker's own act. Split out of
 * {@link PartyFinder}, which reads what a token names, because this answer comes from the quotes
 * stage, not from the token's own mention.
 */
final class QuotationSpeaker {

    /** First-person words that, inside a direct quotation, are its speaker ("we", "our army"). */
    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my");

    private final ActorAnalysis actors;
    private final List<Quote> quotes;

    QuotationSpeaker(ActorAnalysis actors, List<Quote> quotes) {
        this.actors = actors;
        this.quotes = List.copyOf(quotes);
    }

    /**
     * The speaker of the direct quotation a first-person word stands in: "we", "us", or a noun
     * owned by one ("our army"), unless a coded modifier names the noun's own country ("our Filipino
     * friends"). Empty outside direct quotations, for quotations without a coded speaker, and for
     * other words.
     */
    Optional<Entity> ofFirstPerson(SentenceGraph graph, int tokenIndex) {
        Token token = graph.token(tokenIndex);
        boolean firstPerson = FIRST_PERSON.contains(token.text().toLowerCase(Locale.ROOT));
        if (!firstPerson && token.isNoun()) {
            for (Dependency arc : graph.dependents(tokenIndex)) {
                if (arc.relation().equals("nmod:poss")
                        && FIRST_PERSON.contains(graph.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
                    firstPerson = true;
                }
            }
        }
        if (!firstPerson || token.isNoun() && namesOtherParty(graph, tokenIndex)) {
            return Optional.empty();
        }
        return of(token);
    }

    /**
     * Whether the owned noun names its own party through a coded modifier: "our Filipino friends",
     * "our Somali partners" are the speaker's friends, but of the country the adjective names.
     */
    private boolean namesOtherParty(SentenceGraph graph, int noun) {
        return graph.dependents(noun).stream()
                .filter(arc -> arc.relation().equals("amod") || arc.relation().equals("compound"))
                .anyMatch(arc -> actors.entityAt(graph.token(arc.dependent()).start()).map(entity -> entity.code() != null).orElse(false));
    }

    /** The coded speaker of the direct quotation the token stands in. */
    Optional<Entity> of(Token token) {
        return quotes.stream()
                .filter(quote -> quote.direct() && quote.speaker() != null && quote.start() <= token.start() && token.end() <= quote.end())
                .findFirst()
                .flatMap(quote -> actors.byId(quote.speaker()))
                .filter(entity -> entity.code() != null);
    }
}
