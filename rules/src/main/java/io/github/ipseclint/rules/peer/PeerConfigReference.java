// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.PeerAnalysis;
import io.github.ipseclint.engine.PeerRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.pairing.UnresolvedPair;

/**
 * An entry of {@code peers:} in {@code .ipseclint.yaml} that names no tunnel: a host, file or
 * connection the scan does not hold, or both ends on one host. A well-formed reference that does
 * not resolve is a finding rather than a configuration error, since it depends on what is scanned
 * (a run over part of the tree); a malformed one stops the run like any configuration mistake.
 */
@LintRule(id = "peer-config-reference", name = "PeerConfigReference", severity = Severity.ERROR,
    tags = {Tag.CORRECTNESS, Tag.TOOLING},
    description = "An explicit pair in .ipseclint.yaml names a host, file or connection the scan does not hold")
public final class PeerConfigReference implements PeerRule {

  @Override
  public void check(PeerAnalysis analysis, Reporter reporter) {
    for (UnresolvedPair unresolved : analysis.pairing().unresolved()) {
      reporter.report(unresolved.pair().span(), "the pair [%s, %s] is not checked: %s; correct the reference or"
          + " scan the host's files", unresolved.pair().left(), unresolved.pair().right(), unresolved.problem());
    }
  }
}
