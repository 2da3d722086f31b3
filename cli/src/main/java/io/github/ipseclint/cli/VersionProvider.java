// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version and project URL Maven wrote into the jar. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"ipseclint " + tool().version()};
  }

  /** The tool as reports name it. */
  static ToolInfo tool() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ToolInfo("ipseclint", properties.getProperty("version", "0.0.0"),
        URI.create(properties.getProperty("url", "https://github.com/ipseclint/ipseclint")));
  }
}
