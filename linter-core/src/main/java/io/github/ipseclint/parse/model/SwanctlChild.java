// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.ChildAction;
import io.github.ipseclint.model.ipsec.ChildLifetimes;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.IpsecMode;
import io.github.ipseclint.model.ipsec.StartAction;
import io.github.ipseclint.model.ipsec.TrafficSelector;
import io.github.ipseclint.model.ipsec.VolumeLimits;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.proposal.ProposalSyntax;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One {@code children.<name>} section with vici's defaults (negotiation.md §1.2, §12.1). */
final class SwanctlChild {
  private static final List<TrafficSelector> DYNAMIC = List.of(TrafficSelector.dynamic());

  private SwanctlChild() {}

  static Child convert(ResolvedSection section, Target target, IkeVersion version, FindingSink sink, String consequence) {
    OptionReader reader = new OptionReader(new SwanctlSource(section), section.span(), sink, consequence);
    ChildLifetimes lifetimes = lifetimes(reader);
    Child child = new Child(section.name().display(), section.span(),
        reader.list(Selectors.STRONGSWAN, DYNAMIC, "local_ts"),
        reader.list(Selectors.STRONGSWAN, DYNAMIC, "remote_ts"),
        reader.read(target.version().isAtLeast(new Version(6, 0, 2)) ? Choices.SWANCTL_MODE_6_0_2 : Choices.SWANCTL_MODE,
            IpsecMode.TUNNEL, "mode"),
        proposals(new ProposalOptions(reader, target, ProposalSyntax.SWANCTL), version),
        Optional.empty(),
        lifetimes,
        lifetimes.rekey().map(rekey -> !rekey.isZero()),
        reader.read(Choices.SWANCTL_START, StartAction.NONE, "start_action"),
        reader.read(Choices.SWANCTL_ACTION, ChildAction.CLEAR, "close_action"),
        reader.read(Choices.SWANCTL_ACTION, ChildAction.CLEAR, "dpd_action"),
        Optional.empty());
    reader.checkRemaining(reader.keys(),
        key -> LoadTimeValues.swanctl("connections.<conn>.children.<child>." + key));
    return child;
  }

  /** AH when {@code ah_proposals} is set, ESP when written or when nothing else is (vici's default). */
  private static List<Configured<ProposalSet>> proposals(ProposalOptions options, IkeVersion version) {
    List<Configured<ProposalSet>> sets = new ArrayList<>();
    Optional<RawValue> ah = options.reader().raw("ah_proposals");
    Optional<RawValue> esp = options.reader().raw("esp_proposals");
    ah.ifPresent(raw -> sets.add(options.read(Protocol.AH, version, true, ah)));
    if (esp.isPresent() || ah.isEmpty()) {
      sets.add(options.read(Protocol.ESP, version, true, esp));
    }
    return sets;
  }

  /** rekey 1 h, life = rekey x 1.1, rand = life - rekey; the same scheme for bytes and packets. */
  private static ChildLifetimes lifetimes(OptionReader reader) {
    Configured<Duration> rekey = reader.read(Durations.STRONGSWAN, Duration.ofHours(1), "rekey_time");
    Configured<Duration> life = reader.optional(Durations.STRONGSWAN, "life_time")
        .orElseGet(() -> ConfLifetimes.derive(rekey.value().multipliedBy(11).dividedBy(10), rekey));
    Configured<Duration> rand = reader.optional(Durations.STRONGSWAN, "rand_time")
        .orElseGet(() -> ConfLifetimes.derive(life.value().minus(rekey.value()).isNegative()
            ? Duration.ZERO : life.value().minus(rekey.value()), life, rekey));
    return new ChildLifetimes(rekey, life, rand,
        Optional.of(volume(reader, "bytes")), Optional.of(volume(reader, "packets")));
  }

  private static VolumeLimits volume(OptionReader reader, String unit) {
    Configured<Long> rekey = reader.read(Scalars.VOLUME, 0L, "rekey_" + unit);
    Configured<Long> life = reader.optional(Scalars.VOLUME, "life_" + unit)
        .orElseGet(() -> ConfLifetimes.derive(rekey.value() * 11 / 10, rekey));
    Configured<Long> rand = reader.optional(Scalars.VOLUME, "rand_" + unit)
        .orElseGet(() -> ConfLifetimes.derive(Math.max(0, life.value() - rekey.value()), life, rekey));
    return new VolumeLimits(rekey, life, rand);
  }
}
