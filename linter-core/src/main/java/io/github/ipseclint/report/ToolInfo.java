// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report;

import java.net.URI;

/**
 * Who wrote a report: SARIF {@code tool.driver} and the JSON header.
 *
 * @param informationUri the project's home page; rule pages are {@code docs/rules/<id>.md} below it
 */
public record ToolInfo(String name, String version, URI informationUri) {

  /** The rule page of {@code id} on the project's repository. */
  public URI ruleHelpUri(String id) {
    String base = informationUri.toString().replaceAll("/+$", "");
    return URI.create(base + "/blob/main/docs/rules/" + id + ".md");
  }

  /** The version without a Maven {@code -SNAPSHOT} qualifier changes, as SemVer 2.0 accepts it. */
  public String semanticVersion() {
    return version.replace("-SNAPSHOT", "-snapshot");
  }
}
