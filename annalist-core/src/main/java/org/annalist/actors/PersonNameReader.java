package org.annalist.actors;

import java.util.List;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * Reads one person's name in an article: joins it to the person already named or starts a new
 * one, and codes the person from the words around the name — the title, the country and sector
 * it gives ({@link TitleReader}), the employer it names ({@link EmployerFinder}), a possessor
 * before the title ("Petro's foreign minister"), the persons dictionary ({@link KnownPersons}),
 * a self-naming description ({@link SelfNamedPersons}), an earlier description and where the
 * person spoke ({@link UnplacedPersons}).
 *
 * <p>Why a class of its own: a person's name is the one phrase whose reading draws on titles,
 * employers and the persons dictionary; bodies, groups, places and pronouns need none of that.
 * Contract: {@link #read} adds the name as a mention of the person, records the phrase as the
 * person's ({@link ArticleDrafts#own}) and tells {@link PersonReferences} the person was seen.
 * One instance per article, read in order.
 */
final class PersonNameReader {

    private final ArticleDrafts drafts;
    private final TitleReader titles;
    private final KnownPersons knownPersons;
    private final ReferenceWords referenceWords;
    private final SelfNamedPersons selfNamed;
    private final UnplacedPersons unplacedPersons;
    private final EarlierDescriptions descriptions;
    private final PersonReferences references;

    PersonNameReader(ArticleDrafts drafts, TitleReader titles, KnownPersons knownPersons, ReferenceWords referenceWords,
            SelfNamedPersons selfNamed, UnplacedPersons unplacedPersons, EarlierDescriptions descriptions, PersonReferences references) {
        this.drafts = drafts;
        this.titles = titles;
        this.knownPersons = knownPersons;
        this.referenceWords = referenceWords;
        this.selfNamed = selfNamed;
        this.unplacedPersons = unplacedPersons;
        this.descriptions = descriptions;
        this.references = references;
    }

    void read(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
        AnnotatedDocument document = drafts.document();
        PersonRoster persons = drafts.persons();
        String name = drafts.strippedText(phrase);
        EntityDraft person = persons.personNamed(name);
        if (person == null) {
            person = new EntityDraft("PERSON", name);
            persons.add(person);
        } else if (name.length() > person.name.length()) {
            person.name = name;
        }
        KnownActor known = phrase.known();
        if (known != null) {
            person.name = known.name();
            person.code(known.code(), known.source() + " " + known.name());
            person.sector(known.sector(), known.source() + " " + known.name());
        }
        PersonDescription description = titles.describe(drafts.text(), sentence, phrase, phrases);
        boolean firstNameAsTitle = known == null && cutFirstName(sentence, phrase, description.title(), name);
        if (firstNameAsTitle) {
            // "Christian Schmidt, the international High Representative": the tagger left the first
            // name, an ordinary word, out of the name and it was read as a title; the listed full name wins
            person.name = description.title() + " " + name;
            person.title = null;
            description = PersonDescription.NOTHING;
        }
        if (person.title == null) {
            person.title = description.title();
        }
        // a body the title names itself ("head of the EU monitoring mission") outranks an
        // employer word; a country word ("the group's Kenya director") does not
        EmployerFinder employers = new EmployerFinder(document);
        // "their lawyer" bound by "the three men": the people's lawyer, no body's staff
        boolean people = description.employer() != null && (employers.boundToPeople(description.employer(), drafts.bodies())
                || employers.counselOfPeople(description.employer(), drafts.bodies(), referenceWords));
        EntityDraft employer = description.employer() == null || description.codedByBody() || people ? null
                : employers.employerOf(description.employer(), drafts.bodies());
        if (description.employer() != null && description.employer().bare() && !people && (employer == null || employer.code == null)) {
            person.employedByUncodedBody(employer);
        }
        person.namedEmployer = PersonSectors.namesEmployer(document, description.employer(), employer) ? employer : person.namedEmployer;
        if (description.nationality()) {
            // "its Kenyan deputy commander": a demonym in the title says whose citizen the person is, whoever employs them
            person.code(description.code(), description.codedBy());
        }
        if (employer != null && employer.code != null) {
            String rule = description.employer().source() + " is " + employer.name + ", coded " + employer.code + " (" + employer.codedBy + ")";
            person.code(employer.code, "title: " + rule);
            if ("NGO".equals(employer.code) || "REB".equals(employer.sector)) {
                // a rights group's researcher works for the rights group, an armed group's commander
                // fights for it: its sector, not the title word's
                person.sector(employer.sector, "title: " + rule + ", sector " + employer.sector);
            }
        }
        person.code(description.code(), description.codedBy());
        person.sector(description.sector(), description.sectorBy());
        if (known == null) {
            knownPersons.code(person, description);
        }
        if (person.code == null && description.possessor() != null) {
            // "Petro's foreign minister, Laura Sarabia": an office of the possessor's state
            EntityDraft possessor = drafts.owns(description.possessor()) ? drafts.ownerOf(description.possessor())
                    : persons.personNamed(drafts.strippedText(description.possessor()));
            if (possessor != null && possessor != person && possessor.code != null) {
                person.code(possessor.code, "title: possessive \"" + drafts.strippedText(description.possessor()) + "'s\" before a title is "
                        + possessor.name + ", coded " + possessor.code + " (" + possessor.codedBy + ")");
            }
        }
        drafts.add(person, sentence, phrase, MentionKind.NAME);
        EntityDraft named = person; // "said a 22-year-old protester who gave her name only as Fah"
        selfNamed.description(sentence, phrase).ifPresent(found -> {
            drafts.add(named, sentence, found, MentionKind.NOMINAL);
            unplacedPersons.describedAs(document, sentence, found).ifPresent(origin -> named.code(origin.code(), origin.codedBy()));
        });
        if (person.code == null) {
            EntityDraft described = person;
            descriptions.countryFor(person.title).ifPresent(found -> described.code(found.code(), found.codedBy()));
        }
        if (person.code == null) {
            // placed while reading, so that a later "the Filipino officer" finds the officer
            // who "told reporters in Manila" before it
            EntityDraft placed = person;
            unplacedPersons.whileReading(document, person.mentions.get(person.mentions.size() - 1))
                    .ifPresent(found -> placed.code(found.code(), found.codedBy()));
        }
        drafts.own(phrase, person);
        references.saw(person, sentence, phrase.headToken());
    }

    /** Whether a one-word title written right before the name joins it into the full name of a person persons.tsv lists. */
    private boolean cutFirstName(Sentence sentence, ActorPhrase phrase, String title, String name) {
        if (title == null || title.isEmpty() || title.contains(" ") || !Character.isUpperCase(title.charAt(0)) || phrase.firstToken() == 0) {
            return false;
        }
        return sentence.token(phrase.firstToken() - 1).text().equals(title) && knownPersons.isListed(title + " " + name);
    }
}
