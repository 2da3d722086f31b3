// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Fix;
import io.github.ipseclint.model.finding.TextEdit;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.keyword.Keyword;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.keyword.DidYouMean;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * starter's confread pass over a section's settings: the keyword table is looked up
 * case-sensitively; an unknown keyword is only a warning, a keyword of another section kind is
 * "unsupported" (fatal in {@code config setup}, drops a conn or ca). Deprecated keywords and value
 * checks need the merged sections and are done by {@link ConfreadCheck}.
 */
final class KeywordCheck {
  private final KeywordIndex index;
  private final FindingSink findings;
  private final Set<Setting> unsupported = new HashSet<>();

  KeywordCheck(Version version, FindingSink findings) {
    this.index = KeywordIndex.at(version);
    this.findings = findings;
  }

  /** Checks the settings that survive merging in one section (an empty value never reaches confread). */
  void check(SectionDraft section) {
    for (Setting setting : section.ownSettings()) {
      if (!setting.valueText().isEmpty()) {
        check(section, setting);
      }
    }
  }

  /** The table entry confread converts {@code key} with in a section of that kind, or null when it knows none. */
  KeywordIndex.Usable usable(String key, SectionKind kind) {
    return index.usable(key, kind);
  }

  /** True when the setting is of another section kind, so that its section does not load. */
  boolean isUnsupported(Setting setting) {
    // Asked for every effective setting: a Setting's hash walks the whole record, and the set is
    // nearly always empty.
    return !unsupported.isEmpty() && unsupported.contains(setting);
  }

  private void check(SectionDraft section, Setting setting) {
    String key = setting.keyText().latin1();
    if (index.usable(key, section.kind()) != null) {
      return;
    }
    // The first entry known in this release: it says where the key belongs.
    Keyword firstKnown = index.firstKnown(key);
    String display = setting.keyText().display();
    if (firstKnown == null) {
      Optional<String> suggestion = suggestion(key, section.kind());
      Finding finding = Finding.of(CoreRule.UNKNOWN_KEYWORD, Severity.WARNING, setting.key().span(),
          "# unknown keyword '" + display + "': strongSwan ignores this setting"
              + suggestion.map(name -> "; did you mean '" + name + "'?").orElse(""));
      findings.report(suggestion
          .map(name -> finding.withFix(Fix.of("rename the keyword to '" + name + "'",
              TextEdit.replace(setting.key().span(), name))))
          .orElse(finding));
      return;
    }
    unsupported.add(setting);
    boolean fatal = section.kind() == SectionKind.CONFIG_SETUP;
    String where = fatal ? "config setup" : section.kind().keyword() + " '" + section.name().display() + "'";
    String belongs = firstKnown.sections().get(0).replace(" (left end)", "").replace(" (right end)", "");
    findings.report(CoreRule.UNKNOWN_KEYWORD, Severity.ERROR, setting.key().span(),
        "# unsupported keyword '" + display + "' in " + where + ": "
            + (fatal ? "strongSwan refuses to start" : "strongSwan does not load this " + section.kind().keyword())
            + "; '" + display + "' belongs in " + (belongs.equals("config setup") ? "config setup" : "a " + belongs + " section"));
  }

  /** The closest current keyword of that section kind, when it is close enough to be a typo. */
  private Optional<String> suggestion(String key, SectionKind kind) {
    return DidYouMean.closest(key, index.suggestions(kind));
  }
}
