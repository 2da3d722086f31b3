// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.finding.Finding;
import java.util.List;

/**
 * The semantic model of a scan: every loaded connection and every secret of every document, and
 * the findings met while building them ({@code invalid-value}, {@code unknown-algorithm},
 * {@code invalid-proposal}, secrets problems).
 *
 * @param notConverted one line per section that exists but is not a connection the daemon loads
 *     (dropped, in a rejected file, in an invalid swanctl.conf)
 */
public record IpsecModel(
    List<Connection> connections, List<Secret> secrets, List<Finding> findings, List<String> notConverted) {

  public IpsecModel {
    connections = List.copyOf(connections);
    secrets = List.copyOf(secrets);
    findings = List.copyOf(findings);
    notConverted = List.copyOf(notConverted);
  }
}
