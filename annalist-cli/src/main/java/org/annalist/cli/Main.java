package org.annalist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annalist} command: a thin shell of subcommands over the core pipeline. */
@Command(
        name = "annalist",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into political event data (PLOVER with CAMEO), attributed quotes and coded actors.",
        subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, QuotesCommand.class, TimelineCommand.class,
            SearchCommand.class, ExportCommand.class, BenchCommand.class, BenchStoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
