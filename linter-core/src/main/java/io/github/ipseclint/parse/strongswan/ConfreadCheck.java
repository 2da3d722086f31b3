// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.ConfValue;
import io.github.ipseclint.model.conf.ResolvedSetting;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.RelatedLocation;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.FindingSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rest of starter's confread pass, on each section as loaded (own settings merged with
 * {@code %default} and {@code also=}, formats.md §2.4): deprecated keywords (warning), values
 * {@link StarterValue} refuses, and {@code leftfirewall=yes} together with {@code leftupdown}.
 * A bad value in {@code config setup} is fatal; in a conn or ca it drops that section. starter
 * repeats a message for every conn that inherits the setting; ipseclint reports it once, at the
 * line where the value was written, naming every section that uses it. A value nobody uses
 * (a {@code %default} every conn overrides) is never checked, as in starter.
 */
final class ConfreadCheck {
  private static final Map<String, String> DEPRECATION_HINTS = Map.of(
      "pfs", "PFS is enabled by specifying a DH group in the 'esp' cipher suite",
      "pfsgroup", "PFS is enabled by specifying a DH group in the 'esp' cipher suite",
      "pkcs11module", "use the 'pkcs11' plugin instead",
      "pkcs11initargs", "use the 'pkcs11' plugin instead",
      "pkcs11keepstate", "use the 'pkcs11' plugin instead",
      "pkcs11proxy", "use the 'pkcs11' plugin instead");

  private final KeywordCheck keywords;
  private final Map<Setting, Complaint> complaints = new LinkedHashMap<>();
  private final Set<SectionDraft> failed = new HashSet<>();

  ConfreadCheck(KeywordCheck keywords) {
    this.keywords = keywords;
  }

  /** What starter says about one written setting, and the sections it says it in. */
  private record Complaint(Severity severity, CoreRule rule, String starterText, String consequence, String hint,
      boolean argumentLine, Optional<Setting> related, List<SectionDraft> sections) {}

  /** Checks one section (never {@code %default} itself) with its effective settings. */
  void check(SectionDraft section, Map<String, ResolvedSetting> settings) {
    for (ResolvedSetting resolved : settings.values()) {
      Setting setting = resolved.setting();
      String key = setting.keyText().latin1();
      KeywordIndex.Usable keyword = keywords.usable(key, section.kind());
      if (keyword == null) {
        continue;
      }
      if (keyword.status() == KeywordStatus.OBSOLETE) {
        complain(setting, section, new Complaint(Severity.WARNING, CoreRule.DEPRECATED_KEYWORD,
            "# deprecated keyword '" + setting.keyText().display() + "'", "strongSwan ignores this setting",
            Optional.ofNullable(DEPRECATION_HINTS.get(key)).orElse("remove it"), false, Optional.empty(),
            new ArrayList<>()));
        continue;
      }
      StarterValue syntax = keyword.syntax();
      Optional<String> problem = syntax.problem(key, setting.valueText().latin1());
      if (problem.isPresent()) {
        // The same check on the displayed text gives starter's line with control bytes made visible.
        String text = syntax.problem(setting.keyText().display(), setting.valueText().display()).orElse(problem.get());
        failed.add(section);
        complain(setting, section, new Complaint(Severity.ERROR, CoreRule.INVALID_VALUE, text,
            consequence(section.kind()), syntax.hint(), syntax.addsArgumentLine(), Optional.empty(),
            new ArrayList<>()));
      }
    }
    if (section.kind() == SectionKind.CONN) {
      firewall(section, settings, "left", "leftfirewall", "leftupdown");
      firewall(section, settings, "right", "rightfirewall", "rightupdown");
      ahAndEsp(section, settings);
    }
  }

  /** True when starter refuses a value of this section (it is dropped, or fatal for config setup). */
  boolean failed(SectionDraft section) {
    return failed.contains(section);
  }

  /** Reports every complaint once, after all sections are checked. */
  void report(FindingSink findings) {
    complaints.forEach((setting, complaint) -> {
      Span span = complaint.rule() == CoreRule.DEPRECATED_KEYWORD
          ? setting.key().span()
          : setting.value().map(ConfValue::span).orElse(setting.span());
      Finding finding = Finding.of(complaint.rule(), complaint.severity(), span, message(complaint));
      findings.report(complaint.related()
          .map(related -> finding.withRelated(new RelatedLocation(related.span(), "the conflicting setting")))
          .orElse(finding));
    });
  }

  private void complain(Setting setting, SectionDraft section, Complaint complaint) {
    complaints.computeIfAbsent(setting, key -> complaint).sections().add(section);
  }

  private static String message(Complaint complaint) {
    String where = where(complaint.sections());
    if (complaint.rule() == CoreRule.DEPRECATED_KEYWORD) {
      return complaint.starterText() + " in " + where + ": " + complaint.consequence() + "; " + complaint.hint();
    }
    String argument = complaint.argumentLine() ? " / bad argument value in " + where : "";
    String consequence = complaint.sections().get(0).kind() == SectionKind.CONFIG_SETUP
        ? complaint.consequence()
        : complaint.consequence() + " " + where;
    return complaint.starterText() + argument + ": " + consequence + "; " + complaint.hint();
  }

  private static String consequence(SectionKind kind) {
    return kind == SectionKind.CONFIG_SETUP
        ? "a fatal error in config setup, strongSwan refuses to start"
        : "strongSwan does not load";
  }

  private static String where(List<SectionDraft> sections) {
    List<String> names = new ArrayList<>();
    for (SectionDraft section : sections) {
      names.add(section.kind() == SectionKind.CONFIG_SETUP
          ? "config setup"
          : section.kind().keyword() + " '" + section.name().display() + "'");
    }
    return String.join(", ", names);
  }

  /** {@code handle_firewall}: {@code <side>firewall=yes} and an updown script cannot go together. */
  private void firewall(SectionDraft section, Map<String, ResolvedSetting> settings, String side,
      String firewallKey, String updownKey) {
    ResolvedSetting firewall = settings.get(firewallKey);
    ResolvedSetting updown = settings.get(updownKey);
    if (firewall == null || updown == null || !firewall.value().latin1().equals("yes")
        || keywords.usable(updownKey, SectionKind.CONN) == null) {
      return;
    }
    failed.add(section);
    complain(firewall.setting(), section, new Complaint(Severity.ERROR, CoreRule.INVALID_VALUE,
        "# cannot have both " + side + "firewall and " + side + "updown", "strongSwan does not load",
        "remove " + side + "firewall=yes or add its iptables rules to the " + side + "updown script", false,
        Optional.of(updown.setting()), new ArrayList<>()));
  }

  /**
   * starter's {@code # can't have both 'ah' and 'esp' options} is never reached (both are plain
   * strings that {@code assign_arg} stores first), so the conn loads; charon then uses only the
   * {@code ah=} proposals.
   */
  private void ahAndEsp(SectionDraft section, Map<String, ResolvedSetting> settings) {
    ResolvedSetting ah = settings.get("ah");
    ResolvedSetting esp = settings.get("esp");
    if (ah == null || esp == null) {
      return;
    }
    complain(esp.setting(), section, new Complaint(Severity.WARNING, CoreRule.INVALID_VALUE,
        "both ah= and esp= are set", "charon uses only the ah= proposals, esp= has no effect in",
        "remove one of them (starter's check \"# can't have both 'ah' and 'esp' options\" is never reached,"
            + " so the conn loads)", false, Optional.of(ah.setting()), new ArrayList<>()));
  }
}
