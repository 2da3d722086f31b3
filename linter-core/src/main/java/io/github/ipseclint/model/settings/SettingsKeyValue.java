// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/**
 * {@code key = value} as written. An empty {@link #value()} is {@code key =}: the daemon stores
 * "no value", which hides an inherited value; {@code key = ""} is a present, empty value.
 */
public record SettingsKeyValue(Located<ByteText> key, Optional<SettingsValue> value, Span span)
    implements SettingsStatement {

  public ByteText keyText() {
    return key.value();
  }

  @Override
  public String toString() {
    String shown = value.isEmpty() ? "(no value)"
        : SensitiveValues.isSensitiveKey(keyText()) ? SensitiveValues.MASK : value.get().text().display();
    return keyText().display() + " = " + shown + " @" + span;
  }
}
