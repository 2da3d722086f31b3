// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.IkeLifetimes;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.ipsec.VolumeLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The CHILD config and timers of a strongSwan ipsec.conf conn (stroke defaults, §1.2 and §12.1). */
final class StrokeChild {
  private final OptionReader reader;
  private final ProposalOptions proposals;
  private final IkeVersion version;
  private final Configured<Boolean> rekey;
  private final Configured<Duration> margin;
  private final Configured<Integer> fuzz;

  StrokeChild(OptionReader reader, ProposalOptions proposals, IkeVersion version) {
    this.reader = reader;
    this.proposals = proposals;
    this.version = version;
    this.rekey = reader.read(Scalars.STARTER_BOOLEAN, true, "rekey");
    this.margin = reader.read(Durations.STRONGSWAN, Duration.ofMinutes(9), "margintime", "rekeymargin");
    this.fuzz = reader.read(Scalars.PERCENT, 100, "rekeyfuzz");
  }

  /** {@code ikelifetime=3h} with {@code reauth=yes}: reauthentication at 2h42-2h51. */
  IkeLifetimes ikeLifetimes() {
    Configured<Duration> life = reader.read(Durations.STRONGSWAN, Duration.ofHours(3), "ikelifetime");
    return ConfLifetimes.ike(new ConfLifetimes.Inputs(life, margin, fuzz, rekey),
        reader.read(Scalars.STARTER_BOOLEAN, true, "reauth"));
  }

  Child child(String name, String local, String remote, Configured<ChildAction> dpdAction) {
    Configured<Duration> life = reader.read(Durations.STRONGSWAN, Duration.ofHours(1), "lifetime", "keylife");
    ConfLifetimes.Inputs inputs = new ConfLifetimes.Inputs(life, margin, fuzz, rekey);
    Optional<VolumeLimits> bytes = Optional.of(volume("lifebytes", "marginbytes"));
    Optional<VolumeLimits> packets = Optional.of(volume("lifepackets", "marginpackets"));
    return new Child(name, reader.home(), selectors(local), selectors(remote),
        reader.read(Choices.STROKE_TYPE, IpsecMode.TUNNEL, "type"),
        List.of(ipsecProposals()),
        Optional.empty(),
        ConfLifetimes.child(inputs, bytes, packets),
        rekey,
        reader.read(Choices.STROKE_AUTO, StartAction.IGNORE, "auto"),
        reader.read(Choices.STROKE_ACTION, ChildAction.CLEAR, "closeaction"),
        dpdAction,
        Optional.empty());
  }

  /** {@code ah=} replaces ESP; starter refuses both together. */
  private Configured<ProposalSet> ipsecProposals() {
    Optional<RawValue> ah = reader.raw("ah");
    return ah.isPresent()
        ? proposals.read(Protocol.AH, version, true, ah)
        : proposals.read(Protocol.ESP, version, true, "esp");
  }

  /** {@code leftsubnet} (or {@code dynamic}, the own address) with {@code leftprotoport} applied. */
  private Configured<List<TrafficSelector>> selectors(String side) {
    Configured<List<TrafficSelector>> subnets =
        reader.list(Selectors.STRONGSWAN, List.of(TrafficSelector.dynamic()), side + "subnet", side + "subnetwithin");
    Optional<Configured<TrafficSelector>> protoPort = reader.optional(Selectors.PROTOPORT, side + "protoport");
    if (protoPort.isEmpty()) {
      return subnets;
    }
    TrafficSelector restriction = protoPort.get().value();
    List<TrafficSelector> restricted = subnets.value().stream()
        .map(ts -> ts.restrictedTo(restriction.protocol(), restriction.ports())).toList();
    return subnets.isDefault() ? protoPort.get().map(p -> restricted) : subnets.map(s -> restricted);
  }

  private VolumeLimits volume(String lifeKey, String marginKey) {
    return ConfLifetimes.volume(reader.read(Scalars.UNSIGNED, 0L, lifeKey), reader.read(Scalars.UNSIGNED, 0L, marginKey), fuzz);
  }
}
