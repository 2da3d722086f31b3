// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/** {@code config setup}, {@code conn <name>} or {@code ca <name>} at column 0. */
public record SectionHeader(SectionKind kind, Optional<Located<ByteText>> name, Span span)
    implements ConfStatement {

  /** The conn or ca name, or empty for {@code config setup}. */
  public ByteText nameText() {
    return name.map(Located::value).orElse(ByteText.EMPTY);
  }

  /** True for {@code conn %default} and {@code ca %default}. */
  public boolean isDefault() {
    return kind != SectionKind.CONFIG_SETUP && nameText().latin1().equals("%default");
  }
}
