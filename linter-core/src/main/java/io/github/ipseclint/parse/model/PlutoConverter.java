// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.AddressPool;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.Dpd;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Fragmentation;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.HostAddress.Family;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.proposal.ProposalSyntax;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Libreswan conn as pluto loads it, with pluto's defaults per release line (negotiation.md §1.2
 * columns "Libreswan 4.x" and "5.x"). Keys are the resolver's canonical lower-case names.
 */
final class PlutoConverter {
  static final ValueType<HostAddress> HOST = new ValueType<>(
      "an address, a host name, %any or %defaultroute", Addresses::libreswanHost);
  private static final List<HostAddress> ANY = List.of(new HostAddress.Any(Family.BOTH));

  private PlutoConverter() {}

  static Connection convert(ResolvedSection conn, Target target, Hosts hosts, FindingSink sink) {
    String name = conn.name().display();
    OptionReader reader = new OptionReader(new ConfSource(conn), conn.header().span(), sink,
        "pluto refuses to load conn '" + name + "'");
    Configured<List<HostAddress>> left = reader.list(HOST, ANY, "left");
    Configured<List<HostAddress>> right = reader.list(HOST, ANY, "right");
    // pluto has no "assume left" fallback; ipseclint assumes it and records that (Orientation.Basis).
    Orientation orientation = hosts.orient(left.value(), right.value());
    boolean leftLocal = orientation.local() == Orientation.End.LEFT;
    String local = leftLocal ? "left" : "right";
    String remote = leftLocal ? "right" : "left";

    PlutoEnds ends = new PlutoEnds(reader, authby(reader));
    Configured<IkeVersion> version = version(reader);
    Configured<Boolean> pfs = reader.read(Scalars.PLUTO_BOOLEAN, true, "pfs");
    ProposalOptions proposals = new ProposalOptions(reader, target, ProposalSyntax.LIBRESWAN);
    Configured<ProposalSet> ike = proposals.read(Protocol.IKE, version.value(), pfs.value(), "ike");
    Configured<ChildAction> dpdAction = reader.read(Choices.PLUTO_ACTION, ChildAction.CLEAR, "dpdaction");
    PlutoChild child = new PlutoChild(reader, proposals, version.value(), pfs);
    Configured<List<AddressPool>> pools = VirtualIps.plutoPools(reader, remote + "addresspool");
    Optional<Configured<Boolean>> anyPool = pool(reader, local, pools);
    Connection connection = new Connection(target, FrontEnd.PLUTO, name, conn.header().span(), version,
        ends.end(local, leftLocal ? left : right), ends.end(remote, leftLocal ? right : left),
        orientation, ike,
        reader.read(Scalars.PLUTO_BOOLEAN, false, "aggressive", "aggrmode"),
        vipRequest(reader, local),
        pools,
        child.ikeLifetimes(),
        new Dpd(reader.read(Durations.LIBRESWAN, Duration.ZERO, "dpddelay"),
            reader.optional(Durations.LIBRESWAN, "dpdtimeout")),
        reader.read(Choices.PLUTO_ENCAPSULATION, false, "encapsulation"),
        reader.read(Scalars.PLUTO_BOOLEAN, false, "mobike"),
        reader.read(Choices.PLUTO_FRAGMENTATION, Fragmentation.YES, "fragmentation"),
        List.of(child.child(name, local, remote, dpdAction, left, right, anyPool)),
        Optional.of(modeConfigServer(reader, local, pools)));
    reader.checkRemaining(reader.keys(), LoadTimeValues::pluto);
    return connection;
  }

  /** {@code authby} is a list; the first item decides the method (LS4 rsasig, LS5 rsasig,ecdsa). */
  private static Configured<AuthMethod> authby(OptionReader reader) {
    return reader.list(MethodSpec.PLUTO, List.of(AuthMethod.PUBKEY), "authby").map(methods -> methods.get(0));
  }

  /** {@code keyexchange=} (5.x) wins over the deprecated {@code ikev2=} (4.x); IKEv2 by default. */
  private static Configured<IkeVersion> version(OptionReader reader) {
    return reader.optional(Choices.PLUTO_KEYEXCHANGE, "keyexchange")
        .or(() -> reader.optional(Choices.PLUTO_IKEV2, "ikev2"))
        .orElseGet(() -> reader.byDefault(IkeVersion.IKEV2));
  }

  /** An address pool on either end, where it is written; pluto's defaults depend on it. */
  private static Optional<Configured<Boolean>> pool(OptionReader reader, String local, Configured<List<AddressPool>> served) {
    if (!served.value().isEmpty()) {
      return Optional.of(served.map(p -> true));
    }
    return reader.raw(local + "addresspool").map(raw -> raw.with(true));
  }

  /**
   * {@code leftmodecfgserver=yes}, or implied by an address pool for the peer ({@code
   * rightaddresspool}): pluto then logs the requirement as {@code leftmodecfgserver=true}.
   */
  private static Configured<Boolean> modeConfigServer(OptionReader reader, String local, Configured<List<AddressPool>> pools) {
    return reader.optional(Scalars.PLUTO_BOOLEAN, local + "modecfgserver")
        .orElseGet(() -> pools.value().isEmpty() ? reader.byDefault(false) : pools.map(p -> true));
  }

  /** {@code leftmodecfgclient=yes} asks the peer for an address (negotiation.md §8.4). */
  private static Configured<List<VirtualIpRequest>> vipRequest(OptionReader reader, String local) {
    return reader.optional(Scalars.PLUTO_BOOLEAN, local + "modecfgclient")
        .map(client -> client.map(yes -> yes ? List.of(new VirtualIpRequest(Family.BOTH, Optional.empty())) : List.<VirtualIpRequest>of()))
        .orElseGet(() -> reader.byDefault(List.of()));
  }
}
