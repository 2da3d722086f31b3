// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.crypto;

import io.github.ipseclint.engine.ConnectionRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Reporter;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Default proposals that expand to algorithms the selected profile rates as weak on the target
 * release (algorithms.md §3, §5 N15): an omitted option, swanctl's {@code default} keyword, or
 * the transforms Libreswan fills into a proposal that leaves a type out ({@code ike=aes_gcm}).
 * One finding per place the defaults come from.
 */
@LintRule(id = "weak-default-proposal", name = "WeakDefaultProposal", severity = Severity.WARNING,
    tags = {Tag.SECURITY, Tag.CRYPTO}, securitySeverity = 5.0,
    description = "The daemon's default proposals in effect include algorithms the selected profile rates as weak")
public final class WeakDefaultProposal implements ConnectionRule {

  @Override
  public void check(Connection connection, Reporter reporter) {
    for (Configured<ProposalSet> set : ProposalSets.of(connection)) {
      Map<Span, DefaultTransforms> byPlace = new LinkedHashMap<>();
      Map<Span, Boolean> wholeProposal = new LinkedHashMap<>();
      for (Proposal proposal : set.value().proposals()) {
        if (proposal.origin() == ProposalOrigin.DEFAULT) {
          DefaultTransforms rated = byPlace.computeIfAbsent(proposal.span(), s -> new DefaultTransforms(reporter.policy()));
          wholeProposal.put(proposal.span(), true);
          proposal.transforms().forEach(transform -> rated.add(transform, proposal));
        } else if (proposal.origin() == ProposalOrigin.CONFIGURED) {
          for (Transform transform : proposal.transforms()) {
            if (transform.origin() == Origin.DEFAULT) {
              byPlace.computeIfAbsent(transform.span(), s -> new DefaultTransforms(reporter.policy()))
                  .add(transform, proposal);
              wholeProposal.putIfAbsent(transform.span(), false);
            }
          }
        }
      }
      byPlace.forEach((span, rated) -> {
        if (rated.worst().isFinding()) {
          report(connection, set, span, rated, wholeProposal.get(span), reporter);
        }
      });
    }
  }

  private static void report(Connection connection, Configured<ProposalSet> set, Span span, DefaultTransforms rated,
      boolean whole, Reporter reporter) {
    ProposalSet proposals = set.value();
    String option = Replacement.option(proposals.protocol(), connection.frontEnd());
    String source;
    if (!whole) {
      source = "the " + proposals.protocol() + " proposal leaves algorithms out, and the defaults "
          + connection.target() + " fills in";
    } else if (set.isDefault()) {
      source = option + " is not set, so " + connection.target() + " uses its default " + proposals.protocol()
          + " proposals, which";
    } else {
      source = "'default' expands to the " + connection.target() + " default " + proposals.protocol()
          + " proposals, which";
    }
    reporter.report(rated.worst().severity().orElseThrow(), span,
        "%s include %s (%s under profile %s)%s; pin explicit proposals, e.g. %s=%s",
        source, rated.names(), rated.worst().severity().orElseThrow().label(), reporter.policy().label(),
        ProposalSets.inherited(set), option, Replacement.proposal(proposals.protocol(), connection.frontEnd(),
            reporter.policy()));
  }
}
