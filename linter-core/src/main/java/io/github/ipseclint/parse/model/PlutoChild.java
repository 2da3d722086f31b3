// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IkeLifetimes;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The CHILD config and timers of a Libreswan conn (§1.2: 8 h lifetimes, 9 min margin, 100 % fuzz). */
final class PlutoChild {
  private final OptionReader reader;
  private final ProposalOptions proposals;
  private final IkeVersion version;
  private final Configured<Boolean> pfs;
  private final Configured<Boolean> rekey;
  private final Configured<Duration> margin;
  private final Configured<Integer> fuzz;

  PlutoChild(OptionReader reader, ProposalOptions proposals, IkeVersion version, Configured<Boolean> pfs) {
    this.reader = reader;
    this.proposals = proposals;
    this.version = version;
    this.pfs = pfs;
    this.rekey = reader.read(Scalars.PLUTO_BOOLEAN, true, "rekey");
    this.margin = reader.read(Durations.LIBRESWAN, Duration.ofMinutes(9), "rekeymargin", "margintime");
    this.fuzz = reader.read(Scalars.PERCENT, 100, "rekeyfuzz");
  }

  IkeLifetimes ikeLifetimes() {
    Configured<Duration> life = reader.read(Durations.LIBRESWAN, Duration.ofHours(8), "ikelifetime");
    return ConfLifetimes.ike(new ConfLifetimes.Inputs(life, margin, fuzz, rekey),
        reader.read(Scalars.PLUTO_BOOLEAN, false, "reauth"));
  }

  /**
   * @param pool where an address pool is set on either end: 5.x narrows by default then
   *     (negotiation.md §1.2)
   */
  Child child(String name, String local, String remote, Configured<ChildAction> dpdAction,
      Configured<List<HostAddress>> left, Configured<List<HostAddress>> right, Optional<Configured<Boolean>> pool) {
    Configured<Duration> life = reader.read(Durations.LIBRESWAN, Duration.ofHours(8), "ipsec-lifetime", "salifetime", "keylife", "lifetime");
    boolean leftLocal = local.equals("left");
    return new Child(name, reader.home(),
        selectors(local, leftLocal ? left : right), selectors(remote, leftLocal ? right : left),
        reader.read(Choices.PLUTO_TYPE, IpsecMode.TUNNEL, "type"),
        List.of(ipsecProposals()),
        Optional.of(pfs),
        ConfLifetimes.child(new ConfLifetimes.Inputs(life, margin, fuzz, rekey), Optional.empty(), Optional.empty()),
        rekey,
        reader.read(Choices.PLUTO_AUTO, StartAction.IGNORE, "auto"),
        reader.byDefault(ChildAction.CLEAR),
        dpdAction,
        Optional.of(narrowing(pool)));
  }

  private Configured<Boolean> narrowing(Optional<Configured<Boolean>> pool) {
    Optional<Configured<Boolean>> written = reader.optional(Scalars.PLUTO_BOOLEAN, "narrowing");
    if (written.isPresent()) {
      return written.get();
    }
    boolean poolNarrows = proposals.target().isAtLeast(5, 0) && version == IkeVersion.IKEV2;
    return pool.filter(p -> poolNarrows).map(p -> new Configured<>(true, p.span(), Provenance.DAEMON_DEFAULT))
        .orElseGet(() -> reader.byDefault(false));
  }

  /** {@code phase2=ah} selects AH; {@code phase2alg=} is the older name of {@code esp=}/{@code ah=}. */
  private Configured<ProposalSet> ipsecProposals() {
    boolean ah = reader.raw("phase2").filter(raw -> raw.latin1().equalsIgnoreCase("ah")).isPresent();
    return PlutoEsn.fold(ah
        ? proposals.read(Protocol.AH, version, pfs.value(), "ah", "phase2alg")
        : proposals.read(Protocol.ESP, version, pfs.value(), "esp", "phase2alg"), reader);
  }

  /**
   * {@code vhost:} and {@code vnet:} take the rest of the value as one comma-separated list of
   * {@code virtual-private} items ({@code vnet:%priv,%v4:192.0.0.0/8}), so the value is not split.
   */
  private static boolean isVirtual(RawValue raw) {
    String text = raw.latin1();
    return text.startsWith("vhost:") || text.startsWith("vnet:");
  }

  /**
   * {@code leftsubnet} (5.x: several), {@code leftprotoport} applied to each; unset means the
   * end's own address as a /32 or /128 (dynamic when the address is not a literal).
   */
  private Configured<List<TrafficSelector>> selectors(String side, Configured<List<HostAddress>> host) {
    TrafficSelector own = host.value().stream()
        .filter(h -> h instanceof HostAddress.Block).map(h -> ((HostAddress.Block) h).range())
        .findFirst().map(TrafficSelector::of).orElse(TrafficSelector.dynamic());
    Configured<List<TrafficSelector>> subnets = reader.raw(side + "subnet")
        .filter(PlutoChild::isVirtual)
        .map(raw -> raw.with(List.of(TrafficSelector.dynamic())))
        .orElseGet(() -> reader.list(Selectors.LIBRESWAN_SUBNET, List.of(own), side + "subnet"));
    Optional<Configured<TrafficSelector>> protoPort = reader.optional(Selectors.PROTOPORT, side + "protoport");
    if (protoPort.isEmpty()) {
      return subnets;
    }
    TrafficSelector restriction = protoPort.get().value();
    List<TrafficSelector> restricted = subnets.value().stream()
        .map(ts -> ts.restrictedTo(restriction.protocol(), restriction.ports())).toList();
    return subnets.isDefault() ? protoPort.get().map(p -> restricted) : subnets.map(s -> restricted);
  }
}
