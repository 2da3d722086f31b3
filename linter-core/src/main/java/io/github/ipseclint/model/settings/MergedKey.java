// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/**
 * A key after duplicates are merged: the last assignment wins, the first one keeps the key's
 * place in enumeration order (formats.md §3.3).
 *
 * @param firstSpan where the key was first written (its enumeration position)
 * @param winner the assignment that wins
 */
public record MergedKey(ByteText key, Span firstSpan, SettingsKeyValue winner) {

  /** Empty for {@code key =} (no value). */
  public Optional<SettingsValue> value() {
    return winner.value();
  }

  public Span span() {
    return winner.span();
  }
}
