package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.actors.Entity;
import org.annalist.actors.MentionKind;
import org.annalist.pipeline.CodedArticle;

/**
 * Scores entity coding: for each gold actor, is there a system entity of that name, and does it
 * carry the gold country code and sector? Unfound actors count as wrong, so the accuracies are
 * over all gold actors, persons reported separately.
 */
public final class ActorScorer {

    private int persons;
    private int personsFound;
    private int personCodesRight;
    private int personSectorsGiven;
    private int personSectorsRight;
    private int others;
    private int othersFound;
    private int otherCodesRight;
    private final List<String> mistakes = new ArrayList<>();

    public void add(List<GoldArticle.Entity> gold, CodedArticle coded) {
        for (GoldArticle.Entity expected : gold) {
            Entity found = namedExactly(coded.entities(), expected.name())
                    .or(() -> bestNamed(coded.entities(), expected.name()))
                    .or(() -> coded.entities().stream().filter(entity -> namedAs(entity, expected.name())).findFirst())
                    .orElse(null);
            boolean person = "PERSON".equals(expected.type());
            boolean codeRight = found != null && Objects.equals(found.code(), expected.code());
            boolean sectorRight = found != null && Objects.equals(found.sector(), expected.sector());
            if (person) {
                persons++;
                personsFound += found != null ? 1 : 0;
                personCodesRight += codeRight ? 1 : 0;
                if (expected.sector() != null) {
                    personSectorsGiven++;
                    personSectorsRight += sectorRight ? 1 : 0;
                }
            } else {
                others++;
                othersFound += found != null ? 1 : 0;
                otherCodesRight += codeRight ? 1 : 0;
            }
            if (!codeRight || (person && expected.sector() != null && !sectorRight)) {
                mistakes.add(coded.article().id() + ": " + expected.name() + " expected " + expected.code() + "/" + expected.sector()
                        + (found == null ? ", not found" : ", got " + found.code() + "/" + found.sector() + " (" + found.codedBy() + ")"));
            }
        }
    }

    /**
     * The entity whose name is the gold name: the same name if one has it, else a name containing
     * it or contained in it, else one with the same last word and first initial; among several of
     * the same kind the one closest in length — "the army" (another country's, named in passing)
     * must not stand for the gold "Lebanese army" when "Lebanese army" is there too.
     */
    static Optional<Entity> bestNamed(List<Entity> entities, String goldName) {
        String gold = Names.normalize(goldName);
        return entities.stream()
                .filter(entity -> Names.sameName(entity.name(), goldName))
                .min(Comparator.<Entity>comparingInt(entity -> Names.closeness(entity.name(), goldName))
                        .thenComparingInt(entity -> Math.abs(Names.normalize(entity.name()).length() - gold.length())));
    }

    /**
     * The entity one of whose names is written exactly as the gold name, before any looser match:
     * the gold "U.N. Support Mission in Libya" is the entity with that mention (coded UNO), not the
     * entity "Libya", whose name the gold name merely contains.
     */
    static Optional<Entity> namedExactly(List<Entity> entities, String goldName) {
        String gold = Names.normalize(goldName);
        return entities.stream()
                .filter(entity -> Names.normalize(entity.name()).equals(gold) || entity.mentions().stream()
                        .filter(mention -> mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS)
                        .anyMatch(mention -> Names.normalize(mention.text()).equals(gold)))
                .findFirst();
    }

    /**
     * Whether one of the entity's names, aliases or metonyms is the gold name: the gold may list
     * "Moscow" as an actor where Annalist has it as a metonym mention of Russia.
     */
    private static boolean namedAs(Entity entity, String name) {
        return entity.mentions().stream()
                .filter(mention -> mention.kind() == MentionKind.NAME || mention.kind() == MentionKind.ALIAS || mention.kind() == MentionKind.METONYM)
                .anyMatch(mention -> Names.sameName(mention.text(), name));
    }

    public int persons() {
        return persons;
    }

    public double personsFound() {
        return Counts.ratio(personsFound, persons);
    }

    public double personCountryAccuracy() {
        return Counts.ratio(personCodesRight, persons);
    }

    public double personSectorAccuracy() {
        return Counts.ratio(personSectorsRight, personSectorsGiven);
    }

    public int organisations() {
        return others;
    }

    public double organisationsFound() {
        return Counts.ratio(othersFound, others);
    }

    public double organisationCodeAccuracy() {
        return Counts.ratio(otherCodesRight, others);
    }

    public List<String> mistakes() {
        return mistakes;
    }
}
