package org.annalist.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.annalist.testing.SharedLanguage;

/** One in-process run of the command line, with the JVM's shared CoreNLP instance. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return run(settings -> SharedLanguage.annotator(), args);
    }

    /** A run whose language layer is the given one (e.g. a wrapper that stalls on purpose). */
    static CliRun run(LanguageFactory languages, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Main.commandLine(languages);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }
}
