// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.policy.Condition;
import io.github.ipseclint.model.policy.ForwardSecrecy;
import io.github.ipseclint.model.policy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CHILD SAs rekeyed without a fresh key exchange (algorithms.md §5 N5) or where the peer may
 * choose none (N6): strongSwan ESP/AH proposals without a KE method, with {@code none}, or with
 * defaults appended that have none; Libreswan {@code pfs=no}.
 */
@LintRule(id = "missing-pfs", name = "MissingPfs", severity = Severity.WARNING,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 5.0,
    description = "A CHILD SA can be rekeyed without perfect forward secrecy")
public final class MissingPfs implements ConnectionRule {

  @Override
  public void check(Connection connection, Reporter reporter) {
    for (Child child : connection.children()) {
      if (child.pfs().isPresent()) {
        Configured<Boolean> pfs = child.pfs().get();
        if (!pfs.value()) {
          report(reporter, Condition.NO_PFS, pfs,
              "pfs=no: CHILD SA rekeys reuse keying material derived from the IKE SA; remove pfs=no "
                  + "(the default is yes) so that each rekey does a fresh key exchange");
        }
        continue;
      }
      for (Configured<ProposalSet> set : child.proposals()) {
        List<Proposal> valid = new ArrayList<>(set.value().proposals().stream().filter(Proposal::isValid).toList());
        Optional<Condition> condition = ForwardSecrecy.of(valid, Optional.empty());
        if (condition.isPresent()) {
          report(reporter, condition.get(), set, message(condition.get(), set, connection.frontEnd()));
        }
      }
    }
  }

  private static String message(Condition condition, Configured<ProposalSet> set, FrontEnd frontEnd) {
    ProposalSet proposals = set.value();
    String option = Replacement.option(proposals.protocol(), frontEnd);
    boolean configured = proposals.proposals().stream().anyMatch(p -> p.origin() == ProposalOrigin.CONFIGURED);
    String example = frontEnd == FrontEnd.STROKE ? "aes256gcm16-ecp256!" : "aes256gcm16-ecp256";
    if (!configured) {
      return String.format("%s is not set, and the default %s proposals %s, so CHILD SA rekeys may run "
              + "without PFS; set %s with a key exchange, e.g. '%s'", option, proposals.protocol(),
          condition == Condition.NO_PFS ? "have no key exchange" : "include 'none'", option, example);
    }
    String written = Written.text(set.span()).orElse(option);
    if (condition == Condition.NO_PFS) {
      return String.format("%s '%s' has no key exchange, so CHILD SA rekeys run without PFS%s; add a group, "
          + "e.g. '%s'", option, written, ProposalSets.inherited(set), example);
    }
    String why = !proposals.strict() && !proposals.appendedDefaults().isEmpty()
        ? "the daemon appends its default proposals (no trailing '!')"
        : "a proposal has no key exchange or allows 'none'";
    return String.format("%s '%s' lets the peer rekey CHILD SAs without PFS: %s%s; require a group in every "
        + "proposal, e.g. '%s'", option, written, why, ProposalSets.inherited(set), example);
  }

  private static void report(Reporter reporter, Condition condition, Configured<?> value, String message) {
    Verdict verdict = reporter.policy().rate(condition);
    if (verdict.isFinding()) {
      reporter.report(verdict.rating().severity().orElseThrow(), value.span(), "%s", message);
    }
  }
}
