// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.source;

import java.util.Objects;

/** A value and the place where it was written. */
public record Located<T>(T value, Span span) {
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
