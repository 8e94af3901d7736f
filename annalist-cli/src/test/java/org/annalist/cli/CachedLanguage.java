package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.annalist.article.Article;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;
import org.annalist.language.NamedEntity;
import org.annalist.language.Sentence;
import org.annalist.language.TimeExpression;
import org.annalist.language.corenlp.LanguageSettings;

/**
 * A language layer that remembers its annotations on disk, for tuning the later stages: the
 * language layer does not change while patterns and party finding do, so an evaluation can be
 * rescored in seconds instead of minutes. CoreNLP is loaded only on the first cache miss. The
 * key is the article id, date and text plus a fingerprint of the language layer (its compiled
 * classes and settings), so a change to the language layer misses the cache instead of serving
 * annotations it would no longer make; the value is the annotation without the article.
 */
final class CachedLanguage implements LanguageAnnotator {

    /** What is stored per article: the annotated document minus the article itself. */
    record Stored(List<Sentence> sentences, List<NamedEntity> namedEntities, List<TimeExpression> timeExpressions,
            List<String> warnings, String description) {}

    private final Path folder;
    private final LanguageSettings settings;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final String languageFingerprint;
    private LanguageAnnotator delegate;

    CachedLanguage(Path folder, LanguageSettings settings) {
        this.folder = folder;
        this.settings = settings;
        this.languageFingerprint = LanguageFingerprint.of(settings);
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        Path file = folder.resolve(key(article) + ".json");
        try {
            if (Files.exists(file)) {
                Stored stored = mapper.readValue(file.toFile(), Stored.class);
                return new AnnotatedDocument(article, stored.sentences(), stored.namedEntities(), stored.timeExpressions(), stored.warnings());
            }
            AnnotatedDocument document = delegate().annotate(article);
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "annotation", ".tmp");
            mapper.writeValue(temporary.toFile(), new Stored(document.sentences(), document.namedEntities(),
                    document.timeExpressions(), document.warnings(), delegate().description()));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized LanguageAnnotator delegate() {
        if (delegate == null) {
            delegate = LanguageFactory.coreNlp().create(settings);
        }
        return delegate;
    }

    @Override
    public String description() {
        return "cached CoreNLP annotations in " + folder;
    }

    private String key(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((languageFingerprint + "\n" + article.id() + "\n" + article.date() + "\n" + article.text())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Runs the command line with cached annotations under {@code target/annotation-cache}:
     * {@code java -cp ... org.annalist.cli.CachedLanguage eval --gold ...}. A tuning tool, not a test.
     */
    public static void main(String[] args) {
        Path folder = Path.of(System.getProperty("annalist.cache", "target/annotation-cache"));
        System.exit(Main.commandLine(settings -> new CachedLanguage(folder, settings)).execute(args));
    }
}
