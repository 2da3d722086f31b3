// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.FindingSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed options of one section: a value that does not parse is reported as
 * {@code invalid-value} and replaced by the daemon default, marked as such, so the model never
 * holds text it could not understand.
 */
final class OptionReader {
  private final OptionSource source;
  private final Span home;
  private final FindingSink sink;
  private final String consequence;
  private final Set<String> consulted = new HashSet<>();

  /**
   * @param home where defaults point: the section header
   * @param consequence what the daemon does with an invalid value, for messages; {@code <key>}
   *     stands for the option's name
   */
  OptionReader(OptionSource source, Span home, FindingSink sink, String consequence) {
    this.source = source;
    this.home = home;
    this.sink = sink;
    this.consequence = consequence;
  }

  Span home() {
    return home;
  }

  FindingSink sink() {
    return sink;
  }

  /** The options of the section that have a value. */
  List<String> keys() {
    return source.keys();
  }

  /**
   * The first of {@code keys} (a keyword and its aliases) that is set, nearest first: a value
   * written in the section beats one it gets through {@code also=}, which beats {@code %default},
   * as the daemons treat aliases as one keyword ({@code keylife=1h} overrides a
   * {@code salifetime=24h} in {@code %default}).
   */
  Optional<RawValue> raw(String... keys) {
    consulted.addAll(Arrays.asList(keys));
    RawValue best = null;
    for (String key : keys) {
      Optional<RawValue> raw = source.raw(key);
      if (raw.isPresent() && (best == null || distance(raw.get()) < distance(best))) {
        best = raw.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(RawValue raw) {
    switch (raw.provenance().kind()) {
      case WRITTEN:
        return 0;
      case INHERITED_DEFAULT:
        return 2;
      default:
        return 1;
    }
  }

  <T> Configured<T> byDefault(T value) {
    return Configured.byDefault(value, home);
  }

  <T> Configured<T> read(ValueType<T> type, T fallback, String... keys) {
    return optional(type, keys).orElseGet(() -> byDefault(fallback));
  }

  <T> Optional<Configured<T>> optional(ValueType<T> type, String... keys) {
    Optional<RawValue> raw = raw(keys);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> value = type.parse(raw.get().latin1());
    if (value.isEmpty()) {
      invalid(raw.get(), type.expected());
    }
    return value.map(raw.get()::with);
  }

  /** A comma-separated list; invalid items are reported and dropped, none left gives the default. */
  <T> Configured<List<T>> list(ValueType<T> type, List<T> fallback, String... keys) {
    Optional<RawValue> raw = raw(keys);
    if (raw.isEmpty()) {
      return byDefault(List.copyOf(fallback));
    }
    List<T> items = items(raw.get(), type);
    return items.isEmpty() ? byDefault(List.copyOf(fallback)) : raw.get().with(List.copyOf(items));
  }

  <T> List<T> items(RawValue raw, ValueType<T> type) {
    List<T> items = new ArrayList<>();
    for (String item : split(raw.latin1())) {
      type.parse(item).ifPresentOrElse(items::add, () -> invalidItem(raw, item, type.expected()));
    }
    return items;
  }

  /** Splits at commas with surrounding blanks removed, as all three front ends split lists. */
  static List<String> split(String text) {
    return Arrays.stream(text.split(",", -1)).map(String::trim).filter(item -> !item.isEmpty()).toList();
  }

  /**
   * Checks the options the converter did not read, by the type {@code typeOf} gives their
   * name: the daemon parses every value when it loads the connection (pluto 5.x, vici), so a bad
   * value of an option the model does not hold refuses the connection just the same.
   */
  void checkRemaining(Collection<String> keys, Function<String, Optional<ValueType<?>>> typeOf) {
    for (String key : keys) {
      if (!consulted.contains(key)) {
        typeOf.apply(key).ifPresent(type -> optional(type, key));
      }
    }
  }

  void invalid(RawValue raw, String expected) {
    sink.report(CoreRule.INVALID_VALUE, raw.span(), "'" + raw.key() + "=" + raw.text().display() + "' is not "
        + expected + "; " + consequence.replace("<key>", raw.key()) + "; write " + expected);
  }

  private void invalidItem(RawValue raw, String item, String expected) {
    sink.report(CoreRule.INVALID_VALUE, raw.span(), "'" + item + "' in '" + raw.key() + "' is not "
        + expected + "; " + consequence.replace("<key>", raw.key()) + "; write " + expected);
  }
}
