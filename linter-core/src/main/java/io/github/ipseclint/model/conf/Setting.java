// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/**
 * An indented {@code key=value} line. An empty {@link #value()} is {@code key=} with nothing
 * after the {@code =}; what that means differs per dialect and is decided by the resolver.
 */
public record Setting(Located<ByteText> key, Optional<ConfValue> value, Span span)
    implements ConfStatement {

  public ByteText keyText() {
    return key.value();
  }

  /** The value text, or empty text for {@code key=}. */
  public ByteText valueText() {
    // Read for every setting several times while resolving: no Optional.map allocation.
    return value.isPresent() ? value.get().text() : ByteText.EMPTY;
  }
}
