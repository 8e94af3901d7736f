package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.annalist.input.ArticleInputs;
import org.annalist.input.InputFormat;
import org.annalist.input.InputLimits;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of a command: paths, their format and size limits. */
final class InputOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (.txt, .jsonl, .html), directories (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as this format instead of going by extension: ${COMPLETION-CANDIDATES} (standard input defaults to text).")
    InputFormat inputFormat;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest text or HTML file, or JSON line, read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    ArticleInputs open(InputStream stdin, ObjectMapper mapper) {
        return new ArticleInputs(paths, inputFormat, new InputLimits(maxBytes, InputLimits.DEFAULT.maxArticleChars()), stdin, mapper);
    }
}
