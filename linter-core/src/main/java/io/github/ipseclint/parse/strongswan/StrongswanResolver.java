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
  private final Map<String, SectionDraft> sections = new LinkedHashMap<>();

  StrongswanResolver(Target target, FindingSink findings) {
    this.target = target;
    this.findings = findings;
  }

  ConfDocument resolve(List<ConfFile> trees, List<ConfStatement> stream) {
    group(stream);
    AlsoLinearisation conns = new AlsoLinearisation(ofKind(SectionKind.CONN), findings);
    AlsoLinearisation cas = new AlsoLinearisation(ofKind(SectionKind.CA), findings);
    Map<SectionDraft, List<SectionDraft>> ancestors = new LinkedHashMap<>();
    for (SectionDraft section : sections.values()) {
      if (section.kind() == SectionKind.CONN && !section.isDefault()) {
        ancestors.put(section, conns.ancestors(section));
      } else if (section.kind() == SectionKind.CA && !section.isDefault()) {
        ancestors.put(section, cas.ancestors(section));
      }
    }
    boolean rejected = findings.hasErrors();
    KeywordCheck keywords = new KeywordCheck(target.version(), findings);
    sections.values().forEach(keywords::check);
    Optional<SectionDraft> setup = Optional.ofNullable(sections.get(key(SectionKind.CONFIG_SETUP, ByteText.EMPTY)));
    Map<SectionDraft, Map<String, ResolvedSetting>> effective = new LinkedHashMap<>();
    setup.ifPresent(section -> effective.put(section, effective(section, List.of())));
    ancestors.forEach((section, inherited) -> effective.put(section, effective(section, inherited)));
    ConfreadCheck confread = new ConfreadCheck(keywords);
    effective.forEach(confread::check);
    confread.report(findings);
    boolean fatal = rejected || setup.map(section -> confread.failed(section) || section.own().values().stream()
        .anyMatch(keywords::isUnsupported)).orElse(false);

    List<ResolvedSection> resolvedConns = new ArrayList<>();
    List<ResolvedSection> resolvedCas = new ArrayList<>();
    List<ResolvedSection> defaults = new ArrayList<>();
    for (SectionDraft section : sections.values()) {
      if (section.kind() == SectionKind.CONFIG_SETUP) {
        continue;
      }
      if (section.isDefault()) {
        defaults.add(resolved(section, effective(section, List.of()),
            fatal ? LoadStatus.FILE_REJECTED : LoadStatus.LOADED));
        continue;
      }
      boolean dropped = confread.failed(section) || effective.get(section).values().stream()
          .anyMatch(setting -> keywords.isUnsupported(setting.setting()));
      LoadStatus status = fatal ? LoadStatus.FILE_REJECTED : dropped ? LoadStatus.SECTION_DROPPED : LoadStatus.LOADED;
      ResolvedSection resolved = resolved(section, effective.get(section), status);
      (section.kind() == SectionKind.CONN ? resolvedConns : resolvedCas).add(resolved);
    }
    Optional<ResolvedSection> configSetup = setup.map(section ->
        resolved(section, effective.get(section), fatal ? LoadStatus.FILE_REJECTED : LoadStatus.LOADED));
    return new ConfDocument(target, trees, configSetup, resolvedConns, resolvedCas, defaults);
  }

  private void group(List<ConfStatement> stream) {
    // Once the file is rejected, settings left without a section (after a bad header) are moot.
    boolean rejected = findings.hasErrors();
    SectionDraft current = null;
    for (ConfStatement statement : stream) {
      if (statement instanceof SectionHeader header) {
        ByteText name = header.kind() == SectionKind.CONFIG_SETUP ? ByteText.EMPTY : header.nameText();
        current = sections.computeIfAbsent(key(header.kind(), name), key -> new SectionDraft(header.kind(), name));
        if (!current.headers().isEmpty()) {
          reportRepeated(current, header);
        }
        current.addHeader(header);
      } else if (statement instanceof Setting setting) {
        if (current == null && !rejected) {
          findings.report(CoreRule.SWALLOWED_TEXT, Severity.WARNING, setting.span(),
              "setting before the first section: strongSwan silently ignores it; move it into a"
                  + " 'config setup', 'conn' or 'ca' section");
        } else if (current != null) {
          SectionDraft section = current;
          section.add(setting).ifPresent(earlier -> reportReplaced(section, earlier, setting));
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

  private List<SectionDraft> ofKind(SectionKind kind) {
    return sections.values().stream().filter(section -> section.kind() == kind).toList();
  }

  private static String key(SectionKind kind, ByteText name) {
    return kind.name() + " " + name.latin1();
  }

  /** {@code settings} is the section's {@link #effective} map, computed once for the checks and this. */
  private static ResolvedSection resolved(SectionDraft section, Map<String, ResolvedSetting> settings,
      LoadStatus status) {
    return new ResolvedSection(section.kind(), section.name(), section.headers(),
        settings, section.written(), section.also(), status);
  }

  /** Own settings first, then each ancestor in order; the first hit wins and an empty one unsets. */
  private static Map<String, ResolvedSetting> effective(SectionDraft section, List<SectionDraft> ancestors) {
    Map<String, ResolvedSetting> settings = new LinkedHashMap<>();
    Set<String> decided = new HashSet<>();
    collect(section, ResolvedSetting.Origin.OWN, section, decided, settings);
    for (SectionDraft ancestor : ancestors) {
      ResolvedSetting.Origin origin = ancestor.isDefault() ? ResolvedSetting.Origin.DEFAULT : ResolvedSetting.Origin.ALSO;
      collect(ancestor, origin, ancestor, decided, settings);
    }
    return settings;
  }

  private static void collect(SectionDraft source, ResolvedSetting.Origin origin, SectionDraft from,
      Set<String> decided, Map<String, ResolvedSetting> settings) {
    for (Map.Entry<String, Setting> entry : source.own().entrySet()) {
      if (decided.add(entry.getKey()) && !entry.getValue().valueText().isEmpty()) {
        settings.put(entry.getKey(), new ResolvedSetting(entry.getValue(), origin, from.name()));
      }
    }
  }
}
