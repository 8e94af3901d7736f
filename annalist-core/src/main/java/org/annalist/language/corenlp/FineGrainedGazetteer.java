package org.annalist.language.corenlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The word lists behind CoreNLP's fine-grained entity types (COUNTRY, CITY, STATE_OR_PROVINCE,
 * NATIONALITY, TITLE…), cut down to the entries CoreNLP can look up by their first word.
 *
 * <p>Why: CoreNLP's TokensRegexNER indexes a plain entry ("iran", "foreign minister") by its first
 * word, so half a million of them cost almost nothing per token; but an entry written as a regular
 * expression ("Calif\.?-born", "Rear Adm\.?", "u\.?s\.?a\.?") cannot be indexed and is tried at
 * every token of every sentence. The two KBP gazetteers hold about 1,400 such entries among
 * 586,000, and they alone made the fine-grained pass the largest cost of the language layer
 * (about 110 of 113 CPU ms per article; see docs/performance.md, One machine). Dropping them keeps
 * every plain entry of every type; what is lost is abbreviations and hyphenated compounds
 * ("Ariz.-trained") that the CRF models label LOCATION or MISC anyway.
 *
 * <p>The filtered copies are written once per JVM to temporary files (removed at exit) from
 * CoreNLP's own model jar, so no CoreNLP data is copied into this project. The per-file options
 * are CoreNLP's defaults: the caseless list matches nouns and adjectives only.
 */
final class FineGrainedGazetteer {

    private static final String DIRECTORY = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String CASELESS = DIRECTORY + "regexner_caseless.tab";
    private static final String CASED = DIRECTORY + "regexner_cased.tab";

    /** Characters that make TokensRegexNER treat a pattern as a regular expression or a token sequence rule. */
    private static final Pattern REGULAR_EXPRESSION = Pattern.compile("[\\[\\](){}*+?|\\\\^$]");

    private FineGrainedGazetteer() {
    }

    /** The value for {@code ner.fine.regexner.mapping}: CoreNLP's default setting over the filtered copies. */
    static String literalEntriesMapping() {
        Path caseless = literalCopy(CASELESS);
        Path cased = literalCopy(CASED);
        return "ignorecase=true,validpospattern=^(NN|JJ).*," + caseless + ";" + cased;
    }

    /** Whether a gazetteer pattern is plain words, which TokensRegexNER can index by its first word. */
    static boolean isLiteral(String pattern) {
        return !REGULAR_EXPRESSION.matcher(pattern).find();
    }

    private static Path literalCopy(String resource) {
        ClassLoader loader = FineGrainedGazetteer.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's models jar lacks " + resource);
            }
            Path copy = Files.createTempFile("annalist-" + resource.substring(DIRECTORY.length(), resource.length() - 4) + "-", ".tab");
            copy.toFile().deleteOnExit();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            try (BufferedWriter writer = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && isLiteral(line.substring(0, tab))) {
                        writer.write(line);
                        writer.newLine();
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not filter " + resource, e);
        }
    }
}
