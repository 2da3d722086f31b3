// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.settings.MergedKey;
import io.github.ipseclint.model.settings.MergedSectionBuilder;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsInclude;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.settings.SettingsSection;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.parse.ReadContext;
import io.github.ipseclint.parse.include.IncludeBase;
import io.github.ipseclint.parse.include.IncludeExpansion;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a settings file and, in place, every file it includes (into the section holding the
 * directive, S24), merging everything into one tree the way libstrongswan does. Each file is
 * parsed once; an include cycle is cut and reported once (upstream has no depth limit and re-reads
 * the file until it runs out of file descriptors).
 */
final class SettingsMerger {
  private static final String BOM = "\u00ef\u00bb\u00bf";

  private final FileKind kind;
  private final ReadContext context;
  private final Map<SourceFile, SettingsFile> trees = new LinkedHashMap<>();
  private final Deque<SourceFile> reading = new ArrayDeque<>();
  private final SettingsDuplicates duplicates;
  private boolean cycleReported;

  SettingsMerger(FileKind kind, ReadContext context) {
    this.kind = kind;
    this.context = context;
    this.duplicates = new SettingsDuplicates(kind, context.findings());
  }

  /** The merged tree of {@code top} and its includes; the root is declared at the file start. */
  MergedSectionBuilder merge(SourceFile top) {
    MergedSectionBuilder root = new MergedSectionBuilder();
    root.declaredAt(top.span(0, 0, 1));
    read(top, root, false);
    return root;
  }

  /** Every file's syntax tree in first-read order. */
  List<SettingsFile> trees() {
    return List.copyOf(trees.values());
  }

  boolean valid() {
    for (SettingsFile tree : trees.values()) {
      if (!tree.valid()) {
        return false;
      }
    }
    return true;
  }

  private void read(SourceFile file, MergedSectionBuilder target, boolean inRepeat) {
    SettingsFile tree = trees.get(file);
    if (tree == null) {
      tree = SettingsSyntax.parse(file, kind, context.findings());
      trees.put(file, tree);
      checkByteOrderMark(tree);
    }
    reading.push(file);
    apply(tree.statements(), file, target, inRepeat);
    reading.pop();
  }

  /** @param inRepeat inside a section already reported as written twice (not reported again) */
  private void apply(List<SettingsStatement> statements, SourceFile file, MergedSectionBuilder target, boolean inRepeat) {
    for (SettingsStatement statement : statements) {
      if (statement instanceof SettingsKeyValue setting) {
        MergedKey earlier = target.key(setting);
        if (earlier != null) {
          duplicates.key(target, earlier, setting);
        }
      } else if (statement instanceof SettingsSection section) {
        section(section, file, target, inRepeat);
      } else if (statement instanceof SettingsInclude include) {
        include(include, file, target, inRepeat);
      }
    }
  }

  private void section(SettingsSection section, SourceFile file, MergedSectionBuilder parent, boolean inRepeat) {
    MergedSectionBuilder child = parent.section(section.name().value());
    boolean repeat = !inRepeat && duplicates.section(child, section.name().span());
    child.declaredAt(section.name().span());
    if (!section.references().isEmpty() && !context.target().isAtLeast(5, 7)) {
      context.findings().report(CoreRule.PARSE_ERROR, section.references().get(0).span(),
          "syntax error, unexpected ':' (section references need strongSwan 5.7.0 or later;"
              + " " + context.target() + " rejects the whole file)");
    }
    for (Located<ByteText> reference : section.references()) {
      child.reference(reference);
    }
    apply(section.statements(), file, child, inRepeat || repeat);
  }

  private void include(SettingsInclude include, SourceFile file, MergedSectionBuilder target, boolean inRepeat) {
    ByteText pattern = include.pattern().value();
    if (pattern.isEmpty()) {
      context.findings().report(CoreRule.UNRESOLVED_INCLUDE, include.span(),
          "no include pattern specified, ignored");
      return;
    }
    IncludeExpansion expansion = context.includes().expand(file, pattern, IncludeBase.INCLUDING_FILE_DIRECTORY);
    Span at = include.pattern().span();
    switch (expansion.outcome()) {
      case NO_MATCH, EMPTY_PATTERN -> context.findings().report(CoreRule.UNRESOLVED_INCLUDE, at,
          "no files found matching '" + pattern.display() + "'");
      case OUTSIDE_ROOT -> context.findings().report(CoreRule.UNRESOLVED_INCLUDE, at,
          "include '" + pattern.display() + "' leads outside the scanned root; not read");
      case MATCHED -> {
        for (Path unreadable : expansion.unreadable()) {
          context.findings().report(CoreRule.UNREADABLE_FILE, Severity.WARNING, at,
              "cannot read '" + unreadable.getFileName() + "' matched by '" + pattern.display()
                  + "'; strongSwan skips files it cannot open");
        }
        for (SourceFile included : expansion.files()) {
          includeFile(included, at, target, inRepeat);
        }
      }
    }
  }

  private void includeFile(SourceFile included, Span at, MergedSectionBuilder target, boolean inRepeat) {
    if (reading.contains(included)) {
      if (!cycleReported) {
        cycleReported = true;
        context.findings().report(CoreRule.INCLUDE_DEPTH, at, "include cycle: '"
            + included.displayPath() + "' is already being read; strongSwan has no cycle detection"
            + " and re-reads it until it runs out of file descriptors (the repeated content merges,"
            + " so the result is usually unchanged)");
      }
      return;
    }
    read(included, target, inRepeat);
  }

  /** A BOM becomes part of the first name: {@code \xEF\xBB\xBFconnections} is never read. */
  private void checkByteOrderMark(SettingsFile tree) {
    // Looks at three bytes rather than at the text, which would copy the whole file.
    if (tree.file().slice(0, BOM.length()).latin1().equals(BOM)) {
      context.findings().report(CoreRule.SWALLOWED_TEXT, tree.file().span(0, 3),
          "the file starts with a UTF-8 byte order mark, which strongSwan reads as part of the"
              + " first name, so that section or key is silently never used; save the file without BOM");
    }
  }
}
