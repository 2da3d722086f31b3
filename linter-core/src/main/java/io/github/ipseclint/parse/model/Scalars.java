// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Booleans, numbers and percentages as each front end reads them. */
final class Scalars {
  /** starter: {@code yes} or {@code no}, case-sensitive. */
  static final ValueType<Boolean> STARTER_BOOLEAN = new ValueType<>("yes or no",
      text -> text.equals("yes") ? Optional.of(true) : text.equals("no") ? Optional.of(false) : Optional.empty());

  /** vici: case-insensitive yes/true/enabled/1 and no/false/disabled/0 (formats.md §3.5). */
  static final ValueType<Boolean> VICI_BOOLEAN = new ValueType<>("yes, true, enabled, 1, no, false, disabled or 0",
      text -> bool(text.toLowerCase(Locale.ROOT), Set.of("yes", "true", "enabled", "1"), Set.of("no", "false", "disabled", "0")));

  /**
   * pluto 5.x: yes|no|true|false|on|off|y|n (formats.md §5.3), and 1|0 (the keyword table's
   * {@code yn_option_names} entries).
   */
  static final ValueType<Boolean> PLUTO_BOOLEAN = new ValueType<>("yes or no",
      text -> bool(text.toLowerCase(Locale.ROOT), Set.of("yes", "true", "on", "y", "1"),
          Set.of("no", "false", "off", "n", "0")));

  /** pluto's scaled counts: a whole number with an optional binary suffix Ki, Mi, Gi, Ti, Pi or Ei. */
  static final ValueType<Long> PLUTO_SCALED = new ValueType<>("a whole number with an optional Ki, Mi, Gi, Ti,"
      + " Pi or Ei suffix (or KiB ... EiB)", Scalars::scaled);

  static final ValueType<Integer> PORT = new ValueType<>("a port number from 0 to 65535",
      text -> number(text).filter(n -> n <= 65535).map(Long::intValue));

  /** A decimal integer immediately followed by {@code %} (starter's and pluto's {@code rekeyfuzz}). */
  static final ValueType<Integer> PERCENT = new ValueType<>("a whole number followed by '%'",
      text -> text.endsWith("%") ? number(text.substring(0, text.length() - 1)).filter(n -> n <= 100_000).map(Long::intValue)
          : Optional.empty());

  /** vici's byte and packet counts: an integer with an optional k, m or g (binary) suffix. */
  static final ValueType<Long> VOLUME = new ValueType<>("a whole number with an optional k, m or g suffix", Scalars::volume);

  /** starter's unsigned integers. */
  static final ValueType<Long> UNSIGNED = new ValueType<>("a whole number", Scalars::number);

  private static final Map<Character, Long> VOLUME_UNITS = Map.of('k', 1L << 10, 'm', 1L << 20, 'g', 1L << 30);

  private Scalars() {}

  private static Optional<Boolean> bool(String text, Set<String> yes, Set<String> no) {
    return yes.contains(text) ? Optional.of(true) : no.contains(text) ? Optional.of(false) : Optional.empty();
  }

  static Optional<Long> number(String text) {
    int end = Durations.digits(text);
    return end == text.length() && end > 0 && end <= 18 ? Optional.of(Long.parseLong(text)) : Optional.empty();
  }

  private static Optional<Long> scaled(String text) {
    int end = Durations.digits(text);
    String suffix = text.substring(end);
    if (suffix.length() == 3 && suffix.endsWith("B")) {
      suffix = suffix.substring(0, 2); // byte counts: KiB ... EiB (formats.md §5.3)
    }
    int power = java.util.List.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei").indexOf(suffix);
    return power < 0 ? Optional.empty() : number(text.substring(0, end)).map(n -> n << (10 * power));
  }

  private static Optional<Long> volume(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Long unit = VOLUME_UNITS.get(Character.toLowerCase(text.charAt(text.length() - 1)));
    return unit == null ? number(text) : number(text.substring(0, text.length() - 1)).map(n -> n * unit);
  }

  /** An enumeration: the listed words, with the case rule of the front end. */
  static <E> ValueType<E> choice(Map<String, E> words, boolean caseSensitive) {
    return new ValueType<>("one of " + String.join(", ", new java.util.TreeSet<>(words.keySet())),
        text -> Optional.ofNullable(words.get(caseSensitive ? text : text.toLowerCase(Locale.ROOT))));
  }
}
