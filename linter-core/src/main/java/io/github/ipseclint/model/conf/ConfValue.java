// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import java.util.List;

/**
 * A value as the daemon stores it: {@link #text()} is the parts joined the way that dialect joins
 * them (strongSwan: one SPACE between parts; Libreswan: exactly one part), with quotes removed and
 * escapes applied. {@link #parts()} keep each token as written, for rules that explain quoting.
 */
public record ConfValue(ByteText text, List<ValuePart> parts, Span span) {

  public ConfValue {
    parts = List.copyOf(parts);
  }

  /** True when any part was quoted (double quotes or Libreswan braces). */
  public boolean isQuoted() {
    return parts.stream().anyMatch(part -> part.quoting() != Quoting.NONE);
  }
}
