// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/**
 * A key as a lookup in its section sees it, references applied.
 *
 * @param value empty when the winning assignment is {@code key =}: the key is then absent for
 *     lookups and enumeration, and hides values inherited through references
 * @param span where the winning assignment is written
 * @param inheritedFrom the path of the section it is written in, when that is not the section
 *     looked up (it came through a reference)
 */
public record ResolvedValue(ByteText key, Optional<SettingsValue> value, Span span, Optional<ByteText> inheritedFrom) {

  public boolean isPresent() {
    return value.isPresent();
  }

  public boolean isInherited() {
    return inheritedFrom.isPresent();
  }

  /** The value text; empty text for an absent value. */
  public ByteText text() {
    return value.map(SettingsValue::text).orElse(ByteText.EMPTY);
  }

  @Override
  public String toString() {
    String shown = value.isEmpty() ? "(no value)"
        : SensitiveValues.isSensitiveKey(key) ? SensitiveValues.MASK : value.get().text().display();
    return key.display() + " = " + shown + " @" + span;
  }
}
