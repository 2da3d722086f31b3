// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.List;

/**
 * {@code name : ref1, ref2 { ... }} as written. References are absolute dotted paths from the
 * file root, resolved at lookup time (formats.md §3.3).
 */
public record SettingsSection(
    Located<ByteText> name, List<Located<ByteText>> references, List<SettingsStatement> statements, Span span)
    implements SettingsStatement {

  public SettingsSection {
    references = List.copyOf(references);
    statements = List.copyOf(statements);
  }
}
