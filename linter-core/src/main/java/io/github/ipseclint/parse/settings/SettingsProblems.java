// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.settings.SettingsValuePart;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.parse.FindingSink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The syntax problems of one settings file, worded like libstrongswan's messages plus what they
 * mean for the daemon. Keeps one syntax error per line: the daemon stops at the first anyway.
 */
final class SettingsProblems {
  private final FileKind kind;
  private final FindingSink sink;
  private final Set<Integer> linesWithErrors = new HashSet<>();
  private boolean rejected;

  SettingsProblems(FileKind kind, FindingSink sink) {
    this.kind = kind;
    this.sink = sink;
  }

  /** True once the daemon would reject the file. */
  boolean rejected() {
    return rejected;
  }

  void syntaxError(Span span, String message) {
    rejected = true;
    if (linesWithErrors.add(span.line())) {
      sink.report(CoreRule.PARSE_ERROR, span, message + "; " + consequence());
    }
  }

  void quotedName(Span span) {
    syntaxError(span, "unexpected string detected: section and key names cannot be quoted");
  }

  void unterminated(Span span) {
    syntaxError(span, "unterminated string detected: the '\"' opened here is never closed");
  }

  /**
   * A quoted part spanning lines that is glued to a word ({@code a = x"y}): almost always a
   * stray quote that silently swallows the following lines up to the next quote (S37).
   */
  void strayQuotes(List<SettingsValuePart> parts) {
    for (int i = 0; i < parts.size(); i++) {
      SettingsValuePart part = parts.get(i);
      Span span = part.span();
      if (!part.quoted() || span.line() == span.endLine()) {
        continue;
      }
      boolean gluedBefore = i > 0 && touches(parts.get(i - 1).span(), span);
      boolean gluedAfter = i + 1 < parts.size() && touches(span, parts.get(i + 1).span());
      if (gluedBefore || gluedAfter) {
        sink.report(CoreRule.SWALLOWED_TEXT, span.start(),
            "the '\"' at line " + span.line() + " opens a string that runs to the '\"' at line "
                + span.endLine() + ": lines " + (span.line() + 1) + "-" + span.endLine()
                + " become part of this value and the settings written there are lost;"
                + " remove the stray quote or quote the whole value");
      }
    }
  }

  private static boolean touches(Span first, Span second) {
    return first.endLine() == second.line() && first.endColumn() == second.column();
  }

  private String consequence() {
    return kind == FileKind.SWANCTL_CONF
        ? "strongSwan rejects the whole file, and swanctl --load-all then loads an EMPTY"
            + " configuration and unloads every connection it loaded before"
        : "strongSwan rejects the whole file (invalid config file) and uses none of its settings";
  }
}
