// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.AuthRound;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.policy.Condition;
import io.github.ipseclint.model.policy.Verdict;
import java.util.stream.Stream;

/**
 * IKEv1 Aggressive Mode with a pre-shared key (algorithms.md §5 N3): the responder sends a hash
 * keyed with the PSK in clear, which a passive observer can attack offline.
 */
@LintRule(id = "aggressive-mode-psk", name = "AggressiveModePsk", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.AUTHENTICATION}, securitySeverity = 8.0,
    description = "IKEv1 Aggressive Mode with a pre-shared key exposes the key to offline cracking")
public final class AggressiveModePsk implements ConnectionRule {

  @Override
  public void check(Connection connection, Reporter reporter) {
    if (!connection.aggressive().value() || connection.version().value() == IkeVersion.IKEV2) {
      return;
    }
    boolean psk = Stream.concat(connection.local().auth().stream(), connection.remote().auth().stream())
        .map(AuthRound::method).anyMatch(method -> method.value() == AuthMethod.PSK);
    Verdict verdict = reporter.policy().rate(Condition.AGGRESSIVE_PSK);
    if (!psk || !verdict.isFinding()) {
      return;
    }
    String fix = connection.frontEnd() == FrontEnd.SWANCTL ? "aggressive = no" : "aggressive=no";
    reporter.report(verdict.rating().severity().orElseThrow(), connection.aggressive().span(),
        "Aggressive Mode with a pre-shared key sends a hash of the PSK in clear, so an eavesdropper can crack "
            + "the key offline%s; set %s (Main Mode), or better use IKEv2 or certificates",
        ProposalSets.inherited(connection.aggressive()), fix);
  }
}
