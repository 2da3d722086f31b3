// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.suppression;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsSection;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.suppression.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@code # ipseclint:} comments of every file of a document and works out the lines
 * each covers: its own line, the section whose header it is on (ipsec.conf {@code config setup},
 * {@code conn}, {@code ca}; settings sections), or the whole file.
 */
public final class SuppressionReader {
  private SuppressionReader() {}

  public static List<Suppression> read(Document document) {
    List<Suppression> found = new ArrayList<>();
    if (document instanceof ConfDocument conf) {
      for (ConfFile tree : conf.trees()) {
        read(tree.file(), tree.comments(), confLayout(tree), found);
      }
    } else if (document instanceof SettingsDocument settings) {
      for (SettingsFile tree : settings.trees()) {
        read(tree.file(), tree.comments(), settingsLayout(tree), found);
      }
    } else if (document instanceof SecretsDocument secrets) {
      for (SecretsFile tree : secrets.trees()) {
        int first = tree.statements().stream().mapToInt(s -> s.span().line()).min().orElse(Integer.MAX_VALUE);
        read(tree.file(), tree.comments(), new Layout(first, Map.of()), found);
      }
    }
    return found;
  }

  private static void read(SourceFile file, List<Comment> comments, Layout layout, List<Suppression> found) {
    for (Comment comment : comments) {
      SuppressionComment.parse(comment, layout.firstStatementLine(), layout.sectionEnds(), file.lineCount())
          .ifPresent(found::add);
    }
  }

  private static Layout confLayout(ConfFile tree) {
    Map<Integer, Integer> sectionEnds = new HashMap<>();
    List<ConfStatement> statements = tree.statements();
    int first = Integer.MAX_VALUE;
    Integer openHeader = null;
    int lastLine = 0;
    for (ConfStatement statement : statements) {
      first = Math.min(first, statement.span().line());
      if (statement instanceof SectionHeader) {
        if (openHeader != null) {
          sectionEnds.put(openHeader, Math.max(openHeader, lastLine));
        }
        openHeader = statement.span().line();
      }
      lastLine = Math.max(lastLine, statement.span().endLine());
    }
    if (openHeader != null) {
      sectionEnds.put(openHeader, Math.max(openHeader, tree.file().lineCount()));
    }
    return new Layout(first, sectionEnds);
  }

  private static Layout settingsLayout(SettingsFile tree) {
    Map<Integer, Integer> sectionEnds = new HashMap<>();
    collectSections(tree.statements(), sectionEnds);
    int first = tree.statements().stream().mapToInt(s -> s.span().line()).min().orElse(Integer.MAX_VALUE);
    return new Layout(first, sectionEnds);
  }

  private static void collectSections(List<SettingsStatement> statements, Map<Integer, Integer> sectionEnds) {
    for (SettingsStatement statement : statements) {
      if (statement instanceof SettingsSection section) {
        sectionEnds.putIfAbsent(section.span().line(), section.span().endLine());
        collectSections(section.statements(), sectionEnds);
      }
    }
  }

  /**
   * @param firstStatementLine comments above it form the file's first comment block
   * @param sectionEnds the last line of each section, by the line of its header
   */
  private record Layout(int firstStatementLine, Map<Integer, Integer> sectionEnds) {}
}
