// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.IncludeDirective;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.conf.VersionLine;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.include.IncludeBase;
import io.github.ipseclint.parse.include.IncludeExpansion;
import io.github.ipseclint.parse.include.IncludeResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splices included files into the including file's token stream, as the scanner does: the
 * lines of an included file follow the {@code include} line, and the lines after it continue
 * whatever section the included file opened last (4.x: none, so they are a syntax error).
 */
final class LibreswanSplicer {
  /** The main file is level 1; a file at this level may not include another. */
  private static final int MAX_DEPTH = 10;

  private final LibreswanFileParser parser;
  private final IncludeResolver includes;
  private final LibreswanReport report;
  private final Map<SourceFile, ConfFile> trees = new LinkedHashMap<>();
  private final List<WrittenSection> sections = new ArrayList<>();
  private SourceFile mainFile;
  /** The include line of the main file being followed, where errors in included files are shown. */
  private IncludeDirective mainInclude;
  private SectionHeader openHeader;
  private List<Setting> openSettings;

  LibreswanSplicer(LibreswanFileParser parser, IncludeResolver includes, LibreswanReport report) {
    this.parser = parser;
    this.includes = includes;
    this.report = report;
  }

  /** Reads {@code file} and everything it includes. */
  void splice(SourceFile file) {
    mainFile = file;
    walk(tree(file), 1);
    closeSection();
  }

  List<ConfFile> trees() {
    return List.copyOf(trees.values());
  }

  List<WrittenSection> sections() {
    return List.copyOf(sections);
  }

  private ConfFile tree(SourceFile file) {
    return trees.computeIfAbsent(file, parser::parse);
  }

  private void walk(ConfFile tree, int level) {
    for (ConfStatement statement : tree.statements()) {
      if (statement instanceof SectionHeader header) {
        closeSection();
        openHeader = header;
        openSettings = new ArrayList<>();
      } else if (statement instanceof Setting setting) {
        addSetting(setting);
      } else if (statement instanceof IncludeDirective include) {
        include(tree.file(), include, level);
      } else if (statement instanceof VersionLine version) {
        checkVersion(version);
      }
    }
  }

  private void addSetting(Setting setting) {
    if (openHeader == null && report.fileRejected()) {
      return;
    }
    if (openHeader == null) {
      boolean elsewhere = !setting.span().file().equals(mainFile) && mainInclude != null;
      report.reject(CoreRule.PARSE_ERROR, elsewhere ? mainInclude.span() : setting.span(),
          LibreswanSyntaxMessages.daemonText(report.target(), "\t")
          + (elsewhere ? " at " + setting.span() : "")
          + " (a parameter line here belongs to no section: an included"
          + " file must start with a section header, and after an 'include' only the section"
          + " the included file opened continues"
          + (report.atLeast(5, 0) ? ")" : "; Libreswan 4.x continues none)"));
      return;
    }
    openSettings.add(setting);
  }

  private void checkVersion(VersionLine version) {
    if (!sections.isEmpty() || openHeader != null) {
      report.reject(CoreRule.PARSE_ERROR, version.span(), LibreswanSyntaxMessages.daemonText(
          report.target(), "version") + " ('version' is only allowed before the first section)");
    }
  }

  private void closeSection() {
    if (openHeader != null) {
      sections.add(new WrittenSection(openHeader, openSettings));
    }
    openHeader = null;
    openSettings = null;
  }

  private void include(SourceFile including, IncludeDirective include, int level) {
    closeSection();
    String pattern = include.pattern().value().display();
    if (level >= MAX_DEPTH) {
      if (report.atLeast(5, 0)) {
        report.warn(CoreRule.INCLUDE_DEPTH, include.span(),
            "including '" + pattern + "' exceeds max inclusion depth of " + MAX_DEPTH);
      } else {
        report.warn(CoreRule.INCLUDE_DEPTH, include.span(), "Libreswan " + report.target().version()
            + " silently stops including '" + pattern + "' at depth " + MAX_DEPTH);
      }
      return;
    }
    IncludeExpansion expansion =
        includes.expand(including, include.pattern().value(), IncludeBase.WORKING_DIRECTORY);
    if (expansion.outcome() != IncludeExpansion.Outcome.MATCHED) {
      unresolved(include, pattern, expansion.outcome());
    }
    for (Path unreadable : expansion.unreadable()) {
      report.warn(CoreRule.UNREADABLE_FILE, include.span(), "cannot open include file '"
          + unreadable.getFileName() + "' ('" + pattern + "')");
    }
    if (level == 1) {
      mainInclude = include;
    }
    for (SourceFile file : expansion.files()) {
      walk(tree(file), level + 1);
      if (!report.atLeast(5, 0)) {
        // 4.x: no indented line may follow an include line.
        closeSection();
      }
    }
  }

  private void unresolved(IncludeDirective include, String pattern, IncludeExpansion.Outcome outcome) {
    report.includeUnresolved();
    if (outcome == IncludeExpansion.Outcome.OUTSIDE_ROOT) {
      report.warn(CoreRule.UNRESOLVED_INCLUDE, include.span(), "could not open include filename: '"
          + pattern + "' (it leads outside the scanned root)");
    } else if (!pattern.contains("*")) {
      // Relative patterns are resolved against the daemon's working directory, not this file.
      report.warn(CoreRule.UNRESOLVED_INCLUDE, include.span(),
          "could not open include filename: '" + pattern + "'"
              + (pattern.startsWith("/") ? "" : " (relative to the working directory, normally /)"));
    }
  }
}
