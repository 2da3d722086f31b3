// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.settings.MergedKey;
import io.github.ipseclint.model.settings.MergedSectionBuilder;
import io.github.ipseclint.model.settings.SensitiveValues;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.parse.FindingSink;

/**
 * Repeated keys and sections, which libstrongswan merges silently (formats.md §3.3): the last
 * value of a key wins and keeps the position of the first, a repeated section is merged.
 * Splitting a section over several files is how both formats are meant to be extended
 * ({@code conf.d/*.conf} adding to {@code connections}, {@code strongswan.d} snippets that a later
 * file overrides), so in swanctl.conf only a repeated connection, child, secret, pool or authority
 * (or a section inside one) counts, and in strongswan.conf only a repeat within one file.
 */
final class SettingsDuplicates {
  /** swanctl's containers: writing them several times is the normal way to split a config. */
  private static final String DOT_CHILDREN = ".children";

  private final FileKind kind;
  private final FindingSink sink;

  SettingsDuplicates(FileKind kind, FindingSink sink) {
    this.kind = kind;
    this.sink = sink;
  }

  /** Reports {@code section} being written again at {@code at}; true when reported. */
  boolean section(MergedSectionBuilder section, Span at) {
    Span earlier = earlier(section, at);
    if (earlier == null) {
      return false;
    }
    boolean swanctl = kind == FileKind.SWANCTL_CONF;
    sink.report(CoreRule.DUPLICATE_SECTION, swanctl ? Severity.WARNING : Severity.NOTE, at,
        label(section.path()) + " is written again (first at "
            + where(earlier, at) + "): " + (swanctl ? "swanctl" : "strongSwan")
            + " silently merges both, a key set in both takes the later value; "
            + (swanctl ? "rename one of them or merge them by hand" : "merge them into one section"));
    return true;
  }

  /** Reports the assignment {@code earlier} that {@code later} silently replaces. */
  void key(MergedSectionBuilder section, MergedKey earlier, SettingsKeyValue later) {
    Span replaced = earlier.winner().span();
    if (kind == FileKind.STRONGSWAN_CONF && !replaced.file().equals(later.span().file())) {
      return;
    }
    String value = SensitiveValues.isSensitive(section.path(), later.keyText())
        ? "the one" : "'" + later.value().map(v -> v.text().display()).orElse("") + "'";
    sink.report(CoreRule.DUPLICATE_KEY, Severity.WARNING, replaced,
        "duplicate key '" + later.keyText().display() + "' in " + label(section.path())
            + ": last value wins: " + value + " from " + where(later.span(), replaced)
            + " (the key keeps the position of this first one); "
            + (kind == FileKind.SWANCTL_CONF ? "swanctl" : "strongSwan")
            + " silently ignores this one, remove one of them");
  }

  /** Runs for every section written, so it looks at the path without building strings. */
  private Span earlier(MergedSectionBuilder section, Span at) {
    if (kind == FileKind.SWANCTL_CONF) {
      String path = section.path().latin1();
      boolean entity = path.indexOf('.') > 0 && !path.endsWith(DOT_CHILDREN);
      return entity ? section.firstDeclaration() : null;
    }
    return section.firstDeclarationIn(at.file());
  }

  private static String label(ByteText path) {
    return path.isEmpty() ? "the top level" : "section '" + path.display() + "'";
  }

  /** "line N", with the file when it differs from the one the finding is in. */
  private static String where(Span span, Span reportedAt) {
    return span.file().equals(reportedAt.file())
        ? "line " + span.line() : span.file().displayPath() + " line " + span.line();
  }
}
