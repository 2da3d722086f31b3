// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@code swanctl.conf} or {@code strongswan.conf} with everything it includes: each file's
 * syntax tree, the merged tree (includes inserted where they are written, duplicates merged) and
 * the resolved view with references applied as libstrongswan's lookups apply them.
 *
 * @param kind {@code SWANCTL_CONF} or {@code STRONGSWAN_CONF}, as the file was read
 * @param trees every file's syntax tree, the top file first, each file once
 * @param root the merged tree
 * @param resolved the merged tree with references applied
 * @param valid false when any file has a syntax error: the daemon then loads nothing from the
 *     top file (swanctl continues with an empty configuration)
 */
public record SettingsDocument(
    FileKind kind, Target target, List<SettingsFile> trees, MergedSection root, ResolvedSection resolved,
    boolean valid)
    implements Document {

  public SettingsDocument {
    trees = List.copyOf(trees);
    if (!kind.isSettingsSyntax()) {
      throw new IllegalArgumentException("not a settings file kind: " + kind);
    }
  }

  @Override
  public List<SourceFile> files() {
    return trees.stream().map(SettingsFile::file).toList();
  }

  /** Looks up a value the way the daemon does, e.g. {@code value("connections", "a", "version")}. */
  public Optional<ResolvedValue> value(String... path) {
    List<ByteText> names = Arrays.stream(path).map(ByteText::new).toList();
    return new SettingsLookup(root)
        .value(names.subList(0, names.size() - 1), names.get(names.size() - 1))
        .filter(ResolvedValue::isPresent);
  }
}
