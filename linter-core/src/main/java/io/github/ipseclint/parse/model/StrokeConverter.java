// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.AuthMethod;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.Dpd;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.Fragmentation;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.proposal.ProposalSyntax;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A strongSwan ipsec.conf conn as the stroke plugin loads it, with stroke's defaults
 * (negotiation.md §1.2 column "ipsec.conf (stroke)"): one peer config with one CHILD config of
 * the same name.
 */
final class StrokeConverter {
  static final ValueType<HostAddress> HOST = new ValueType<>(
      "an address, subnet, range, host name or %any", Addresses::strongswanHost);
  private static final List<HostAddress> ANY = List.of(new HostAddress.Any(HostAddress.Family.BOTH));

  private StrokeConverter() {}

  static Connection convert(ResolvedSection conn, Target target, Hosts hosts, FindingSink sink) {
    String name = conn.name().display();
    OptionReader reader = new OptionReader(new ConfSource(conn), conn.header().span(), sink,
        "strongSwan does not load conn '" + name + "'");
    Configured<List<HostAddress>> left = reader.list(HOST, ANY, "left");
    Configured<List<HostAddress>> right = reader.list(HOST, ANY, "right");
    Orientation orientation = hosts.orient(left.value(), right.value());
    boolean leftLocal = orientation.local() == Orientation.End.LEFT;
    String local = leftLocal ? "left" : "right";
    String remote = leftLocal ? "right" : "left";

    Configured<List<AuthMethod>> authby = reader.read(MethodSpec.STROKE_AUTHBY, List.of(AuthMethod.PUBKEY), "authby");
    boolean xauthServer = reader.raw("xauth").filter(raw -> raw.latin1().equals("server")).isPresent();
    StrokeEnds ends = new StrokeEnds(reader, authby);
    ConnectionEnd localEnd = ends.end(local, true, leftLocal ? left : right, !xauthServer);
    ConnectionEnd remoteEnd = ends.end(remote, false, leftLocal ? right : left, xauthServer);

    Configured<IkeVersion> version = reader.read(Choices.STROKE_KEYEXCHANGE, IkeVersion.ANY, "keyexchange");
    ProposalOptions proposals = new ProposalOptions(reader, target, ProposalSyntax.STRONGSWAN_IPSEC_CONF);
    Configured<ProposalSet> ike = proposals.read(Protocol.IKE, version.value(), true, "ike");
    Configured<ChildAction> dpdAction = reader.read(Choices.STROKE_ACTION, ChildAction.CLEAR, "dpdaction");
    StrokeChild child = new StrokeChild(reader, proposals, version.value());
    return new Connection(target, FrontEnd.STROKE, name, conn.header().span(), version, localEnd, remoteEnd,
        orientation, ike,
        reader.read(Scalars.STARTER_BOOLEAN, false, "aggressive"),
        VirtualIps.strokeRequests(reader, local + "sourceip"),
        VirtualIps.strokePools(reader, remote + "sourceip"),
        child.ikeLifetimes(),
        dpd(reader, dpdAction),
        reader.read(Scalars.STARTER_BOOLEAN, false, "forceencaps"),
        reader.read(Scalars.STARTER_BOOLEAN, true, "mobike"),
        reader.read(Choices.STRONGSWAN_FRAGMENTATION, Fragmentation.YES, "fragmentation"),
        List.of(child.child(conn.name().display(), local, remote, dpdAction)),
        Optional.empty());
  }

  /** starter sends no DPD delay when {@code dpdaction=none}, whatever {@code dpddelay} says. */
  private static Dpd dpd(OptionReader reader, Configured<ChildAction> action) {
    boolean off = action.isDefault() || reader.raw("dpdaction").filter(raw -> raw.latin1().equals("none")).isPresent();
    Configured<Duration> delay = off
        ? action.map(a -> Duration.ZERO)
        : reader.read(Durations.STRONGSWAN, Duration.ofSeconds(30), "dpddelay");
    return new Dpd(delay, Optional.of(reader.read(Durations.STRONGSWAN, Duration.ofSeconds(150), "dpdtimeout")));
  }
}
