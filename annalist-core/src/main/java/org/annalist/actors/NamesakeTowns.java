package org.annalist.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.dictionary.Gazetteer;
import org.annalist.dictionary.Place;

/**
 * The towns of the generated list (places/towns.tsv) an article names that must be namesakes of places
 * in another country. The list keeps one place per name, the largest; news names many smaller ones.
 * "Santa Cruz" in a Bolivian story is Bolivia's city, not the Philippine town the list holds; "the
 * northern island of Delft" in a story of Indian fishermen is Sri Lanka's; "Viana" in a Luanda story
 * is the Angolan district, not the Brazilian town. The sign is the one a reader uses: the story never
 * names the town's country (by its name, a demonym, a known body or person, or another of its places)
 * and does name another country. Such a town is no place of the gazetteer for this article: it codes
 * nothing and gives no event its country. Capitals, cities and regions of the hand-written gazetteer
 * are never namesakes.
 */
final class NamesakeTowns {

    /** Dictionaries whose rows code an actor by what the text says of it, not by a place it is at. */
    private static final List<String> NAMING_DICTIONARIES = List.of("actors/countries.tsv", "actors/organisations.tsv", "actors/persons.tsv");

    private NamesakeTowns() {
    }

    /** The towns among the article's finished drafts that are namesakes, in order of first mention. */
    static Set<Place> in(List<EntityDraft> drafts, Gazetteer places) {
        Set<Place> namesakes = new LinkedHashSet<>();
        for (EntityDraft draft : drafts) {
            town(draft, places).filter(town -> !named(town, drafts) && namesAnotherCountry(town, drafts)).ifPresent(namesakes::add);
        }
        return namesakes;
    }

    /** Why a place named like a namesake codes nothing, for the entity's provenance. */
    static String reason(Place namesake) {
        return "not coded: " + namesake.name() + " of " + namesake.file() + " is a town of " + namesake.country()
                + ", a country the story never names while it names another (taken for a namesake)";
    }

    /** Whether the name is the place's name or one of its aliases, ignoring case ("SAN PEDRO"). */
    static boolean isNameOf(Place place, String name) {
        return place.name().equalsIgnoreCase(name) || place.aliases().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static Optional<Place> town(EntityDraft draft, Gazetteer places) {
        if (!"LOCATION".equals(draft.type) || draft.code == null || draft.name == null) {
            return Optional.empty();
        }
        return places.find(draft.name).filter(place -> place.kind() == Place.Kind.TOWN && place.country().equals(draft.code));
    }

    /** Whether another draft names the town's country in its own right: a country, another place, or a dictionary actor. */
    private static boolean named(Place town, List<EntityDraft> drafts) {
        return drafts.stream().anyMatch(draft -> town.country().equals(draft.code) && !town.name().equalsIgnoreCase(draft.name)
                && ("COUNTRY".equals(draft.type) || "LOCATION".equals(draft.type)
                        || draft.codedBy != null && NAMING_DICTIONARIES.stream().anyMatch(draft.codedBy::contains)));
    }

    private static boolean namesAnotherCountry(Place town, List<EntityDraft> drafts) {
        return drafts.stream().anyMatch(draft -> "COUNTRY".equals(draft.type) && draft.code != null && !town.country().equals(draft.code));
    }
}
