// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.LoadStatus;
import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.conf.ResolvedSetting;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the spliced statement stream into sections and resolves them as starter does
 * (formats.md §2.4): same-named sections merge, the last value of a key wins, {@code key=} unsets
 * a key for every inherited source, {@code %default} applies wherever it is written, and
 * {@code also=} is linearised by {@link AlsoLinearisation}. Keywords and values are then checked
 * as confread does ({@link KeywordCheck}, {@link ConfreadCheck}) to decide which sections load.
 */
final class StrongswanResolver {
  private final Target target;
  private final FindingSink findings;
  /** Every section in the order of its first header. */
  private final List<SectionDraft> sections = new ArrayList<>();
  private final Map<SectionKind, Map<String, SectionDraft>> byName = new EnumMap<>(SectionKind.class);

  StrongswanResolver(Target target, FindingSink findings) {
    this.target = target;
    this.findings = findings;
  }

  ConfDocument resolve(List<ConfFile> trees, List<ConfStatement> stream) {
    group(stream);
    AlsoLinearisation conns = new AlsoLinearisation(named(SectionKind.CONN), findings);
    AlsoLinearisation cas = new AlsoLinearisation(named(SectionKind.CA), findings);
    // The effective settings of every section that loads, config setup first (the order confread
    // checks them in); computing them reports nothing, so they are worked out with the ancestors.
    SectionDraft setup = named(SectionKind.CONFIG_SETUP).get("");
    Map<SectionDraft, Map<String, ResolvedSetting>> effective = new LinkedHashMap<>();
    if (setup != null) {
      effective.put(setup, effective(setup, List.of()));
    }
    for (SectionDraft section : sections) {
      if (section.kind() == SectionKind.CONN && !section.isDefault()) {
        effective.put(section, effective(section, conns.ancestors(section)));
      } else if (section.kind() == SectionKind.CA && !section.isDefault()) {
        effective.put(section, effective(section, cas.ancestors(section)));
      }
    }
    boolean rejected = findings.hasErrors();
    KeywordCheck keywords = new KeywordCheck(target.version(), findings);
    for (SectionDraft section : sections) {
      keywords.check(section);
    }
    ConfreadCheck confread = new ConfreadCheck(keywords);
    effective.forEach(confread::check);
    confread.report(findings);
    boolean fatal = rejected || setup != null && (confread.failed(setup) || anyUnsupported(keywords, setup));

    List<ResolvedSection> resolvedConns = new ArrayList<>();
    List<ResolvedSection> resolvedCas = new ArrayList<>();
    List<ResolvedSection> defaults = new ArrayList<>();
    for (SectionDraft section : sections) {
      if (section.kind() == SectionKind.CONFIG_SETUP) {
        continue;
      }
      if (section.isDefault()) {
        defaults.add(resolved(section, effective(section, List.of()),
            fatal ? LoadStatus.FILE_REJECTED : LoadStatus.LOADED));
        continue;
      }
      Map<String, ResolvedSetting> settings = effective.get(section);
      boolean dropped = confread.failed(section) || anyUnsupported(keywords, settings);
      LoadStatus status = fatal ? LoadStatus.FILE_REJECTED : dropped ? LoadStatus.SECTION_DROPPED : LoadStatus.LOADED;
      ResolvedSection resolved = resolved(section, settings, status);
      (section.kind() == SectionKind.CONN ? resolvedConns : resolvedCas).add(resolved);
    }
    Optional<ResolvedSection> configSetup = setup == null ? Optional.empty() : Optional.of(
        resolved(setup, effective.get(setup), fatal ? LoadStatus.FILE_REJECTED : LoadStatus.LOADED));
    return new ConfDocument(target, trees, configSetup, resolvedConns, resolvedCas, defaults);
  }

  private static boolean anyUnsupported(KeywordCheck keywords, SectionDraft section) {
    for (Setting setting : section.ownSettings()) {
      if (keywords.isUnsupported(setting)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnsupported(KeywordCheck keywords, Map<String, ResolvedSetting> settings) {
    for (ResolvedSetting setting : settings.values()) {
      if (keywords.isUnsupported(setting.setting())) {
        return true;
      }
    }
    return false;
  }

  private void group(List<ConfStatement> stream) {
    // Once the file is rejected, settings left without a section (after a bad header) are moot.
    boolean rejected = findings.hasErrors();
    SectionDraft current = null;
    for (ConfStatement statement : stream) {
      if (statement instanceof SectionHeader header) {
        ByteText name = header.kind() == SectionKind.CONFIG_SETUP ? ByteText.EMPTY : header.nameText();
        Map<String, SectionDraft> ofKind = byName.computeIfAbsent(header.kind(), kind -> new HashMap<>());
        current = ofKind.get(name.latin1());
        if (current == null) {
          current = new SectionDraft(header.kind(), name);
          ofKind.put(name.latin1(), current);
          sections.add(current);
        } else {
          reportRepeated(current, header);
        }
        current.addHeader(header);
      } else if (statement instanceof Setting setting) {
        if (current == null && !rejected) {
          findings.report(CoreRule.SWALLOWED_TEXT, Severity.WARNING, setting.span(),
              "setting before the first section: strongSwan silently ignores it; move it into a"
                  + " 'config setup', 'conn' or 'ca' section");
        } else if (current != null) {
          Setting earlier = current.add(setting);
          if (earlier != null) {
            reportReplaced(current, earlier, setting);
          }
        }
      }
    }
  }

  /** Same-named sections merge silently (formats.md §2.4); usually a copy-paste slip. */
  private void reportRepeated(SectionDraft section, SectionHeader header) {
    Span first = section.headers().get(0).span();
    boolean setup = section.kind() == SectionKind.CONFIG_SETUP;
    findings.report(CoreRule.DUPLICATE_SECTION, setup ? Severity.NOTE : Severity.WARNING, header.span(),
        section.label() + " is written again (first at " + where(first, header.span()) + "): strongSwan"
            + " silently merges both, a key set in both takes the later value; "
            + (setup ? "keep one 'config setup' section" : "rename one of them or merge them by hand"));
  }

  /** Within a section, and across merged same-named sections, the last value wins silently. */
  private void reportReplaced(SectionDraft section, Setting earlier, Setting later) {
    findings.report(CoreRule.DUPLICATE_KEY, Severity.WARNING, earlier.span(),
        "duplicate key '" + earlier.keyText().display() + "' in " + section.label() + ": last value wins: '"
            + later.valueText().display() + "' from " + where(later.span(), earlier.span())
            + "; strongSwan silently ignores this one, remove one of them");
  }

  /** "line N", with the file when it differs from the one the finding is in. */
  private static String where(Span span, Span reportedAt) {
    return span.file().equals(reportedAt.file())
        ? "line " + span.line() : span.file().displayPath() + " line " + span.line();
  }

  /** The sections of one kind by name ({@code config setup} under the empty name). */
  private Map<String, SectionDraft> named(SectionKind kind) {
    return byName.getOrDefault(kind, Map.of());
  }

  /** {@code settings} is the section's {@link #effective} map, computed once for the checks and this. */
  private static ResolvedSection resolved(SectionDraft section, Map<String, ResolvedSetting> settings,
      LoadStatus status) {
    return new ResolvedSection(section.kind(), section.name(), section.headers(),
        settings, section.written(), section.also(), status);
  }

  /**
   * Own settings first, then each ancestor in order; the first hit wins and an empty one unsets.
   * This runs for every setting of every section and everything it inherits, hence the lean map
   * that {@link ResolvedSection} then keeps as it is.
   */
  private static Map<String, ResolvedSetting> effective(SectionDraft section,
      List<SectionDraft> ancestors) {
    int expected = section.ownCount();
    for (int i = 0; i < ancestors.size(); i++) {
      expected += ancestors.get(i).ownCount();
    }
    Map<String, ResolvedSetting> settings = new LinkedHashMap<>(expected * 2);
    // The keys an earlier source unsets (key=) are decided too; rare, so the set is made on demand.
    Set<String> unset = Set.of();
    for (int source = -1; source < ancestors.size(); source++) {
      SectionDraft from = source < 0 ? section : ancestors.get(source);
      ResolvedSetting.Origin origin = source < 0 ? ResolvedSetting.Origin.OWN
          : from.isDefault() ? ResolvedSetting.Origin.DEFAULT : ResolvedSetting.Origin.ALSO;
      for (Setting setting : from.ownSettings()) {
        String key = setting.keyText().latin1();
        if (settings.containsKey(key) || unset.contains(key)) {
          continue;
        }
        if (setting.valueText().isEmpty()) {
          unset = unset.isEmpty() ? new HashSet<>() : unset;
          unset.add(key);
        } else {
          settings.put(key, new ResolvedSetting(setting, origin, from.name()));
        }
      }
    }
    return settings;
  }
}
