// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.keyword.Keyword;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The value types the daemons check when a connection is loaded, for the options the model does
 * not read, taken from the keyword tables' {@code type} column: pluto 5.x checks conn values
 * when the conn is added (formats.md §5.3 "Values checked later", §5.4), vici when swanctl
 * loads the connection ({@code invalid value for: <key>, config discarded}, §3.5). A type the
 * table describes only in words (addresses, identities, strings) is not checked here.
 */
final class LoadTimeValues {
  /** vici converts single values through a 512-byte buffer; a longer one is invalid (formats.md §3.5). */
  static final int VICI_VALUE_LIMIT = 512;

  private LoadTimeValues() {}

  /** The type pluto checks for a conn option, by its canonical name ({@code leftsendcert}). */
  static Optional<ValueType<?>> pluto(String key) {
    return KeywordTables.LIBRESWAN_IPSEC_CONF.lookup(key).stream()
        .filter(keyword -> keyword.sections().stream().anyMatch(section -> section.startsWith("conn")))
        .findFirst()
        .flatMap(keyword -> plutoType(keyword.valueType()));
  }

  /** The type vici checks for a swanctl option, by its table name ({@code connections.<conn>.mobike}). */
  static Optional<ValueType<?>> swanctl(String name) {
    Optional<Keyword> keyword = KeywordTables.SWANCTL_CONF.lookup(name).stream().findFirst();
    if (keyword.isEmpty() || keyword.get().valueType().startsWith("section")) {
      return Optional.empty();
    }
    String type = keyword.get().valueType();
    if (type.contains("list") || type.startsWith("proposal")) {
      return Optional.empty(); // split into items first; the converter checks the items it reads
    }
    ValueType<?> checked = viciType(type).orElse(new ValueType<>("a value", Optional::of));
    return Optional.of(limited(checked));
  }

  private static Optional<ValueType<?>> plutoType(String type) {
    if (type.startsWith("yes/no (")) {
      return Optional.of(Scalars.PLUTO_BOOLEAN);
    }
    if (type.startsWith("yes/no or ")) {
      return Optional.of(either(Scalars.PLUTO_BOOLEAN, Scalars.UNSIGNED, "yes, no or a whole number"));
    }
    if (type.startsWith("enum: ") && !type.contains("hostname")) {
      // "enum: hostname | address" (left, right, nexthop) describes a host, it lists no words
      return Optional.of(Scalars.choice(words(type.substring(6)), false));
    }
    if (type.equals("integer")) {
      return Optional.of(Scalars.UNSIGNED);
    }
    if (type.equals("port (integer)")) {
      return Optional.of(Scalars.PORT);
    }
    if (type.startsWith("integer with optional binary scale suffix")) {
      return Optional.of(Scalars.PLUTO_SCALED);
    }
    return type.startsWith("duration (") ? Optional.of(Durations.LIBRESWAN) : Optional.empty();
  }

  private static Optional<ValueType<?>> viciType(String type) {
    if (type.startsWith("yes/no (")) {
      return type.endsWith("| encap")
          ? Optional.of(either(Scalars.VICI_BOOLEAN, Scalars.choice(Map.of("encap", true), false),
              "yes, no or encap"))
          : Optional.of(Scalars.VICI_BOOLEAN);
    }
    if (type.startsWith("enum: ") && !type.contains("combined")) {
      String words = type.substring(6).replace("(case-insensitive)", "").trim();
      return Optional.of(Scalars.choice(words(words), false));
    }
    if (type.equals("integer (32-bit unsigned)")) {
      return Optional.of(new ValueType<>("a whole number below 2^32",
          text -> Scalars.number(text).filter(n -> n <= 0xffff_ffffL)));
    }
    return type.startsWith("duration (") ? Optional.of(Durations.STRONGSWAN) : Optional.empty();
  }

  /** The words of an {@code a | b | c} list, lower case (both daemons compare enums ignoring case). */
  private static Map<String, String> words(String list) {
    Map<String, String> words = new LinkedHashMap<>();
    Arrays.stream(list.split("\\|")).map(String::trim).filter(word -> !word.isEmpty())
        .forEach(word -> words.put(word.toLowerCase(Locale.ROOT), word));
    return words;
  }

  private static ValueType<Object> either(ValueType<?> first, ValueType<?> second, String expected) {
    return new ValueType<>(expected, text -> first.parse(text).<Object>map(value -> value)
        .or(() -> second.parse(text).map(value -> value)));
  }

  private static ValueType<Object> limited(ValueType<?> type) {
    return new ValueType<>(type.expected() + " (under " + VICI_VALUE_LIMIT + " bytes)",
        text -> text.length() >= VICI_VALUE_LIMIT ? Optional.empty() : type.parse(text).map(value -> value));
  }
}
