// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.finding.TextEdit;
import io.github.ipseclint.model.finding.Fix;
import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.policy.Condition;
import io.github.ipseclint.model.policy.Rating;

/**
 * A strongSwan ipsec.conf {@code ike=}/{@code esp=}/{@code ah=} list without a trailing {@code !}:
 * the stroke backend appends the release's default proposals (negotiation.md §5), so the peer may
 * negotiate any of them. Rated at the worst appended transform, and at least as §5 N14 says.
 */
@LintRule(id = "non-strict-proposal", name = "NonStrictProposal", severity = Severity.WARNING,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 5.0,
    description = "An ipsec.conf proposal list without '!' also accepts the daemon's default proposals")
public final class NonStrictProposal implements ConnectionRule {

  @Override
  public void check(Connection connection, Reporter reporter) {
    for (Configured<ProposalSet> set : ProposalSets.of(connection)) {
      ProposalSet proposals = set.value();
      if (proposals.strict() || proposals.appendedDefaults().isEmpty()) {
        continue;
      }
      DefaultTransforms appended = new DefaultTransforms(reporter.policy());
      for (Proposal proposal : proposals.appendedDefaults()) {
        for (Transform transform : proposal.transforms()) {
          appended.add(transform, proposal);
        }
      }
      Rating rating = appended.worst().worst(reporter.policy().rate(Condition.NON_STRICT).rating());
      if (!rating.isFinding()) {
        continue;
      }
      String option = Replacement.option(proposals.protocol(), connection.frontEnd());
      String written = Written.text(set.span()).orElse(option);
      String weak = appended.worst().isFinding()
          ? ", including " + appended.names() + " (" + appended.worst().severity().orElseThrow().label()
              + " under profile " + reporter.policy().label() + ")"
          : "";
      reporter.report(rating.severity().orElseThrow(), set.span(), strictFix(set.span()),
          "%s=%s has no trailing '!', so %s also offers and accepts its default %s proposals%s%s; "
              + "append '!' (%s=%s!) to use only the listed ones",
          option, written, connection.target(), proposals.protocol(), weak, ProposalSets.inherited(set),
          option, written);
    }
  }

  /**
   * Appends '!' to the written value (inside the closing quote of a quoted one, where starter
   * would otherwise read the '!' as a separate word).
   */
  private static Fix strictFix(Span value) {
    String text = value.file().line(value.endLine()).latin1();
    boolean quoted = value.endColumn() >= 2 && text.length() >= value.endColumn() - 1
        && text.charAt(value.endColumn() - 2) == '"';
    Span end = quoted
        ? new Span(value.file(), value.endLine(), value.endColumn() - 1, value.endLine(), value.endColumn() - 1)
        : value;
    return Fix.of("append '!' so that only the listed proposals are offered", TextEdit.insertAfter(end, "!"));
  }
}
