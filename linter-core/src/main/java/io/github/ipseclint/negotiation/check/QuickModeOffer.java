// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Fragmentation;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.wording.LibreswanWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an initiator proposes in Quick Mode (negotiation.md §1.3, §11.3). */
final class QuickModeOffer {

  private QuickModeOffer() {}

  /**
   * charon sends the first algorithm of each type of each proposal and proposes PFS when its ESP
   * proposals name a group: the phase-1 group if one of them contains it, else its first group.
   * pluto with {@code pfs=yes} proposes the {@code esp=} group or, without one, the phase-1 group.
   */
  static List<Proposal> proposals(Exchange exchange, Child child) {
    List<Proposal> configured = ChildProposalCheck.offered(child).value().proposals().stream()
        .filter(Proposal::isValid).toList();
    Optional<Transform> phase1 = phase1Group(exchange);
    List<Transform> groups = configured.stream().flatMap(p -> p.of(TransformType.KE).stream())
        .filter(t -> !t.algorithm().isNone()).toList();
    Optional<Transform> group;
    if (exchange.initiator().isStrongswan()) {
      group = groups.isEmpty() ? Optional.empty()
          : phase1.filter(p -> groups.stream().anyMatch(p::sameAs)).or(() -> Optional.of(groups.get(0)));
    } else {
      boolean pfs = child.pfs().map(Configured::value).orElse(true);
      group = !pfs ? Optional.empty() : groups.stream().findFirst().or(() -> phase1);
    }
    List<Proposal> sent = new ArrayList<>();
    for (Proposal proposal : configured) {
      List<Transform> transforms = new ArrayList<>();
      for (Transform transform : ChildProposalCheck.withoutKeyExchange(proposal).transforms()) {
        boolean firstOfType = transforms.stream().noneMatch(t -> t.type() == transform.type());
        if (!exchange.initiator().isStrongswan() || firstOfType) {
          transforms.add(transform);
        }
      }
      group.ifPresent(transforms::add);
      sent.add(new Proposal(proposal.protocol(), transforms, proposal.origin(), proposal.span(), Optional.empty()));
    }
    return sent;
  }

  /**
   * pluto 4.x's first Quick Mode line, seen with 4.10: the connection's policy bits, the first
   * offered proposal and the PFS group.
   */
  static String libreswanStart(Child child, Connection connection, List<Proposal> offered) {
    StringBuilder policy = new StringBuilder("IKEv1+")
        .append(connection.local().auth().get(0).method().value() == AuthMethod.PSK ? "PSK" : "RSASIG")
        .append("+ENCRYPT");
    if (child.mode().value() != IpsecMode.TRANSPORT) {
      policy.append("+TUNNEL");
    }
    Optional<Transform> group = offered.stream().flatMap(p -> p.of(TransformType.KE).stream()).findFirst();
    if (group.isPresent()) {
      policy.append("+PFS");
    }
    if (child.startAction().value().initiates()) {
      policy.append("+UP");
    }
    if (connection.aggressive().value()) {
      policy.append("+AGGRESSIVE");
    }
    Fragmentation fragmentation = connection.fragmentation().value();
    if (fragmentation != Fragmentation.NO) {
      policy.append(fragmentation == Fragmentation.FORCE ? "+IKE_FRAG_FORCE" : "+IKE_FRAG_ALLOW");
    }
    List<String> esn = offered.stream().findFirst().map(p -> p.of(TransformType.ESN)).orElse(List.of()).stream()
        .map(Transform::ianaName).toList();
    if (esn.contains("NO_EXT_SEQ")) {
      policy.append("+ESN_NO");
    }
    if (esn.contains("EXT_SEQ")) {
      policy.append("+ESN_YES");
    }
    // The proposal as configured: an esp= group shows in it, the PFS group follows separately.
    String proposal = ChildProposalCheck.offered(child).value().proposals().stream().findFirst()
        .map(LibreswanWording::offered).orElse("");
    return "initiating Quick Mode " + policy + " {using isakmp#1 msgid:<mid> proposal=" + proposal
        + " pfsgroup=" + group.map(LibreswanWording::group).orElse("no-pfs") + "}";
  }

  /** The ISAKMP SA's group: the selected suite's, else the initiator's first configured one. */
  private static Optional<Transform> phase1Group(Exchange exchange) {
    return exchange.ikeSuite().flatMap(suite -> suite.of(TransformType.KE).stream().findFirst())
        .or(() -> exchange.initiator().connection().ikeProposals().value().proposals().stream()
            .flatMap(p -> p.of(TransformType.KE).stream()).findFirst());
  }
}
