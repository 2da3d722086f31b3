// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.settings.MergedSection;
import io.github.ipseclint.model.settings.SettingsLookup;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.parse.FindingSink;

/**
 * Section references ({@code name : ref { ... }}) whose target does not exist. libstrongswan
 * resolves them at lookup time and silently ignores a missing one (formats.md §3.3), so a typo
 * quietly drops every inherited setting.
 */
final class SettingsReferences {
  private final FileKind kind;
  private final FindingSink sink;

  SettingsReferences(FileKind kind, FindingSink sink) {
    this.kind = kind;
    this.sink = sink;
  }

  void check(MergedSection root) {
    check(root, new SettingsLookup(root));
  }

  private void check(MergedSection section, SettingsLookup lookup) {
    for (Located<ByteText> reference : section.references()) {
      if (lookup.sectionsAt(SettingsLookup.split(reference.value())).isEmpty()) {
        sink.report(CoreRule.UNDEFINED_REFERENCE, Severity.WARNING, reference.span(),
            "section '" + section.path().display() + "' refers to '" + reference.value().display()
                + "', which does not exist: " + (kind == FileKind.SWANCTL_CONF ? "swanctl" : "strongSwan")
                + " silently ignores the reference and nothing is inherited from it; name an existing"
                + " section by its full dotted path from the file root");
      }
    }
    for (MergedSection child : section.sections()) {
      check(child, lookup);
    }
  }
}
