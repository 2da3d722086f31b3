// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.AddressPool;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.auth.IdentityText;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.selector.ChildSelection;
import io.github.ipseclint.negotiation.selector.SelectorAddresses;
import io.github.ipseclint.negotiation.selector.TsPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C8: the configuration payload in IKE_AUTH (negotiation.md §8.4, §14.2 C8). A strongSwan
 * responder with pools insists on a virtual IP request (FAILED_CP_REQUIRED) and answers a request
 * its pools cannot serve with INTERNAL_ADDRESS_FAILURE; a Libreswan 5 mode-config server insists
 * on a request too, Libreswan 4 does not (seen with 4.10), and a Libreswan responder without a
 * pool ignores requests. Either failure leaves the IKE SA up without a CHILD SA.
 */
public final class ConfigPayloadCheck implements Check {

  @Override
  public CheckStatus apply(Exchange exchange) {
    Optional<Child> child = ResponderTsSelection.initiatorChild(exchange);
    if (child.isEmpty()) {
      return CheckStatus.CONTINUE;
    }
    List<VirtualIpRequest> requests = exchange.initiator().connection().vipRequests().value();
    return exchange.responder().isStrongswan()
        ? strongswan(exchange, requests, child.get())
        : libreswan(exchange, requests);
  }

  private static CheckStatus strongswan(Exchange exchange, List<VirtualIpRequest> requests, Child child) {
    Connection server = exchange.responderConnection();
    List<AddressPool> pools = server.pools().value();
    if (!requests.isEmpty()) {
      List<SelectorAddresses> assigned = strongswanLeases(exchange, requests, pools);
      if (assigned.isEmpty()) {
        exchange.logResponder("no virtual IP found, sending INTERNAL_ADDRESS_FAILURE");
        return refusedByStrongswan(exchange, child, Notify.INTERNAL_ADDRESS_FAILURE, noAddress(exchange, requests));
      }
      assign(exchange, assigned);
      return CheckStatus.CONTINUE;
    }
    if (!pools.isEmpty()) {
      exchange.logResponder("expected a virtual IP request, sending FAILED_CP_REQUIRED");
      return refusedByStrongswan(exchange, child, Notify.FAILED_CP_REQUIRED, requestRequired(exchange, server.pools()));
    }
    return CheckStatus.CONTINUE;
  }

  /** charon's lease for each request, as it logs them; the addresses it could assign. */
  static List<SelectorAddresses> strongswanLeases(Exchange exchange, List<VirtualIpRequest> requests,
      List<AddressPool> pools) {
    String peer = "'" + IdentityText.strongswan(initiatorId(exchange)) + "'";
    List<SelectorAddresses> assigned = new ArrayList<>();
    for (VirtualIpRequest request : requests) {
      String requested = VirtualIpLease.requested(exchange.initiator().connection(), request);
      exchange.logResponder("peer requested virtual IP " + requested);
      Optional<SelectorAddresses> lease = VirtualIpLease.lease(exchange.initiator().connection(), request, pools);
      lease.ifPresent(assigned::add);
      exchange.logResponder(lease.map(address -> "assigning virtual IP " + address.addressText()
          + " to peer " + peer).orElse("no virtual IP found for " + requested + " requested by " + peer));
    }
    return assigned;
  }

  /**
   * charon looks for a CHILD config before it checks the CP outcome: without one it logs the
   * selectors as unacceptable (and adds TS_UNACCEPTABLE after the CP notify), with one it logs
   * that the CP failed. The initiator reports the first notify (C14, confirmed by a run).
   */
  private static CheckStatus refusedByStrongswan(Exchange exchange, Child child, Notify notify, Disagreement cause) {
    TsPair proposed = ResponderTsSelection.proposed(exchange, child);
    ChildSelection selection = ResponderTsSelection.select(exchange, proposed);
    if (selection instanceof ChildSelection.Refused refused) {
      ResponderTsSelection.logRefusal(exchange, refused, proposed);
    } else {
      exchange.logResponder("configuration payload negotiation failed, no CHILD_SA built");
    }
    return ChildRefusal.byResponder(exchange, notify, cause);
  }

  private static CheckStatus libreswan(Exchange exchange, List<VirtualIpRequest> requests) {
    Connection server = exchange.responderConnection();
    List<AddressPool> pools = server.pools().value();
    if (!requests.isEmpty()) {
      // Without a pool pluto ignores the request and checks the selectors as usual.
      Optional<SelectorAddresses> lease = VirtualIpLease.lease(exchange.initiator().connection(), requests.get(0), pools);
      lease.ifPresent(address -> assign(exchange, List.of(address)));
      return CheckStatus.CONTINUE;
    }
    Optional<Configured<Boolean>> modeConfigServer = server.modeConfigServer().filter(Configured::value);
    if (modeConfigServer.isEmpty() || !exchange.responder().bucket().isAtLeast(VersionBucket.LS5)) {
      return CheckStatus.CONTINUE;
    }
    String end = server.orientation().local() == Orientation.End.RIGHT ? "right" : "left";
    exchange.logResponder("IKE_AUTH request does not include a CP payload required by " + end
        + "modecfgserver=true; Child SA ignored");
    return ChildRefusal.byResponder(exchange, Notify.FAILED_CP_REQUIRED, requestRequired(exchange, modeConfigServer.get()));
  }

  /** The addresses the client takes; a strongSwan client logs each. */
  static void assign(Exchange exchange, List<SelectorAddresses> assigned) {
    exchange.virtualIps(assigned);
    if (exchange.initiator().isStrongswan()) {
      assigned.forEach(address -> exchange.logInitiator("installing new virtual IP " + address.addressText()));
    }
  }

  private static Identity initiatorId(Exchange exchange) {
    return exchange.initiatorId().orElseGet(() -> exchange.initiator().connection().local().id().value());
  }

  private static Disagreement requestRequired(Exchange exchange, Configured<?> serverSetting) {
    Connection client = exchange.initiator().connection();
    return new Disagreement(FailureClass.CP, Optional.of(client.vipRequests().span()), Optional.of(serverSetting.span()),
        exchange.responder().label() + " hands out virtual IPs and requires a request for one, but "
            + exchange.initiator().label() + " asks for none; " + requestFix(client.frontEnd()) + " on "
            + exchange.initiator().label());
  }

  private static Disagreement noAddress(Exchange exchange, List<VirtualIpRequest> requests) {
    Connection server = exchange.responderConnection();
    Span serverSetting = server.pools().span();
    return new Disagreement(FailureClass.CP, Optional.of(exchange.initiator().connection().vipRequests().span()),
        Optional.of(serverSetting),
        exchange.initiator().label() + " asks for a virtual IP ("
            + VirtualIpLease.requested(exchange.initiator().connection(), requests.get(0)) + ") but "
            + exchange.responder().label() + " has no address pool that can serve it; configure pools on the"
            + " responder or drop the request");
  }

  private static String requestFix(FrontEnd frontEnd) {
    switch (frontEnd) {
      case SWANCTL:
        return "set vips = 0.0.0.0";
      case STROKE:
        return "set leftsourceip=%config";
      default:
        return "set leftmodecfgclient=yes";
    }
  }
}
