package org.annalist.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annalist} command: a thin shell of subcommands over the core pipeline. */
@Command(
        name = "annalist",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into political event data (PLOVER with CAMEO), attributed quotes and coded actors.",
        subcommands = {CodeCommand.class, ExplainCommand.class, EvalCommand.class, IngestCommand.class, EventsCommand.class,
            QuotesCommand.class, TimelineCommand.class, TrainConfidenceCommand.class, TrainRecipientsCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class,
            BenchStoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine(LanguageFactory.coreNlp()).execute(args));
    }

    /** The command line with its subcommands; {@code languages} makes the CoreNLP layer. */
    public static CommandLine commandLine(LanguageFactory languages) {
        CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(languages));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Java 17 writes in the platform charset, which is ASCII on a bare machine; articles are not.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }
}
