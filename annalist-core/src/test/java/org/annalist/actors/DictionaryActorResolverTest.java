package org.annalist.actors;

import static org.annalist.actors.ResolvedText.mentionTexts;
import static org.annalist.actors.ResolvedText.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

class DictionaryActorResolverTest {

    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionaries.load(List.of()));

    private static ActorAnalysis resolve(String text) {
        AnnotatedDocument document = SharedLanguage.annotate("test", text);
        ActorAnalysis analysis = RESOLVER.resolve(document);
        for (Entity entity : analysis.entities()) {
            for (Mention mention : entity.mentions()) {
                assertThat(document.text().substring(mention.start(), mention.end())).isEqualTo(mention.text());
            }
        }
        return analysis;
    }

    @Test
    void groupsSurnameAndPronounsWithTheFullName() {
        ActorAnalysis analysis = resolve("Foreign Minister Carlos Mendoza arrived in Lima on Monday. "
                + "Mendoza said the talks were useful. He added that his team would stay.");
        Entity mendoza = named(analysis, "Carlos Mendoza");
        assertThat(mentionTexts(mendoza)).containsExactly("Carlos Mendoza", "Mendoza", "He", "his");
        assertThat(mendoza.title()).isEqualTo("Foreign Minister");
        assertThat(mendoza.sector()).isEqualTo("GOV");
    }

    @Test
    void resolvesNationalityNominalsToTheOfficialOfThatCountry() {
        ActorAnalysis analysis = resolve("Turkish Foreign Minister Kemal Arslan met Greek Defence Minister Nikos Pappas in Athens. "
                + "The Greek minister said the talks had gone well. The Turkish official said more meetings would follow.");
        Entity arslan = named(analysis, "Kemal Arslan");
        Entity pappas = named(analysis, "Nikos Pappas");
        assertThat(arslan.code()).isEqualTo("TUR");
        assertThat(pappas.code()).isEqualTo("GRC");
        assertThat(mentionTexts(pappas)).contains("The Greek minister");
        assertThat(mentionTexts(arslan)).contains("The Turkish official");
    }

    @Test
    void givesAPersonOfUnknownCountryTheNationalityOfItsNominal() {
        ActorAnalysis analysis = resolve("Brigadier General Omar Haddad spoke to reporters on Sunday. "
                + "The Jordanian general said the border was calm.");
        Entity haddad = named(analysis, "Omar Haddad");
        assertThat(haddad.code()).isEqualTo("JOR");
        assertThat(haddad.sector()).isEqualTo("MIL");
        assertThat(haddad.codedBy()).contains("nominal");
    }

    @Test
    void codesSectorFromRankAndOffice() {
        ActorAnalysis analysis = resolve("Major General Tomas Varga inspected the base. Foreign Minister Anna Kovacs stayed in Budapest.");
        assertThat(named(analysis, "Tomas Varga").sector()).isEqualTo("MIL");
        assertThat(named(analysis, "Anna Kovacs").sector()).isEqualTo("GOV");
        assertThat(named(analysis, "Anna Kovacs").codedBy()).contains("sectors.tsv");
    }

    @Test
    void findsCountryAliasesDemonymsAndCapitalMetonymy() {
        ActorAnalysis analysis = resolve("Tehran said on Tuesday that the Islamic Republic would reply. "
                + "Iranian diplomats met envoys of the Republic of Azerbaijan.");
        Entity iran = named(analysis, "Iran");
        assertThat(iran.code()).isEqualTo("IRN");
        assertThat(iran.mentions()).extracting(Mention::text, Mention::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Tehran", MentionKind.METONYM),
                        org.assertj.core.groups.Tuple.tuple("the Islamic Republic", MentionKind.ALIAS));
        Entity azerbaijan = named(analysis, "Azerbaijan");
        assertThat(mentionTexts(azerbaijan)).containsExactly("the Republic of Azerbaijan");
    }

    @Test
    void codesInternationalOrganisations() {
        ActorAnalysis analysis = resolve("The UN called for calm, while NATO and the European Union said they were watching.");
        assertThat(named(analysis, "United Nations").code()).isEqualTo("UNO");
        assertThat(named(analysis, "NATO").code()).isEqualTo("NATO");
        assertThat(named(analysis, "European Union").code()).isEqualTo("EUR");
    }

    @Test
    void makesAGroupActorCoveringTheWholeNounPhrase() {
        String text = "Iranian troops crossed the river, and police arrested protesters.";
        ActorAnalysis analysis = resolve(text);
        Entity troops = analysis.entityAt(text.indexOf("troops")).orElseThrow();
        assertThat(troops.code()).isEqualTo("IRN");
        assertThat(troops.sector()).isEqualTo("MIL");
        assertThat(mentionTexts(troops)).containsExactly("Iranian troops");
        Entity protesters = analysis.entityAt(text.indexOf("protesters")).orElseThrow();
        assertThat(protesters.code()).isNull();
        assertThat(protesters.sector()).isEqualTo("CVL");
    }

    @Test
    void leavesAPronounUnresolvedWhenNoPersonCameBefore() {
        ActorAnalysis analysis = resolve("He said the ceasefire would hold.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.type().equals("PERSON"));
    }

    @Test
    void resolvesRankTitledNominalToAnOfficialOfAnotherSectorWhoseTitleHoldsTheWord() {
        ActorAnalysis analysis = resolve("Deputy Defence Minister, Major General Rauf Karimov met Iranian officers in Baku. "
                + "The two sides signed a protocol. \u201cWe are partners,\u201d the Azeri general told reporters.");
        Entity karimov = named(analysis, "Rauf Karimov");
        assertThat(mentionTexts(karimov)).contains("the Azeri general");
    }

    @Test
    void resolvesNationalityNominalToTheOnlyPersonOfThatCountryBeyondTheWindow() {
        ActorAnalysis analysis = resolve("Chilean Trade Minister Ana Rojas signed the accord in Brussels. "
                + "EU Commissioner Piet Claes welcomed it. He said it was balanced. He praised the negotiators. "
                + "French farmers protested outside. German officials were cautious. "
                + "The Chilean minister said her country would ratify it quickly.");
        Entity rojas = named(analysis, "Ana Rojas");
        assertThat(mentionTexts(rojas)).contains("The Chilean minister");
    }

    @Test
    void groupsANominalWithTheNameInAppositionAfterIt() {
        ActorAnalysis analysis = resolve("The spokesman for the Atomic Energy Organization of Iran, Reza Kamali, said talks would continue.");
        Entity kamali = named(analysis, "Reza Kamali");
        assertThat(mentionTexts(kamali)).containsExactly("The spokesman", "Reza Kamali");
    }

    @Test
    void readsAnUntaggedSurnameOfAKnownPersonAsThatPerson() {
        ActorAnalysis analysis = resolve("Foreign Minister Serdar \u00d6zt\u00fcrkmen met his Greek counterpart on Monday. "
                + "\u201cWe agreed to talk,\u201d \u00d6zt\u00fcrkmen said.");
        Entity minister = named(analysis, "Serdar \u00d6zt\u00fcrkmen");
        assertThat(mentionTexts(minister)).contains("\u00d6zt\u00fcrkmen");
    }

    @Test
    void readsACapitalThatIsAKnownPersonsSurnameAsThePerson() {
        ActorAnalysis analysis = resolve("Coast guard spokesman Commodore Miguel Santiago said the ship was hit. "
                + "\u201cThis was an attack,\u201d Santiago told reporters in Manila.");
        assertThat(analysis.entities()).noneMatch(entity -> "CHL".equals(entity.code()));
        Entity santiago = analysis.entities().stream().filter(e -> e.type().equals("PERSON")).findFirst().orElseThrow();
        assertThat(mentionTexts(santiago)).hasSize(2).allMatch(text -> text.endsWith("Santiago"));
    }

    @Test
    void givesACounterpartInAppositionTheCountryOfItsNationality() {
        ActorAnalysis analysis = resolve("Azerbaijan's defence chief Zakir Hasanov held talks with his Iranian counterpart Mohammad Reza Ashtiani in Baku.");
        assertThat(named(analysis, "Mohammad Reza Ashtiani").code()).isEqualTo("IRN");
        assertThat(named(analysis, "Zakir Hasanov").code()).isEqualTo("AZE");
    }

    @Test
    void doesNotReadTheVerbLetAsTheAcronymOfAnArmedGroup() {
        ActorAnalysis analysis = resolve("\u201cLet the world judge,\u201d the officer said.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equals("Lashkar-e-Taiba"));
    }

    @Test
    void namesABodyAfterItsCountryPossessorWithTheWholeCapitalisedName() {
        ActorAnalysis analysis = resolve("Chile's Ministry of Labour said on Monday that the strike had ended.");
        Entity ministry = named(analysis, "Ministry of Labour");
        assertThat(ministry.code()).isEqualTo("CHL");
        assertThat(mentionTexts(ministry)).containsExactly("Chile's Ministry of Labour");
    }

    @Test
    void readsADefiniteBodyWordAsTheOneOrganisationNamedBeforeWithThatWord() {
        ActorAnalysis analysis = resolve("The Electoral Commission of Ghana rejected the complaint on Tuesday. "
                + "In a statement, the commission said the count had been fair.");
        Entity commission = named(analysis, "Electoral Commission");
        assertThat(commission.code()).isEqualTo("GHA");
        assertThat(mentionTexts(commission)).containsExactly("The Electoral Commission", "the commission");
    }

    @Test
    void leavesADefiniteBodyWordAloneWhenTwoOrganisationsHoldTheWord() {
        ActorAnalysis analysis = resolve("The Ministry of Health and the Ministry of Finance met on Tuesday. "
                + "The ministry said the budget was agreed.");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("The ministry") && entity.name().startsWith("Ministry of"));
    }

    @Test
    void groupsTheShortFormOfAMilitaryBodyWithItsFullName() {
        ActorAnalysis analysis = resolve("Nigeria's Joint Chiefs of Staff said the operation was over. "
                + "The Joint Chiefs said ten soldiers were wounded.");
        Entity chiefs = named(analysis, "Joint Chiefs of Staff");
        assertThat(chiefs.code()).isEqualTo("NGA");
        assertThat(chiefs.sector()).isEqualTo("MIL");
        assertThat(mentionTexts(chiefs)).contains("The Joint Chiefs");
    }

    @Test
    void readsTheStatementAsTheBodyThatIssuedIt() {
        ActorAnalysis analysis = resolve("State television carried a statement by the Ministry of Water Resources on Sunday. "
                + "The statement said the dam would be opened in May.");
        Entity ministry = named(analysis, "Ministry of Water Resources");
        assertThat(mentionTexts(ministry)).containsExactly("the Ministry of Water Resources", "The statement");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().equals("State television") && mentionTexts(entity).contains("The statement"));
    }

    @Test
    void leavesTheStatementUnresolvedWhenNobodyIssuedOne() {
        ActorAnalysis analysis = resolve("President Hakainde Hichilema met farmers in Lusaka. A statement was read on the radio. "
                + "The statement said prices would fall.");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("The statement"));
    }

    @Test
    void findsACapitalisedBodyNamedByAWordWithoutSector() {
        ActorAnalysis analysis = resolve("The Association of Coffee Growers, which represents small farms, said in a statement that prices had collapsed.");
        assertThat(mentionTexts(named(analysis, "Association of Coffee Growers"))).containsExactly("The Association of Coffee Growers");
    }

    @Test
    void codesAnAllianceSpokesmanAsStaffOfTheAllianceNamedBefore() {
        ActorAnalysis analysis = resolve("NATO said it was following the talks in Ankara closely. "
                + "Alliance spokesman Pieter Dekker said allies wanted the dispute settled by dialogue.");
        Entity dekker = named(analysis, "Pieter Dekker");
        assertThat(dekker.code()).isEqualTo("NATO");
        assertThat(dekker.sector()).isEqualTo("GOV");
        assertThat(dekker.codedBy()).contains("actors/reference-words.tsv").contains("NATO");
    }

    @Test
    void codesTheGroupsCountryDirectorByTheGroupNotByTheCountryOfThePosting() {
        ActorAnalysis analysis = resolve("Amnesty International condemned the verdict on Monday. "
                + "The group's Kenya director, Ruth Wambui, said the trial had been unfair.");
        Entity wambui = named(analysis, "Ruth Wambui");
        assertThat(wambui.code()).isEqualTo("NGO");
        assertThat(wambui.sector()).isEqualTo("HRI");
    }

    @Test
    void readsItsBeforeATitleAsTheOrganisationThatIsTheSubjectOfTheSentenceBefore() {
        ActorAnalysis analysis = resolve("Human Rights Watch urged the European Union to speak out. "
                + "Its Sahel researcher, Marie Leclerc, said the silence was read as approval.");
        Entity leclerc = named(analysis, "Marie Leclerc");
        assertThat(leclerc.code()).isEqualTo("NGO");
        assertThat(leclerc.sector()).isEqualTo("HRI");
    }

    @Test
    void codesAnOfficerByTheBodyHisTitleNamesEarlierInTheArticle() {
        ActorAnalysis analysis = resolve("North Korea fired a ballistic missile on Tuesday, South Korea's Joint Chiefs of Staff said. "
                + "Lieutenant General Kim Dong-su, director of operations at the Joint Chiefs, said Pyongyang was testing a new engine.");
        Entity kim = named(analysis, "Kim Dong-su");
        assertThat(kim.code()).isEqualTo("KOR");
        assertThat(kim.sector()).isEqualTo("MIL");
    }

    @Test
    void codesTheBlocsCommissionerThroughTheBlocNamedBefore() {
        ActorAnalysis analysis = resolve("ECOWAS urged the military government to reopen the border on Tuesday. "
                + "The bloc's commissioner for political affairs, Adwoa Sarpong, said a mediation team would travel next week.");
        Entity sarpong = named(analysis, "Adwoa Sarpong");
        assertThat(sarpong.code()).isEqualTo("IGO");
        assertThat(sarpong.sector()).isEqualTo("GOV");
    }

    @Test
    void codesASpokespersonByTheCapitalThatOpensTheSentenceNotByTheArticlesMainCountry() {
        ActorAnalysis analysis = resolve("Lithuania said a drone had crossed into Lithuania from Belarus on Tuesday. "
                + "Lithuanian officials said the drone flew for 11 minutes over Lithuania. "
                + "In Moscow, Foreign Ministry spokesperson Irina Sokolova told a regular briefing that Russia had no information about any drone.");
        Entity sokolova = named(analysis, "Irina Sokolova");
        assertThat(sokolova.code()).isEqualTo("RUS");
        assertThat(sokolova.codedBy()).contains("place of speaking").contains("Moscow");
    }

    @Test
    void codesAnOfficerByTheCapitalWhereHeToldReporters() {
        ActorAnalysis analysis = resolve("China said its coast guard had acted lawfully near the shoal. "
                + "Chinese vessels fired water cannon at a supply boat, China said. "
                + "Coast guard spokesman Commodore Ramon Dizon told reporters in Manila that the crew was safe.");
        assertThat(named(analysis, "Commodore Ramon Dizon").code()).isEqualTo("PHL");
    }

    @Test
    void doesNotPlaceAnOfficialInTheCountryOfACityThatIsNoCapital() {
        ActorAnalysis analysis = resolve("Ecuador said 17 inmates died in a prison riot in Guayaquil. "
                + "Ecuador sent troops to the prison. In Geneva, spokesperson Anna Berg told reporters the deaths must be investigated.");
        assertThat(named(analysis, "Anna Berg").code()).isNotEqualTo("CHE");
    }

    @Test
    void findsNoActorInTheDatelineAndStartsTheFirstBodyAfterIt() {
        ActorAnalysis analysis = resolve("TUNIS, July 20 (Reuters) - Tunisia's Interior Ministry said its coast guard had stopped 300 migrants. "
                + "The Interior Ministry did not respond to questions about the desert camps.");
        Entity ministry = named(analysis, "Interior Ministry");
        assertThat(ministry.code()).isEqualTo("TUN");
        assertThat(mentionTexts(ministry)).containsExactly("Tunisia's Interior Ministry", "The Interior Ministry");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("TUNIS") || mentionTexts(entity).contains("Reuters"));
    }

    @Test
    void resolvesATitleNominalToTheOnePersonWithThatTitleBeyondTheWindow() {
        ActorAnalysis analysis = resolve("Regional governor Oleh Marchuk said three missiles hit the port. "
                + "Navy spokesman Captain Ihor Savchuk said air defences shot down ten drones. "
                + "The United Nations said aid stored at the port was damaged. "
                + "Crane operator Viktor Hnatiuk said workers ran to the shelters. "
                + "Hnatiuk said he had never seen such an attack. "
                + "The governor added that rail links to the port were intact.");
        assertThat(mentionTexts(named(analysis, "Oleh Marchuk"))).contains("The governor");
        assertThat(mentionTexts(named(analysis, "Viktor Hnatiuk"))).doesNotContain("The governor");
    }

    @Test
    void leavesAPronounAfterAnUnnamedWomanUnresolvedInsteadOfGivingItToTheLastNamedPerson() {
        ActorAnalysis analysis = resolve("Aid coordinator Tomasz Nowak said the road had reopened on Monday. "
                + "A woman who fled her village said she had walked for three days. "
                + "She said nobody had helped her family.");
        assertThat(mentionTexts(named(analysis, "Tomasz Nowak"))).containsExactly("Tomasz Nowak");
        assertThat(analysis.entities()).noneMatch(entity -> mentionTexts(entity).contains("She"));
    }

    @Test
    void stillResolvesAPronounOfTheOtherGenderPastAnUnnamedWoman() {
        ActorAnalysis analysis = resolve("Governor Pavel Kurtz said the road had reopened on Monday. "
                + "A woman who fled her village said the shelters were full. "
                + "He said more buses would arrive on Tuesday.");
        assertThat(mentionTexts(named(analysis, "Pavel Kurtz"))).contains("He");
    }

    @Test
    void leavesAnAllianceSpokeswomanUncodedWhenNoAllianceIsNamedRatherThanGivingHerTheMainCountry() {
        ActorAnalysis analysis = resolve("Greece said Turkish jets had entered Greek airspace on Monday. "
                + "Greece protested to Ankara. Alliance spokeswoman Ingrid Berg said allies were watching closely.");
        Entity berg = named(analysis, "Ingrid Berg");
        assertThat(berg.code()).isNull();
    }

    @Test
    void givesAUnionLeaderNoCodeOfTheUnitedNationsNamedJustBefore() {
        ActorAnalysis analysis = resolve("Chilean police detained 40 miners near Antofagasta on Monday. "
                + "The United Nations urged Chile to respect the right to strike. "
                + "Union leader Tomás Araya said the strike would go on.");
        Entity araya = named(analysis, "Tomás Araya");
        assertThat(araya.code()).isNotEqualTo("UNO");
        assertThat(araya.sector()).isEqualTo("LAB");
    }

    @Test
    void resolvesANationalityNominalToAnOfficerPlacedByTheCapitalHeSpokeIn() {
        ActorAnalysis analysis = resolve("China said its ships had acted lawfully near the shoal. "
                + "Coast guard spokesman Commodore Ramon Dizon said the boat had been carrying fuel. "
                + "Dizon told reporters in Manila that the crew was safe. "
                + "China said the boat had entered Chinese waters. China has claimed the shoal for decades. "
                + "China's coast guard fired water cannon twice. China said the vessel ignored warnings. "
                + "China called the mission a provocation. "
                + "The Filipino officer added that the boat would return next week.");
        Entity dizon = named(analysis, "Commodore Ramon Dizon");
        assertThat(dizon.code()).isEqualTo("PHL");
        assertThat(mentionTexts(dizon)).contains("The Filipino officer");
    }

    @Test
    void countsTheArticlesPlacesTowardsTheMainCountryOfAPersonTheTextGivesNone() {
        ActorAnalysis analysis = resolve("Rwandan troops patrolled the roads near Pemba on Sunday. "
                + "Rwandan officers said the insurgents had left Palma. Rwandan soldiers have been deployed since 2021. "
                + "Families returned to villages around Mocímboa da Praia in Cabo Delgado. "
                + "A local Catholic priest, Father Abel Cossa, said families were leaving again.");
        assertThat(named(analysis, "Abel Cossa").code()).as(analysis.entities().toString()).isEqualTo("MOZ");
    }

    @Test
    void keepsTheBodyATitleNamesOverAnEarlierOrganisationHoldingItsEmployerWord() {
        ActorAnalysis analysis = resolve("The UN Mission in South Sudan said its patrols had resumed. "
                + "The head of the EU monitoring mission in Armenia, Markus Vogt, said the border was calm.");
        assertThat(named(analysis, "Markus Vogt").code()).isEqualTo("EUR");
    }

    @Test
    void theOfficialAfterAnUnnamedOfficialIsNotTheLastNamedSpokesperson() {
        ActorAnalysis analysis = resolve("Foreign ministry spokesperson Lin Wei told a briefing in Beijing that the measures were unjust. "
                + "A senior Western official, speaking on condition of anonymity, said the talks would go ahead. "
                + "\"Sanctions and diplomacy go together,\" the official said.");

        assertThat(mentionTexts(named(analysis, "Lin Wei"))).doesNotContain("the official");
    }

    @Test
    void aNonGovernmentalOrganisationsNationalBranchIsTheOrganisationNotTheCountry() {
        ActorAnalysis analysis = resolve("Amnesty International Kenya accused the police of using excessive force in Nairobi.");

        Entity amnesty = named(analysis, "Amnesty International");
        assertThat(amnesty.code()).isEqualTo("NGO");
        assertThat(mentionTexts(amnesty)).containsExactly("Amnesty International Kenya");
        assertThat(analysis.entities()).noneMatch(entity -> "Kenya".equals(entity.name()));
    }

    @Test
    void titleWrittenBeforeANameDescribesThatNameNotAnEarlierMinister() {
        ActorAnalysis analysis = resolve("Lithuania will host more allied troops, Defence Minister Laurynas Kasciunas told reporters in Vilnius. "
                + "Poland's Defence Minister Wladyslaw Kosiniak-Kamysz said Warsaw would send two battalions.");
        Entity kasciunas = named(analysis, "Laurynas Kasciunas");
        assertThat(kasciunas.code()).isNotEqualTo("POL");
        assertThat(mentionTexts(kasciunas)).doesNotContain("Poland's Defence Minister");
        assertThat(named(analysis, "Wladyslaw Kosiniak-Kamysz").code()).isEqualTo("POL");
    }

    @Test
    void possessiveBeforeATitleIsBoundByItsClausesCountrySubject() {
        ActorAnalysis analysis = resolve("Peru expelled two Chilean diplomats on Monday and recalled its ambassador, Ana Torres, from Santiago.");
        Entity torres = named(analysis, "Ana Torres");
        assertThat(torres.code()).isEqualTo("PER");
        assertThat(torres.codedBy()).contains("possessive").contains("Peru");
    }

    @Test
    void countryAnOfficeIsForIsNotTheHoldersCountry() {
        ActorAnalysis analysis = resolve("Johana Tablada, deputy director for U.S. affairs at Cuba's foreign ministry, said the case was a matter for the courts.");
        assertThat(named(analysis, "Johana Tablada").code()).isEqualTo("CUB");
    }

    @Test
    void titleWordInsideABodysNameIsNoPerson() {
        ActorAnalysis analysis = resolve("Daniel Whitaker was arrested at the airport on Friday. "
                + "The Cuban prosecutor's office said in a statement that Whitaker had photographed military sites.");
        Entity whitaker = named(analysis, "Daniel Whitaker");
        assertThat(mentionTexts(whitaker)).doesNotContain("The Cuban prosecutor");
        assertThat(whitaker.codedBy()).doesNotContain("nominal");
    }

    @Test
    void headOfTheCommandWorksForTheCommandNamedBefore() {
        ActorAnalysis analysis = resolve("ADEN, March 12 (Reuters) - U.S. Central Command said its forces had struck launch sites near Hodeidah. "
                + "\"We will not let a militia hold trade hostage,\" Admiral Brad Cooper, the head of the command, wrote on X.");
        Entity cooper = named(analysis, "Brad Cooper");
        assertThat(cooper.code()).isEqualTo("USA");
        assertThat(cooper.codedBy()).contains("Central Command");
    }
}
