// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.policy.Condition;
import io.github.ipseclint.model.policy.Verdict;

/**
 * IKEv1 configured (algorithms.md §5 N1) or accepted as responder (N2: strongSwan's
 * {@code keyexchange=ike} and swanctl's {@code version = 0}, both the defaults).
 */
@LintRule(id = "ikev1", name = "Ikev1", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 6.0,
    description = "A connection uses or accepts IKEv1, which RFC 9395 deprecated")
public final class Ikev1 implements ConnectionRule {

  @Override
  public void check(Connection connection, Reporter reporter) {
    Configured<IkeVersion> version = connection.version();
    String fix = connection.frontEnd() == FrontEnd.SWANCTL ? "version = 2" : "keyexchange=ikev2";
    if (version.value() == IkeVersion.IKEV1) {
      report(reporter, Condition.IKEV1, version, String.format(
          "the connection uses IKEv1, deprecated and Historic since RFC 9395%s; migrate to IKEv2 (%s)",
          ProposalSets.inherited(version), fix));
    } else if (version.value() == IkeVersion.ANY) {
      String how = version.isDefault()
          ? "the IKE version is not set, so the daemon also accepts IKEv1 as responder"
          : "the connection accepts IKEv1 as responder as well as IKEv2";
      report(reporter, Condition.IKEV1_ACCEPTED, version, String.format(
          "%s%s; set %s to refuse the deprecated IKEv1", how, ProposalSets.inherited(version), fix));
    }
  }

  private static void report(Reporter reporter, Condition condition, Configured<?> value, String message) {
    Verdict verdict = reporter.policy().rate(condition);
    if (verdict.isFinding()) {
      reporter.report(verdict.rating().severity().orElseThrow(), value.span(), "%s", message);
    }
  }
}
