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
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.keyword.KeywordTable;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.keyword.DidYouMean;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * starter's confread pass over a section's settings: the keyword table is looked up
 * case-sensitively; an unknown keyword is only a warning, a keyword of another section kind is
 * "unsupported" (fatal in {@code config setup}, drops a conn or ca). Deprecated keywords and value
 * checks need the merged sections and are done by {@link ConfreadCheck}.
 */
final class KeywordCheck {
  private static final KeywordTable TABLE = KeywordTables.STRONGSWAN_IPSEC_CONF;

  private final Version version;
  private final FindingSink findings;
  private final Set<Setting> unsupported = new HashSet<>();

  KeywordCheck(Version version, FindingSink findings) {
    this.version = version;
    this.findings = findings;
  }

  /** Checks the settings that survive merging in one section (an empty value never reaches confread). */
  void check(SectionDraft section) {
    for (Setting setting : section.own().values()) {
      if (!setting.valueText().isEmpty()) {
        check(section, setting);
      }
    }
  }

  Version version() {
    return version;
  }

  /** The table entry confread converts {@code key} with in a section of that kind, if it knows one. */
  Optional<Keyword> usable(String key, SectionKind kind) {
    for (Keyword keyword : TABLE.lookup(key)) {
      if (keyword.statusAt(version) != KeywordStatus.UNKNOWN && allowedIn(keyword, kind)) {
        return Optional.of(keyword);
      }
    }
    return Optional.empty();
  }

  /** True when the setting is of another section kind, so that its section does not load. */
  boolean isUnsupported(Setting setting) {
    return unsupported.contains(setting);
  }

  private void check(SectionDraft section, Setting setting) {
    String key = setting.keyText().latin1();
    // The first entry known in this release, unless one of them is allowed here (then all is well).
    Keyword firstKnown = null;
    for (Keyword keyword : TABLE.lookup(key)) {
      if (keyword.statusAt(version) != KeywordStatus.UNKNOWN) {
        if (allowedIn(keyword, section.kind())) {
          return;
        }
        firstKnown = firstKnown == null ? keyword : firstKnown;
      }
    }
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

  private static boolean allowedIn(Keyword keyword, SectionKind kind) {
    if (kind == SectionKind.CONFIG_SETUP) {
      return keyword.allowedIn("config setup");
    }
    if (kind == SectionKind.CA) {
      return keyword.allowedIn("ca");
    }
    return keyword.allowedIn("conn") || keyword.allowedIn("conn (left end)")
        || keyword.allowedIn("conn (right end)");
  }

  /** The closest current keyword of that section kind, when it is close enough to be a typo. */
  private Optional<String> suggestion(String key, SectionKind kind) {
    List<String> usable = TABLE.names().stream()
        .filter(name -> TABLE.lookup(name).stream().anyMatch(keyword -> allowedIn(keyword, kind)
            && keyword.statusAt(version) == KeywordStatus.CURRENT))
        .toList();
    return DidYouMean.closest(key, usable);
  }
}
