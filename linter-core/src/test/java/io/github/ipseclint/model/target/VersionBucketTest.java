// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** negotiation.md §0.2 buckets and the older ones of algorithms.md §3. */
class VersionBucketTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "strongswan-5.5.3, SW560", "strongswan-5.6.0, SW560", "strongswan-5.6.1, SW561",
      "strongswan-5.8.4, SW561", "strongswan-5.9.0, SW59a", "strongswan-5.9.5, SW59a",
      "strongswan-5.9.6, SW59", "strongswan-5.9.14, SW59", "strongswan-6.0.0, SW60",
      "strongswan-6.0.1, SW60", "strongswan-6.0.2, SW602", "strongswan-6.1.0, SW602",
      "libreswan-3.27, LS3", "libreswan-3.28, LS328", "libreswan-3.32, LS328", "libreswan-4.0, LS4",
      "libreswan-4.15, LS4", "libreswan-5.0, LS5", "libreswan-5.3.2, LS5", "libreswan-5.4, LS54",
      "libreswan-5.5, LS54"})
  void placesReleasesInTheirBucket(String target, String bucket) {
    assertThat(VersionBucket.of(Target.parse(target).orElseThrow()).label()).isEqualTo(bucket);
  }
}
