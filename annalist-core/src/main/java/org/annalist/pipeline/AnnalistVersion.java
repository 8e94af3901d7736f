package org.annalist.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software version, recorded in every output's provenance. */
public final class AnnalistVersion {

    private AnnalistVersion() {}

    public static String get() {
        try (InputStream in = AnnalistVersion.class.getResourceAsStream("/annalist/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
