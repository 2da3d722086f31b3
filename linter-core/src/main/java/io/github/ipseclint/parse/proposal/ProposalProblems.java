// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.parse.keyword.DidYouMean;
import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.AvailabilityVerdict;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.crypto.BundledCatalog;

/** The findings of proposal readers, worded once for both daemons. */
final class ProposalProblems {
  private final FindingSink sink;
  private final Target target;

  ProposalProblems(FindingSink sink, Target target) {
    this.sink = sink;
    this.target = target;
  }

  /** A token the daemon's keyword tables do not have. */
  void unknown(String token, Span span, String what) {
    Implementation implementation = target.implementation();
    // Algorithm names are short, so a typo of two edits (aes265) is still worth a suggestion.
    int tolerance = Math.max(2, token.length() / 3);
    String suggestion = DidYouMean.closest(token, BundledCatalog.CATALOG.keywords(implementation), tolerance)
        .map(keyword -> "; did you mean '" + keyword + "'?")
        .orElse("");
    sink.report(CoreRule.UNKNOWN_ALGORITHM, span, String.format("%s '%s' is not recognized by %s, "
        + "which refuses the connection%s", what, token, daemon(), suggestion));
  }

  /** A keyword the target release does not accept. */
  void unavailable(String token, Algorithm algorithm, AvailabilityVerdict verdict, Span span) {
    String why = verdict == AvailabilityVerdict.NOT_BUILT_BY_DEFAULT
        ? "is not built into default builds of " + target
        : "is not available in " + target;
    sink.report(CoreRule.UNKNOWN_ALGORITHM, span, String.format("'%s' %s (%s), so %s refuses the connection",
        token, why, algorithm.availability().describe(), daemon()));
  }

  /** A rule of the daemon's proposal checks, in the daemon's words. */
  void invalid(String daemonWording, Span span) {
    sink.report(CoreRule.INVALID_PROPOSAL, span,
        String.format("%s; %s refuses the connection", daemonWording, daemon()));
  }

  private String daemon() {
    return target.implementation() == Implementation.STRONGSWAN ? "strongSwan" : "Libreswan";
  }
}
