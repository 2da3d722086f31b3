// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.suppression;

import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.suppression.Suppression;
import io.github.ipseclint.model.suppression.SuppressionScope;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comment language: {@code # ipseclint: disable=<id>[,<id>...]} or {@code
 * disable-file=...}, then {@code reason="..."} and {@code until=YYYY-MM-DD} in any order, then
 * optionally another {@code #} comment.
 */
final class SuppressionComment {
  private static final Pattern PREFIX = Pattern.compile("#+\\s*ipseclint\\s*:");
  private static final Pattern DIRECTIVE = Pattern.compile("\\s*(disable|disable-file)=([^\\s]*)");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+(?:reason=\"([^\"]*)\"|until=([^\\s]*))");
  private static final Pattern ID = Pattern.compile("[^,]+");

  private SuppressionComment() {}

  /** Empty when the comment is not addressed to ipseclint. */
  static Optional<Suppression> parse(Comment comment, int firstStatementLine, Map<Integer, Integer> sectionEnds,
      int lineCount) {
    String text = comment.text().latin1();
    Matcher prefix = PREFIX.matcher(text);
    if (!prefix.lookingAt()) {
      return Optional.empty();
    }
    Span span = comment.span();
    int line = span.line();
    Matcher directive = DIRECTIVE.matcher(text).region(prefix.end(), text.length());
    if (!directive.lookingAt()) {
      return Optional.of(broken(span, "write 'ipseclint: disable=<rule-id> reason=\"...\"'"));
    }
    List<Located<String>> ids = new ArrayList<>();
    Matcher id = ID.matcher(directive.group(2));
    while (id.find()) {
      int column = span.column() + directive.start(2) + id.start();
      ids.add(new Located<>(id.group(), new Span(span.file(), line, column, line, column + id.group().length())));
    }
    if (ids.isEmpty()) {
      return Optional.of(broken(span, "name at least one rule id after '" + directive.group(1) + "='"));
    }
    Optional<String> reason = Optional.empty();
    Optional<LocalDate> until = Optional.empty();
    Matcher attribute = ATTRIBUTE.matcher(text);
    int at = directive.end();
    while (at < text.length() && attribute.region(at, text.length()).lookingAt()) {
      if (attribute.group(1) != null) {
        reason = Optional.of(attribute.group(1)).filter(written -> !written.isBlank());
      } else {
        try {
          until = Optional.of(LocalDate.parse(attribute.group(2)));
        } catch (DateTimeParseException e) {
          return Optional.of(broken(span, "until must be a date written YYYY-MM-DD, not '" + attribute.group(2) + "'"));
        }
      }
      at = attribute.end();
    }
    String rest = text.substring(at).strip();
    if (!rest.isEmpty() && !rest.startsWith("#")) {
      return Optional.of(broken(span, "cannot read '" + text.substring(at).trim()
          + "'; after the rule ids only reason=\"...\", until=YYYY-MM-DD and a '#' comment may follow"));
    }
    if (directive.group(1).equals("disable-file")) {
      if (line >= firstStatementLine) {
        return Optional.of(broken(span, "disable-file must be in the comment block at the top of the file"));
      }
      return Optional.of(new Suppression(SuppressionScope.FILE, ids, reason, until, span, 1,
          Math.max(1, lineCount), Optional.empty()));
    }
    Integer sectionEnd = sectionEnds.get(line);
    SuppressionScope scope = sectionEnd == null ? SuppressionScope.LINE : SuppressionScope.SECTION;
    return Optional.of(new Suppression(scope, ids, reason, until, span, line,
        sectionEnd == null ? line : sectionEnd, Optional.empty()));
  }

  private static Suppression broken(Span span, String problem) {
    return new Suppression(SuppressionScope.LINE, List.of(), Optional.empty(), Optional.empty(), span,
        span.line(), span.line(), Optional.of(problem));
  }
}
