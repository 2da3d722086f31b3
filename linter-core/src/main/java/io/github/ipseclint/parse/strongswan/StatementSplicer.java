// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.ConfFile;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.IncludeDirective;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.ReadContext;
import io.github.ipseclint.parse.include.IncludeBase;
import io.github.ipseclint.parse.include.IncludeExpansion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file and its includes into one statement stream, as starter's lexer splices an included
 * file's tokens in place of the directive (formats.md §2.5): an included file continues the
 * section that is open, and the lines after the directive continue whatever the included file
 * left open. Each file is parsed once; an include that leads back to a file being read is
 * reported once and not followed (upstream has no limit and re-reads it about a thousand times).
 */
final class StatementSplicer {
  private final ReadContext context;
  private final Map<SourceFile, ConfFile> trees = new LinkedHashMap<>();
  private final List<SourceFile> reading = new ArrayList<>();

  StatementSplicer(ReadContext context) {
    this.context = context;
  }

  /** The statements of {@code top} with every include replaced by the included statements. */
  List<ConfStatement> splice(SourceFile top) {
    ArrayList<ConfStatement> stream = new ArrayList<>();
    read(top, stream);
    return stream;
  }

  /** Every file read, the top file first. */
  List<ConfFile> trees() {
    return List.copyOf(trees.values());
  }

  private void read(SourceFile file, ArrayList<ConfStatement> stream) {
    ConfFile tree = trees.get(file);
    if (tree == null) {
      tree = StrongswanSyntax.parse(file, context.findings());
      trees.put(file, tree);
    }
    reading.add(file);
    stream.ensureCapacity(stream.size() + tree.statements().size());
    for (ConfStatement statement : tree.statements()) {
      stream.add(statement);
      if (statement instanceof IncludeDirective include) {
        include(file, include, stream);
      }
    }
    reading.remove(reading.size() - 1);
  }

  private void include(SourceFile file, IncludeDirective include, ArrayList<ConfStatement> stream) {
    IncludeExpansion expansion = context.includes()
        .expand(file, include.pattern().value(), IncludeBase.INCLUDING_FILE_DIRECTORY);
    String pattern = include.pattern().value().display();
    if (expansion.outcome() == IncludeExpansion.Outcome.EMPTY_PATTERN) {
      warn(CoreRule.UNRESOLVED_INCLUDE, include, "no include pattern specified, ignored;"
          + " write 'include <file or pattern>' (a blank after 'include' is enough to start one)");
    } else if (expansion.outcome() == IncludeExpansion.Outcome.NO_MATCH) {
      warn(CoreRule.UNRESOLVED_INCLUDE, include, "no files found matching '" + pattern
          + "': strongSwan continues without it; fix the path (relative paths start at the"
          + " including file's directory)");
    } else if (expansion.outcome() == IncludeExpansion.Outcome.OUTSIDE_ROOT) {
      warn(CoreRule.UNRESOLVED_INCLUDE, include, "include pattern '" + pattern
          + "' leads outside the scanned directory, so it was not read");
    }
    for (Path unreadable : expansion.unreadable()) {
      warn(CoreRule.UNREADABLE_FILE, include, "unable to open '" + unreadable.getFileName()
          + "': strongSwan skips it");
    }
    boolean loopReported = false;
    for (SourceFile included : expansion.files()) {
      if (reading.contains(included)) {
        if (!loopReported) {
          warn(CoreRule.INCLUDE_DEPTH, include, "'" + included.displayPath() + "' is already being"
              + " read: strongSwan has no include limit and re-reads it until it runs out of file"
              + " descriptors (about a thousand copies, merged into the same sections); remove"
              + " this include");
          loopReported = true;
        }
        continue;
      }
      read(included, stream);
    }
  }

  private void warn(CoreRule rule, IncludeDirective include, String message) {
    context.findings().report(rule, Severity.WARNING, include.span(), message);
  }
}
