// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.TestHosts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each end's timers (negotiation.md §12.1) and which end rekeys first (§14.2 C13 step 1). */
class TimersTest {
  @RegisterExtension
  final TestHosts hosts = new TestHosts();
  private final SiteEnds ends = new SiteEnds(hosts);

  private static TimeWindow window(long fromMinutes, long toMinutes) {
    return new TimeWindow(Duration.ofMinutes(fromMinutes), Duration.ofMinutes(toMinutes));
  }

  private static LifecycleEnd end(Peer peer, boolean setupInitiator) {
    return new LifecycleEnd(setupInitiator ? Side.LEFT : Side.RIGHT, peer, peer.connection().children().get(0),
        setupInitiator, List.of(), List.of());
  }

  @Test
  void swanctlRekeysAnHourMinusUpToSixMinutesAndExpiresAt66() {
    ChildTimers timers = end(ends.swanctl(Side.LEFT, "strongswan-6.0.6", "", ""), true).childTimers();

    assertThat(timers.rekey()).contains(window(54, 60));
    assertThat(timers.hardExpiry()).contains(Duration.ofMinutes(66));
  }

  @Test
  void strokeRekeysAt42To51AndReauthenticatesAt2h42To2h51() {
    LifecycleEnd stroke = end(ends.stroke(Side.LEFT, "strongswan-5.9.8", "auto=start"), true);

    assertThat(stroke.childTimers().rekey()).contains(window(42, 51));
    assertThat(stroke.childTimers().hardExpiry()).contains(Duration.ofHours(1));
    assertThat(stroke.ikeTimers().reauth()).contains(window(162, 171));
    assertThat(stroke.ikeTimers().rekey()).isEmpty();
  }

  @Test
  void swanctlRekeysTheIkeSaWithoutReauthentication() {
    IkeTimers timers = end(ends.swanctl(Side.LEFT, "strongswan-6.0.6", "", ""), true).ikeTimers();

    assertThat(timers.rekey()).contains(window(216, 240));
    assertThat(timers.reauth()).isEmpty();
  }

  @Test
  void libreswanRandomisesOnlyAsInitiatorOfTheSa() {
    Peer libreswan = ends.libreswan(Side.LEFT, "libreswan-5.3", "auto=start");

    assertThat(end(libreswan, true).childTimers().rekey()).contains(window(462, 471));
    assertThat(end(libreswan, false).childTimers().rekey())
        .contains(TimeWindow.at(Duration.ofHours(8).minus(Duration.ofSeconds(270))));
    assertThat(end(libreswan, false).childTimers().hardExpiry()).contains(Duration.ofHours(8));
  }

  @Test
  void rekeyNoLeavesOnlyTheHardExpiry() {
    ChildTimers libreswan = end(ends.libreswan(Side.LEFT, "libreswan-4.10", "rekey=no"), true).childTimers();
    ChildTimers swanctl = end(ends.swanctl(Side.LEFT, "strongswan-6.0.6", "", "rekey_time = 0\nlife_time = 2h"), true)
        .childTimers();

    assertThat(libreswan.rekey()).isEmpty();
    assertThat(libreswan.hardExpiry()).contains(Duration.ofHours(8));
    assertThat(swanctl.rekey()).isEmpty();
    assertThat(swanctl.hardExpiry()).contains(Duration.ofHours(2));
  }

  @Test
  void strongswanRekeysBeforeLibreswanWithDefaultLifetimes() {
    RekeyOrder order = new RekeyOrder(end(ends.libreswan(Side.LEFT, "libreswan-4.10", "auto=start"), true),
        end(ends.swanctl(Side.RIGHT, "strongswan-5.9.8", "", ""), false));

    assertThat(order.firstRekeyers()).containsExactly(Optional.of(Side.RIGHT));
    assertThat(order.deletion()).contains(Duration.ofMinutes(66));
  }

  @Test
  void overlappingWindowsGiveBothOrders() {
    RekeyOrder order = new RekeyOrder(end(ends.stroke(Side.LEFT, "strongswan-5.9.8", "auto=start"), true),
        end(ends.stroke(Side.RIGHT, "strongswan-5.9.8", "auto=add"), false));

    assertThat(order.firstRekeyers()).containsExactly(Optional.of(Side.LEFT), Optional.of(Side.RIGHT));
  }

  @Test
  void betweenTwoLibreswansTheInitiatorOfTheSaRekeysFirst() {
    RekeyOrder order = new RekeyOrder(end(ends.libreswan(Side.LEFT, "libreswan-5.3", "auto=start"), true),
        end(ends.libreswan(Side.RIGHT, "libreswan-5.3", "auto=add"), false));

    assertThat(order.firstRekeyers()).containsExactly(Optional.of(Side.LEFT));
  }

  @Test
  void aWindowAfterThePeersHardExpiryNeverFires() {
    RekeyOrder order = new RekeyOrder(end(ends.libreswan(Side.LEFT, "libreswan-5.3", "salifetime=8h"), true),
        end(ends.swanctl(Side.RIGHT, "strongswan-6.0.6", "", "rekey_time = 0\nlife_time = 1h"), false));

    assertThat(order.firstRekeyers()).containsExactly(Optional.empty());
  }

  @Test
  void windowsDescribeThemselvesLikeTheSpec() {
    assertThat(window(42, 51).describe()).isEqualTo("42-51 min");
    assertThat(window(162, 171).describe()).isEqualTo("2h42-2h51");
    assertThat(TimeWindow.at(Duration.ofMinutes(66)).describe()).isEqualTo("1h06");
    assertThat(window(42, 51).overlaps(window(51, 60))).isTrue();
    assertThat(window(42, 51).overlaps(window(52, 60))).isFalse();
  }
}
