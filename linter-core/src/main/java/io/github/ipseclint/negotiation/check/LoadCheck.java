// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.negotiation.DaemonSettings.Ikev1Policy;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.LoadError;
import java.util.ArrayList;
import java.util.List;

/**
 * C0: whether each daemon loads its connection at all (negotiation.md §1.3, §14.2 C0). A refusal
 * yields one {@link LoadError} per line the daemon logs, in its order: strongSwan first names the
 * broken proposal's problem, then the front end says what it dropped; Libreswan refuses the
 * connection in one line.
 */
public final class LoadCheck {

  public List<LoadError> validate(Peer peer, Side side) {
    List<LoadError> errors = new ArrayList<>();
    Connection connection = peer.connection();
    if (peer.isStrongswan()) {
      // Both front ends stop at the first proposal they cannot parse.
      strongswanProposals(connection, connection.ikeProposals(), "proposals", side, errors);
      for (Child child : connection.children()) {
        for (Configured<ProposalSet> set : child.proposals()) {
          if (errors.isEmpty()) {
            strongswanProposals(connection, set, set.value().protocol() == Protocol.AH ? "ah_proposals" : "esp_proposals",
                side, errors);
          }
        }
      }
      return errors;
    }
    if (connection.version().value() == IkeVersion.IKEV1
        && peer.daemon().settings().ikev1Policy() != Ikev1Policy.ACCEPT) {
      // Debian's 4.x patch and 5.x refuse IKEv1 connections unless ikev1-policy=accept (4.10 run).
      errors.add(new LoadError(side, connection.version().span(),
          prefix(connection) + "failed to add IKEv1 connection: global ikev1-policy does not allow IKEv1 connections"));
      return errors;
    }
    List<Configured<ProposalSet>> sets = new ArrayList<>(List.of(connection.ikeProposals()));
    connection.children().forEach(child -> sets.addAll(child.proposals()));
    for (Configured<ProposalSet> set : sets) {
      for (Proposal proposal : set.value().proposals()) {
        proposal.rejection().ifPresent(reason ->
            errors.add(new LoadError(side, proposal.span(), prefix(connection) + "failed to add connection: " + reason)));
      }
    }
    if (errors.isEmpty()) {
      for (Child child : connection.children()) {
        new LibreswanPfsGroups(connection.version().value(), child).problem().ifPresent(problem ->
            errors.add(new LoadError(side, problem.setting(),
                prefix(connection) + "failed to add connection: " + problem.message())));
      }
    }
    return errors;
  }

  /** pluto names the connection before every line about it: {@code "site": }. */
  private static String prefix(Connection connection) {
    return "\"" + connection.name() + "\": ";
  }

  /**
   * stroke refuses the conn with {@code skipped invalid proposal string}; vici discards the whole
   * connection naming the option.
   */
  private static void strongswanProposals(Connection connection, Configured<ProposalSet> set, String option, Side side,
      List<LoadError> errors) {
    for (Proposal proposal : set.value().proposals()) {
      if (proposal.rejection().isEmpty()) {
        continue;
      }
      errors.add(new LoadError(side, proposal.span(), proposal.rejection().get()));
      String consequence = connection.frontEnd() == FrontEnd.SWANCTL
          ? "loading connection '" + connection.name() + "' failed: invalid value for: " + option + ", config discarded"
          : "skipped invalid proposal string: " + written(proposal.span());
      errors.add(new LoadError(side, proposal.span(), consequence));
      return;
    }
  }

  /** The text a span covers on its first line, as written. */
  private static String written(Span span) {
    String line = span.file().line(span.line()).latin1();
    int from = Math.min(line.length(), span.column() - 1);
    int to = span.endLine() == span.line() ? Math.min(line.length(), span.endColumn() - 1) : line.length();
    return line.substring(from, Math.max(from, to));
  }
}
