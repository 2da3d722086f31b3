// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.policy.Verdict;
import java.util.Optional;

/**
 * Key exchange methods (DH groups, additional KEs) the selected profile rates INFO or worse, and
 * the profile's conditions on a proposal's key-exchange set (CNSA 2.0's ML-KEM-1024, BSI's hybrid
 * rule), reported at the proposal.
 */
@LintRule(id = "weak-dh-group", name = "WeakDhGroup", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 7.5,
    description = "A proposal offers a key exchange method the selected profile rates as weak")
public final class WeakDhGroup extends WeakTransformRule {
  @Override
  boolean covers(TransformType type) {
    return type.isKeyExchange();
  }

  @Override
  String role() {
    return "key exchange";
  }

  @Override
  void checkProposal(Connection connection, Configured<ProposalSet> set, Proposal proposal, Reporter reporter) {
    boolean first = proposal.protocol() == Protocol.IKE
        && set.value().proposals().stream().filter(p -> p.origin() == ProposalOrigin.CONFIGURED)
            .findFirst().map(p -> p == proposal).orElse(false);
    Optional<Verdict> verdict = reporter.policy().rateKeyExchanges(proposal, first);
    if (verdict.isEmpty() || !verdict.get().isFinding()) {
      return;
    }
    String written = Written.text(proposal.span()).orElse(proposal.canonicalText());
    String fix = verdict.get().reason().startsWith("BSI recommends")
        ? "add a classical group such as '" + (connection.frontEnd() == FrontEnd.PLUTO ? "dh20" : "ecp384") + "'"
        : "add an ML-KEM-1024 key exchange ('"
            + (connection.frontEnd() == FrontEnd.PLUTO ? ";addke1=ml_kem_1024" : "-ke1_mlkem1024") + "')";
    reporter.report(verdict.get().rating().severity().orElseThrow(), proposal.span(),
        "%s proposal '%s' %s under profile %s (%s)%s; %s",
        proposal.protocol(), written, Replacement.judgement(verdict.get().rating()), reporter.policy().label(),
        verdict.get().reason(), ProposalSets.inherited(set), fix);
  }
}
