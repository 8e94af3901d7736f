package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.corenlp.LanguageSettings;

/**
 * A digest of everything that decides what the language layer produces: the compiled classes of
 * {@code org.annalist.language} and of the CoreNLP replacements annalist-core ships in CoreNLP's own
 * packages (the parser's scoring), from the classes folder or the jar they were loaded from, and the
 * settings. Two runs with the same fingerprint annotate a text identically, which is what makes a
 * cached annotation safe to reuse.
 */
final class LanguageFingerprint {

    private static final List<String> PACKAGE_FOLDERS = List.of("org/annalist/language/", "edu/stanford/");

    private LanguageFingerprint() {}

    static String of(LanguageSettings settings) {
        MessageDigest digest = sha256();
        digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
        Path codeSource = codeSource();
        try {
            if (Files.isDirectory(codeSource)) {
                digestFolder(digest, codeSource);
            } else {
                digestJar(digest, codeSource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language layer's classes in " + codeSource, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void digestFolder(MessageDigest digest, Path classes) throws IOException {
        for (String folder : PACKAGE_FOLDERS) {
            Path packageClasses = classes.resolve(folder);
            if (!Files.isDirectory(packageClasses)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(packageClasses)) {
                List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                for (Path file : sorted) {
                    digest.update(classes.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        }
    }

    private static void digestJar(MessageDigest digest, Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> sorted = file.stream()
                    .filter(entry -> !entry.isDirectory() && PACKAGE_FOLDERS.stream().anyMatch(entry.getName()::startsWith))
                    .sorted(java.util.Comparator.comparing(JarEntry::getName))
                    .toList();
            for (JarEntry entry : sorted) {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(entry)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(AnnotatedDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the language layer's classes have no file location", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
