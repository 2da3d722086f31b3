// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.settings.MergedSection;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.settings.SettingsLookup;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.parse.FormatReader;
import io.github.ipseclint.parse.ReadContext;

/**
 * Reads {@code swanctl.conf} and {@code strongswan.conf} (libstrongswan's settings parser, 5.7.0
 * and later): parses the file and its includes, merges them, applies section references and, for
 * swanctl.conf, checks what swanctl and the daemon refuse when loading connections and secrets.
 */
public final class SettingsReader implements FormatReader {
  private final FileKind kind;

  public SettingsReader(FileKind kind) {
    if (!kind.isSettingsSyntax()) {
      throw new IllegalArgumentException("not a settings file kind: " + kind);
    }
    this.kind = kind;
  }

  @Override
  public Document read(SourceFile file, ReadContext context) {
    SettingsMerger merger = new SettingsMerger(kind, context);
    MergedSection root = merger.merge(file).build();
    ResolvedSection resolved = new SettingsLookup(root).resolveAll();
    boolean valid = merger.valid();
    // After a syntax error swanctl loads nothing from the file, so its structure does not matter.
    if (valid && context.target().isAtLeast(5, 7)) {
      new SettingsReferences(kind, context.findings()).check(root);
    }
    if (kind == FileKind.SWANCTL_CONF && valid) {
      new SwanctlStructure(context.target(), context.findings()).check(resolved);
    }
    return new SettingsDocument(kind, context.target(), merger.trees(), root, resolved, valid);
  }
}
