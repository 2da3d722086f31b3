// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.FormatReader;
import io.github.ipseclint.parse.ReadContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Libreswan {@code ipsec.conf} as {@code ipsec addconn} does in the target release
 * (formats.md §5): the file and its includes spliced together, keywords checked, then config
 * setup, {@code %default} and {@code also=} resolved.
 */
public final class LibreswanConfReader implements FormatReader {

  @Override
  public Document read(SourceFile file, ReadContext context) {
    LibreswanReport report = new LibreswanReport(context.findings(), context.target());
    LibreswanSplicer splicer =
        new LibreswanSplicer(new LibreswanFileParser(report), context.includes(), report);
    splicer.splice(file);
    LibreswanKeywords keywords = new LibreswanKeywords(report);
    List<ParsedSection> sections = new ArrayList<>();
    for (WrittenSection section : splicer.sections()) {
      sections.add(parsed(section, keywords, report));
    }
    LibreswanResolver resolver = new LibreswanResolver(report, sections);
    return new ConfDocument(context.target(), splicer.trees(), resolver.configSetup(),
        resolver.conns(), List.of(), resolver.defaults());
  }

  /** Keyword checks, then the parser's own duplicate handling inside one section. */
  private static ParsedSection parsed(
      WrittenSection section, LibreswanKeywords keywords, LibreswanReport report) {
    boolean fourX = !report.atLeast(5, 0);
    List<KeptSetting> kept = new ArrayList<>();
    Map<String, KeptSetting> seen = new HashMap<>();
    boolean dropped = false;
    for (Setting setting : section.settings()) {
      Optional<KeptSetting> checked = keywords.check(setting, section);
      if (checked.isEmpty() || fourX && checked.get().isEmpty()) {
        continue;
      }
      KeptSetting one = checked.get();
      KeptSetting earlier = seen.putIfAbsent(one.key(), one);
      if (earlier == null || one.isAlso() || section.isConfigSetup()
          || one.key().equals(LibreswanResolver.REPEATABLE)) {
        kept.add(one);
      } else if (fourX) {
        dropped = true;
        report.dropSection(CoreRule.DUPLICATE_KEY, one.setting().span(), "duplicate key '"
            + one.key() + "' in conn " + section.header().nameText().display()
            + ": Libreswan " + report.target().version() + " does not load this conn");
      } else {
        report.warn(CoreRule.DUPLICATE_KEY, one.setting().span(), "ignoring duplicate "
            + (section.isDefault() ? "'conn %default'" : "conn") + " keyword: " + one.written()
            + " (the first value '" + earlier.value().display() + "' stays)");
      }
    }
    return new ParsedSection(section, kept, dropped);
  }
}
