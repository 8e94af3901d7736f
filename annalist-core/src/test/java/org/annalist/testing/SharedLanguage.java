package org.annalist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.article.Article;
import org.annalist.input.InvalidInputException;
import org.annalist.input.PlainTextArticleParser;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;
import org.annalist.language.corenlp.CoreNlpAnnotator;
import org.annalist.language.corenlp.LanguageSettings;

/**
 * The one CoreNLP-backed annotator all tests of a JVM share: the models load once (about
 * 15 s), however many test classes need real annotations.
 */
public final class SharedLanguage {

    private SharedLanguage() {}

    private static final class Holder {
        static final LanguageAnnotator ANNOTATOR = new CoreNlpAnnotator(LanguageSettings.DEFAULT);
    }

    public static LanguageAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    /** Annotates plain text in the article format (optional " date YYYY-MM-DD " first line). */
    public static AnnotatedDocument annotate(String id, String plainText) {
        try {
            Article article = new PlainTextArticleParser().parse(id, id, plainText);
            return annotator().annotate(article);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The project's bundled example article: examples/000_46c7488adc6af09f.txt. */
    public static Path exampleArticle() {
        return ProjectPaths.root().resolve("examples/000_46c7488adc6af09f.txt");
    }

    public static AnnotatedDocument annotateFile(Path path) {
        try {
            String name = path.getFileName().toString();
            return annotate(name.substring(0, name.lastIndexOf('.')), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
