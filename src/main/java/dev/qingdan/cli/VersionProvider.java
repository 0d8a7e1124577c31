package dev.qingdan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar. */
public class VersionProvider implements IVersionProvider {
  /** The version, or {@code unknown} outside a build. */
  public static String version() {
    // The jar's manifest says it, and Java has read the manifest already (for a class from the
    // archive, from its copy there): asking for a resource instead would open the jar and read
    // its directory of 15,000 entries, a fifth of the time of --version.
    String manifest = VersionProvider.class.getPackage().getImplementationVersion();
    if (manifest != null) {
      return manifest;
    }
    // classes not in a jar (the tests, an IDE): the file Maven wrote
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/qingdan/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource only costs the version string
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"qingdan " + version()};
  }
}
