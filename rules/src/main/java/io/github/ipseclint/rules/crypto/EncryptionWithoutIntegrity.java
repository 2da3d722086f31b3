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
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.policy.Condition;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.policy.Verdict;

/**
 * An ESP proposal with a classic (non-AEAD) cipher and no integrity algorithm: strongSwan accepts
 * {@code esp=aes128} and negotiates unauthenticated ESP (RFC 8221 forbids it; algorithms.md §4.0).
 */
@LintRule(id = "encryption-without-integrity", name = "EncryptionWithoutIntegrity", severity = Severity.ERROR,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 8.0,
    description = "An ESP proposal encrypts with a non-AEAD cipher but has no integrity algorithm")
public final class EncryptionWithoutIntegrity implements ConnectionRule {

  @Override
  public void check(Connection connection, Reporter reporter) {
    Verdict verdict = reporter.policy().rate(Condition.MISSING_INTEGRITY);
    for (Configured<ProposalSet> set : ProposalSets.of(connection)) {
      for (Proposal proposal : set.value().proposals()) {
        if (proposal.origin() == ProposalOrigin.CONFIGURED && proposal.isValid()
            && Policy.lacksIntegrity(proposal) && verdict.isFinding()) {
          String written = Written.text(proposal.span()).orElse(proposal.canonicalText());
          reporter.report(verdict.rating().severity().orElseThrow(), proposal.span(),
              "ESP proposal '%s' has a non-AEAD cipher and no integrity algorithm, so the daemon negotiates "
                  + "unauthenticated ESP%s; add one ('%s-sha256') or use an AEAD cipher ('aes256gcm16')",
              written, ProposalSets.inherited(set), written.replace("!", ""));
        }
      }
    }
  }
}
