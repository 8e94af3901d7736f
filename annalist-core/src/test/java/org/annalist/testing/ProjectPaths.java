package org.annalist.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Paths tests need: the repository root, and ../shared when it exists (not in a user's clone). */
public final class ProjectPaths {

    private ProjectPaths() {}

    /** The repository root: the nearest ancestor of the working directory holding the launcher. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("annalist"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tests must run inside the Annalist repository");
        }
        return dir;
    }

    /** The shared data folder beside the repository, if this machine has it. */
    public static Optional<Path> shared() {
        Path shared = root().resolveSibling("shared");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }
}
