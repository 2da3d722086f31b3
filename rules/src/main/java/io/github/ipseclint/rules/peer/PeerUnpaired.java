// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.PeerAnalysis;
import io.github.ipseclint.engine.PeerRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.negotiation.Peer;
import java.util.stream.Collectors;

/**
 * A site-to-site connection (its peer at fixed addresses) whose other end is on none of the
 * scanned hosts, in a scan of at least two hosts: its negotiation cannot be checked. Reported at
 * the connection's header.
 */
@LintRule(id = "peer-unpaired", name = "PeerUnpaired", severity = Severity.NOTE, tags = {Tag.CORRECTNESS},
    description = "A site-to-site connection whose other end is not among the scanned hosts")
public final class PeerUnpaired implements PeerRule {

  @Override
  public void check(PeerAnalysis analysis, Reporter reporter) {
    for (Peer peer : analysis.pairing().unpaired()) {
      Connection connection = peer.connection();
      String addresses = connection.remote().addresses().value().stream().map(HostAddress::toString)
          .collect(Collectors.joining(", "));
      reporter.report(connection.span(), "no scanned host has a connection that mirrors %s (remote %s, ID %s),"
          + " so its negotiation is not checked; scan the peer's files too, or pair it under peers: in"
          + " .ipseclint.yaml", peer.label(), addresses, connection.remote().id().value().written().value().display());
    }
  }
}
