// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.negotiation.Peer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One end of a simulated tunnel as the reports show it: what its daemon sends and expects, with
 * every default the daemon fills in written out and marked. Holds no secret: credentials are named
 * by their method only.
 *
 * @param reference the end as the user named it ({@code hosts/hub#branch})
 * @param label {@code host#conn}, how the outcome names the end
 * @param target the daemon release the end is simulated as
 * @param frontEnd how the connection is loaded ({@code swanctl.conf}, {@code ipsec.conf (stroke)}, ...)
 */
public record EndView(
    String reference,
    String label,
    String target,
    String frontEnd,
    String ikeVersion,
    String addresses,
    String remoteAddresses,
    ProposalList ike,
    String localId,
    String remoteId,
    String localAuth,
    String remoteAuth,
    List<ChildView> children) {

  public EndView {
    children = List.copyOf(children);
  }

  public static EndView of(String reference, Peer peer) {
    Connection connection = peer.connection();
    return new EndView(reference, peer.label(), peer.daemon().target().toString(), frontEnd(connection.frontEnd()),
        marked(connection.version(), connection.version().value().name().toLowerCase(Locale.ROOT)),
        addresses(connection.local()), addresses(connection.remote()),
        ProposalList.of(connection.ikeProposals()),
        identity(connection.local().id()), identity(connection.remote().id()),
        auth(connection.local()), auth(connection.remote()),
        connection.children().stream().map(ChildView::of).toList());
  }

  /** {@code hub#branch (strongswan-6.0.6, swanctl.conf)}. */
  public String description() {
    return label + " (" + target + ", " + frontEnd + ")";
  }

  static String frontEnd(FrontEnd frontEnd) {
    return switch (frontEnd) {
      case SWANCTL -> "swanctl.conf";
      case STROKE -> "ipsec.conf (stroke)";
      case PLUTO -> "ipsec.conf (pluto)";
    };
  }

  /** The value with {@code (default)} after it when the daemon, not the file, chose it. */
  static String marked(Configured<?> configured, String text) {
    return configured.isDefault() ? text + " (default)" : text;
  }

  private static String addresses(ConnectionEnd end) {
    return marked(end.addresses(),
        end.addresses().value().stream().map(HostAddress::toString).collect(Collectors.joining(",")));
  }

  private static String identity(Configured<Identity> id) {
    return marked(id, id.value().written().value().display());
  }

  private static String auth(ConnectionEnd end) {
    return end.auth().stream()
        .map(round -> marked(round.method(), round.methodLabel()))
        .collect(Collectors.joining(" + "));
  }
}
