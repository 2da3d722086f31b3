// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.policy.Policy;
import io.github.ipseclint.model.policy.Verdict;

/**
 * The weak-* rules: every written (or derived) transform of one kind in the configured proposals,
 * rated by the selected profile in its proposal and reported at the token at the profile's
 * severity. Transforms the daemon adds from its defaults are left to non-strict-proposal and
 * weak-default-proposal.
 */
abstract class WeakTransformRule implements ConnectionRule {

  /** Whether the rule covers a transform type. */
  abstract boolean covers(TransformType type);

  /** The transform's role in messages ("encryption", "integrity", "PRF", "key exchange"). */
  abstract String role();

  /**
   * True when another weak-* rule reports the same written token: a derived PRF reported through
   * its integrity token or a derived integrity through its PRF token.
   */
  boolean reportedElsewhere(Transform transform, Proposal proposal) {
    return false;
  }

  @Override
  public void check(Connection connection, Reporter reporter) {
    Policy policy = reporter.policy();
    for (Configured<ProposalSet> set : ProposalSets.of(connection)) {
      for (Proposal proposal : set.value().proposals()) {
        if (proposal.origin() != ProposalOrigin.CONFIGURED) {
          continue;
        }
        for (Transform transform : proposal.transforms()) {
          if (!covers(transform.type()) || transform.origin() == Origin.DEFAULT
              || reportedElsewhere(transform, proposal)) {
            continue;
          }
          Verdict verdict = policy.rate(transform, proposal);
          if (verdict.isFinding()) {
            report(reporter, connection, set, proposal, transform, verdict, policy);
          }
        }
        checkProposal(connection, set, proposal, reporter);
      }
    }
  }

  /** Proposal-level conditions of the rule's kind; none by default. */
  void checkProposal(Connection connection, Configured<ProposalSet> set, Proposal proposal, Reporter reporter) {}

  private void report(Reporter reporter, Connection connection, Configured<ProposalSet> set, Proposal proposal,
      Transform transform, Verdict verdict, Policy policy) {
    String written = Written.text(transform.span()).orElse(transform.algorithm().keyword());
    String name = transform.canonicalName();
    String subject = transform.origin() == Origin.DERIVED
        ? name + " (implied by '" + written + "')"
        : "'" + written + "' (" + name + ")";
    reporter.report(verdict.rating().severity().orElseThrow(), transform.span(),
        "%s %s %s %s under profile %s (%s)%s; %s",
        proposal.protocol(), role(), subject, Replacement.judgement(verdict.rating()), policy.label(),
        verdict.reason(), ProposalSets.inherited(set), advice(transform, proposal, written, connection, policy));
  }

  /**
   * Replace the algorithm, unless the profile's best choice is the algorithm itself: a classic key
   * exchange that is only rated down for being quantum-vulnerable stays and gets a post-quantum
   * partner (RFC 9370 hybrid), anything else moves to the stronger variant.
   */
  private static String advice(Transform transform, Proposal proposal, String written, Connection connection,
      Policy policy) {
    String replacement = Replacement.forTransform(transform, connection.frontEnd(), policy);
    if (!replacement.equalsIgnoreCase(written)) {
      return "replace '" + written + "' with '" + replacement + "'";
    }
    boolean hybrid = proposal.transforms().stream().anyMatch(t -> t.type().isAdditionalKeyExchange());
    if (transform.type().isKeyExchange() && hybrid) {
      return "the proposal already pairs it with a post-quantum key exchange, which is what the"
          + " transition asks for; nothing to change";
    }
    if (transform.type().isKeyExchange()) {
      return "keep '" + written + "' and add a post-quantum key exchange ("
          + Replacement.hybridPartner(connection.frontEnd(), policy) + ")";
    }
    return "replace '" + written + "' with '" + Replacement.stronger(transform, connection.frontEnd()) + "'";
  }

  /** Whether the proposal has a transform of another type written at the same token. */
  static boolean sharesToken(Transform transform, Proposal proposal, TransformType other) {
    return proposal.of(other).stream().anyMatch(t -> t.span().equals(transform.span()));
  }
}
