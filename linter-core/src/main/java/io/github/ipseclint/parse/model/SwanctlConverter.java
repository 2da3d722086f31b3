// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.AddressPool;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.ipsec.ConnectionEnd;
import io.github.ipseclint.model.ipsec.Dpd;
import io.github.ipseclint.model.ipsec.Fragmentation;
import io.github.ipseclint.model.ipsec.FrontEnd;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IkeLifetimes;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.ipsec.Orientation;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.proposal.ProposalSyntax;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A {@code connections.<name>} section of swanctl.conf with vici's defaults (§1.2 column "swanctl"). */
final class SwanctlConverter {
  private static final List<HostAddress> ANY = List.of(new HostAddress.Any(HostAddress.Family.BOTH));
  private static final ValueType<HostAddress> HOST = StrokeConverter.HOST;

  private SwanctlConverter() {}

  static Connection convert(ResolvedSection conn, ResolvedSection root, Target target, FindingSink sink) {
    String name = conn.name().display();
    String consequence = "the daemon logs \"loading connection '" + name
        + "' failed: invalid value for: <key>, config discarded\"";
    OptionReader reader = new OptionReader(new SwanctlSource(conn), conn.span(), sink, consequence);
    Configured<List<HostAddress>> localAddrs = reader.list(HOST, ANY, "local_addrs");
    Configured<IkeVersion> version = reader.read(Choices.SWANCTL_VERSION, IkeVersion.ANY, "version");
    ConnectionEnd local = new ConnectionEnd(localAddrs, reader.read(Scalars.PORT, 500, "local_port"),
        SwanctlRounds.rounds(conn, "local", localAddrs.value(), sink, consequence));
    Configured<List<HostAddress>> remoteAddrs = reader.list(HOST, ANY, "remote_addrs");
    ConnectionEnd remote = new ConnectionEnd(remoteAddrs, reader.read(Scalars.PORT, 500, "remote_port"),
        SwanctlRounds.rounds(conn, "remote", remoteAddrs.value(), sink, consequence));
    List<Child> children = new ArrayList<>();
    for (ResolvedSection section : conn.sections()) {
      if (section.name().latin1().toLowerCase(Locale.ROOT).equals("children")) {
        section.sections().stream().filter(child -> child.span() != null)
            .forEach(child -> children.add(SwanctlChild.convert(child, target, version.value(), sink, consequence)));
      }
    }
    Connection connection = new Connection(target, FrontEnd.SWANCTL, name, conn.span(), version, local, remote,
        new Orientation(Orientation.End.LOCAL, Orientation.Basis.EXPLICIT),
        new ProposalOptions(reader, target, ProposalSyntax.SWANCTL).read(Protocol.IKE, version.value(), true, "proposals"),
        reader.read(Scalars.VICI_BOOLEAN, false, "aggressive"),
        reader.list(VirtualIps.SWANCTL_VIP, List.of(), "vips"),
        pools(reader, root),
        lifetimes(reader),
        new Dpd(reader.read(Durations.STRONGSWAN, Duration.ZERO, "dpd_delay"),
            Optional.of(reader.read(Durations.STRONGSWAN, Duration.ZERO, "dpd_timeout"))),
        reader.read(Scalars.VICI_BOOLEAN, false, "encap"),
        reader.read(Scalars.VICI_BOOLEAN, true, "mobike"),
        reader.read(Choices.STRONGSWAN_FRAGMENTATION, Fragmentation.YES, "fragmentation"),
        children,
        Optional.empty());
    reader.checkRemaining(reader.keys(), key -> LoadTimeValues.swanctl("connections.<conn>." + key));
    return connection;
  }

  /** rekey 4 h, no reauth, over = 10 % of the longer, rand = min(over, rekey / 2). */
  private static IkeLifetimes lifetimes(OptionReader reader) {
    Configured<Duration> rekey = reader.read(Durations.STRONGSWAN, Duration.ofHours(4), "rekey_time");
    Configured<Duration> reauth = reader.read(Durations.STRONGSWAN, Duration.ZERO, "reauth_time");
    Duration longer = rekey.value().compareTo(reauth.value()) >= 0 ? rekey.value() : reauth.value();
    Configured<Duration> over = reader.optional(Durations.STRONGSWAN, "over_time")
        .orElseGet(() -> ConfLifetimes.derive(longer.dividedBy(10), rekey, reauth));
    Duration half = longer.dividedBy(2);
    Configured<Duration> rand = reader.optional(Durations.STRONGSWAN, "rand_time")
        .orElseGet(() -> ConfLifetimes.derive(over.value().compareTo(half) <= 0 ? over.value() : half, over, rekey));
    return new IkeLifetimes(rekey, reauth, over, rand);
  }

  /** Pool names resolved against the top-level {@code pools} section of the same document. */
  private static Configured<List<AddressPool>> pools(OptionReader reader, ResolvedSection root) {
    ValueType<AddressPool> pool = new ValueType<>("a pool name", name -> Optional.of(new AddressPool(Optional.of(name),
        root.find("pools", name).flatMap(section -> section.value("addrs"))
            .map(addrs -> OptionReader.split(addrs.text().latin1()).stream()
                .map(Addresses::block).flatMap(Optional::stream).toList())
            .orElse(List.<IpRange>of()))));
    return reader.list(pool, List.of(), "pools");
  }
}
