// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;

/**
 * The value a section ends up with for one key, and where it was written.
 *
 * @param setting the written setting that won (its span is where the value was written, e.g. the
 *     {@code %default} line for an inherited value)
 * @param origin whether it is the section's own value or inherited
 * @param from the section it was inherited from ({@code %default} or an {@code also=} target);
 *     the section's own name for {@link Origin#OWN}
 */
public record ResolvedSetting(Setting setting, Origin origin, ByteText from) {

  /** Where a value came from. */
  public enum Origin {
    OWN,
    ALSO,
    DEFAULT
  }

  public ByteText value() {
    return setting.valueText();
  }
}
