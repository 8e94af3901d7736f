package org.annalist.cli;

import org.annalist.pipeline.AnnalistVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"annalist " + AnnalistVersion.get()};
    }
}
