// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.ChildLifetimes;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.IkeLifetimes;
import io.github.ipseclint.model.ipsec.VolumeLimits;
import java.time.Duration;
import java.util.Optional;

/**
 * ipsec.conf's {@code lifetime}/{@code margin}/{@code fuzz} triple converted to the normalized
 * timers (negotiation.md §12.1): soft = lifetime - margin, random = margin x fuzz, over = margin.
 * A derived value points at the first of its inputs that was configured, else at the header.
 */
final class ConfLifetimes {
  private ConfLifetimes() {}

  /** The three inputs and the {@code rekey=} switch. */
  record Inputs(Configured<Duration> life, Configured<Duration> margin, Configured<Integer> fuzz, Configured<Boolean> rekey) {

    Configured<Duration> soft() {
      Duration soft = life.value().minus(margin.value());
      return derive(rekey.value() ? (soft.isNegative() ? Duration.ZERO : soft) : Duration.ZERO, life, margin, rekey);
    }

    Configured<Duration> rand() {
      Duration rand = margin.value().multipliedBy(fuzz.value()).dividedBy(100);
      return derive(rekey.value() ? rand : Duration.ZERO, margin, fuzz, rekey);
    }
  }

  /**
   * The IKE SA: with {@code reauth=yes} the soft time is a reauthentication (stroke's default),
   * otherwise a rekey.
   */
  static IkeLifetimes ike(Inputs inputs, Configured<Boolean> reauth) {
    Configured<Duration> soft = inputs.soft();
    Configured<Duration> none = derive(Duration.ZERO, reauth);
    boolean reauthenticate = reauth.value();
    return new IkeLifetimes(
        reauthenticate ? derive(Duration.ZERO, reauth) : soft,
        reauthenticate ? derive(soft.value(), inputs.life(), inputs.margin(), reauth) : none,
        inputs.margin(),
        inputs.rand());
  }

  static ChildLifetimes child(Inputs inputs, Optional<VolumeLimits> bytes, Optional<VolumeLimits> packets) {
    return new ChildLifetimes(inputs.soft(), inputs.life(), inputs.rand(), bytes, packets);
  }

  /** ipsec.conf volume limits: rekey at life - margin, random margin x fuzz. */
  static VolumeLimits volume(Configured<Long> life, Configured<Long> margin, Configured<Integer> fuzz) {
    long soft = Math.max(0, life.value() - margin.value());
    return new VolumeLimits(derive(life.value() == 0 ? 0L : soft, life, margin), life,
        derive(margin.value() * fuzz.value() / 100, margin, fuzz));
  }

  @SafeVarargs
  static <T> Configured<T> derive(T value, Configured<?>... inputs) {
    for (Configured<?> input : inputs) {
      if (!input.isDefault()) {
        return new Configured<>(value, input.span(), input.provenance());
      }
    }
    return Configured.byDefault(value, inputs[0].span());
  }
}
