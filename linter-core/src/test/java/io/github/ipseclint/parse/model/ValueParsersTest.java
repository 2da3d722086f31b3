// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.ipsec.HostAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueParsersTest {
  @Test
  void strongswanDurationsAreWholeNumbersWithOneSuffix() {
    assertThat(Durations.STRONGSWAN.parse("90")).contains(Duration.ofSeconds(90));
    assertThat(Durations.STRONGSWAN.parse("3h")).contains(Duration.ofHours(3));
    assertThat(Durations.STRONGSWAN.parse("1.5h")).isEmpty();
    assertThat(Durations.STRONGSWAN.parse("h")).isEmpty();
  }

  @Test
  void libreswanDurationsAllowFractionsAndMoreUnits() {
    assertThat(Durations.LIBRESWAN.parse("1.5h")).contains(Duration.ofMinutes(90));
    assertThat(Durations.LIBRESWAN.parse("250ms")).contains(Duration.ofMillis(250));
    assertThat(Durations.LIBRESWAN.parse("2w")).contains(Duration.ofDays(14));
    assertThat(Durations.LIBRESWAN.parse("10seconds")).isEmpty();
  }

  @Test
  void booleansFollowEachFrontEnd() {
    assertThat(Scalars.STARTER_BOOLEAN.parse("true")).isEmpty();
    assertThat(Scalars.VICI_BOOLEAN.parse("Enabled")).contains(true);
    assertThat(Scalars.PLUTO_BOOLEAN.parse("off")).contains(false);
    assertThat(Scalars.PERCENT.parse("100%")).contains(100);
    assertThat(Scalars.VOLUME.parse("2k")).contains(2048L);
  }

  @Test
  void selectorsWithProtocolPortAndServiceNames() {
    assertThat(Selectors.STRONGSWAN.parse("10.1.0.0/16[tcp/ssh]").map(Object::toString)).contains("10.1.0.0/16[6/22]");
    assertThat(Selectors.STRONGSWAN.parse("dynamic[udp/1000-2000]").map(Object::toString)).contains("dynamic[17/1000-2000]");
    assertThat(Selectors.STRONGSWAN.parse("10.0.0.1-10.0.0.9").map(Object::toString)).contains("10.0.0.1-10.0.0.9");
    assertThat(Selectors.STRONGSWAN.parse("10.1.0.0/33")).isEmpty();
    assertThat(Selectors.LIBRESWAN_SUBNET.parse("0/0").map(Object::toString)).contains("0.0.0.0/0");
    assertThat(Selectors.LIBRESWAN_SUBNET.parse("1.2.3.4/32/tcp/22").map(Object::toString)).contains("1.2.3.4/32[6/22]");
    assertThat(Selectors.LIBRESWAN_SUBNET.parse("vhost:%priv").map(Object::toString)).contains("dynamic");
  }

  @Test
  void hostsAreNeverResolved() {
    assertThat(Addresses.strongswanHost("vpn.example.org")).contains(new HostAddress.HostName("vpn.example.org"));
    assertThat(Addresses.strongswanHost("%defaultroute")).contains(new HostAddress.Any(HostAddress.Family.BOTH));
    assertThat(Addresses.libreswanHost("%defaultroute")).contains(new HostAddress.DefaultRoute());
    assertThat(Addresses.libreswanHost("%bogus")).isEqualTo(Optional.empty());
  }
}
