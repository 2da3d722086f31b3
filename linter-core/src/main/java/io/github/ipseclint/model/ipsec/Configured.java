// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.source.Span;
import java.util.Objects;
import java.util.function.Function;

/**
 * A model value, where it was written and how it reached the connection. A daemon default points
 * at the section header (or the section that would have held the option), so that a rule can
 * report a missing setting there.
 */
public record Configured<T>(T value, Span span, Provenance provenance) {

  public Configured {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(provenance, "provenance");
  }

  public static <T> Configured<T> byDefault(T value, Span span) {
    return new Configured<>(value, span, Provenance.DAEMON_DEFAULT);
  }

  public boolean isDefault() {
    return provenance.isDefault();
  }

  /** The same place and provenance with a derived value. */
  public <U> Configured<U> map(Function<T, U> function) {
    return new Configured<>(function.apply(value), span, provenance);
  }

  @Override
  public String toString() {
    return value + " [" + provenance.label() + " @" + span + "]";
  }
}
