// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The duration syntaxes of the daemons (formats.md §2.4, §5.3). */
final class Durations {
  /** starter's and vici's: decimal integer seconds with an optional s, m, h or d suffix. */
  static final ValueType<Duration> STRONGSWAN =
      new ValueType<>("a whole number with an optional s, m, h or d suffix", Durations::strongswan);

  /** pluto's: a decimal number, fractions allowed, with an optional unit us, ms, s, m, h, d or w. */
  static final ValueType<Duration> LIBRESWAN =
      new ValueType<>("a number with an optional unit us, ms, s, m, h, d or w", Durations::libreswan);

  private static final Map<String, Long> STRONGSWAN_UNITS = Map.of("", 1L, "s", 1L, "m", 60L, "h", 3600L, "d", 86400L);

  /** Microseconds per unit. */
  private static final Map<String, Long> LIBRESWAN_UNITS = Map.of(
      "us", 1L, "ms", 1_000L, "", 1_000_000L, "s", 1_000_000L, "m", 60_000_000L, "h", 3_600_000_000L,
      "d", 86_400_000_000L, "w", 604_800_000_000L);

  private Durations() {}

  private static Optional<Duration> strongswan(String text) {
    int end = digits(text);
    if (end == 0 || end > 12 || !STRONGSWAN_UNITS.containsKey(text.substring(end))) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(text.substring(0, end)) * STRONGSWAN_UNITS.get(text.substring(end))));
  }

  private static Optional<Duration> libreswan(String text) {
    int end = digits(text);
    if (end < text.length() && text.charAt(end) == '.') {
      end = end + 1 + digits(text.substring(end + 1));
    }
    String number = text.substring(0, end);
    Long unit = LIBRESWAN_UNITS.get(text.substring(end));
    if (number.isEmpty() || number.equals(".") || number.length() > 15 || unit == null) {
      return Optional.empty();
    }
    long micros = new BigDecimal(number).multiply(BigDecimal.valueOf(unit)).longValue();
    return Optional.of(Duration.ofNanos(micros * 1000));
  }

  /** The length of the leading run of ASCII digits. */
  static int digits(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end;
  }
}
