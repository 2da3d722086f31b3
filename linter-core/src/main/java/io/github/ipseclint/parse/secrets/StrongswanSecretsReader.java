// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsLexer;
import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsParser;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.LoadedEntry;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.secrets.SecretsInclude;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.secrets.TrailingToken;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.CharStreamsOfBytes;
import io.github.ipseclint.parse.FileTokens;
import io.github.ipseclint.parse.FirstAttempt;
import io.github.ipseclint.parse.FirstAttempt.Attempt;
import io.github.ipseclint.parse.FormatReader;
import io.github.ipseclint.parse.ReadContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * strongSwan's {@code ipsec.secrets} (stroke plugin, formats.md §4): the first error ends the
 * processing of its file, includes are relative to the including file and nest 10 levels deep.
 */
public final class StrongswanSecretsReader implements FormatReader {
  /** stroke_cred.c: an include found in a file deeper than level 10 is ignored. */
  static final int INCLUDE_DEPTH = 10;

  @Override
  public Document read(SourceFile file, ReadContext context) {
    SecretsLoad load = new SecretsLoad();
    readFile(file, 0, context, load);
    return load.document(context.target());
  }

  private void readFile(SourceFile file, int level, ReadContext context, SecretsLoad load) {
    boolean firstRead = !load.hasTree(file);
    load.reserve(file);
    SecretsParse parsed = parse(file);
    Iterator<LineError> syntaxErrors = parsed.syntaxErrors().iterator();
    LineError pendingSyntax = syntaxErrors.hasNext() ? syntaxErrors.next() : null;
    List<SecretsStatement> statements = new ArrayList<>();
    boolean stopped = false;
    boolean restNoted = false;
    for (BuiltStatement built : parsed.statements()) {
      SecretsStatement statement = built.statement();
      if (!stopped) {
        LineError error = pendingSyntax != null && pendingSyntax.span().line() <= statement.span().line()
            ? pendingSyntax
            : built.errors().isEmpty() ? null : built.errors().get(0);
        if (error != null) {
          stopped = true;
          if (firstRead) {
            context.findings().report(error.rule(), error.severity(), error.span(), error.message()
                + " (strongSwan stops reading this file here)");
          }
          statements.add(notLoaded(statement, level, load));
          continue;
        }
        statements.add(statement);
        if (statement instanceof SecretsInclude include) {
          include(file, include, level, context, load, firstRead);
        } else if (statement instanceof SecretEntry entry) {
          load.addEntry(new LoadedEntry(entry, level));
        }
        continue;
      }
      if (firstRead && !restNoted) {
        restNoted = true;
        context.findings().report(CoreRule.PARSE_ERROR, Severity.WARNING, statement.span().start(),
            "not loaded: strongSwan ignores the rest of this file after the error above");
      }
      statements.add(notLoaded(statement, level, load));
    }
    if (!stopped && pendingSyntax != null && firstRead) {
      context.findings().report(pendingSyntax.rule(), pendingSyntax.severity(), pendingSyntax.span(),
          pendingSyntax.message());
    }
    if (firstRead) {
      load.putTree(new SecretsFile(file, statements, parsed.comments()));
    }
  }

  private static SecretsStatement notLoaded(SecretsStatement statement, int level, SecretsLoad load) {
    if (statement instanceof SecretEntry entry) {
      SecretEntry dropped = entry.withLoaded(false);
      load.addEntry(new LoadedEntry(dropped, level));
      return dropped;
    }
    return ((SecretsInclude) statement).notFollowed();
  }

  private void include(SourceFile file, SecretsInclude include, int level, ReadContext context,
      SecretsLoad load, boolean firstRead) {
    if (level > INCLUDE_DEPTH) {
      if (load.firstDepthReport()) {
        context.findings().report(CoreRule.INCLUDE_DEPTH, include.span(),
            "maximum level of " + INCLUDE_DEPTH + " includes reached, ignored");
      }
      return;
    }
    if (include.pattern().value().isEmpty()) {
      if (firstRead) {
        String directory = file.path().map(Path::getParent).map(p -> file.displayPath().contains("/")
            ? file.displayPath().substring(0, file.displayPath().lastIndexOf('/')) : ".").orElse(".");
        context.findings().report(CoreRule.UNRESOLVED_INCLUDE, include.span(),
            "opening secrets file '" + directory + "/' failed: the pattern is empty because of two"
                + " SPACEs after 'include', so strongSwan opens the directory");
      }
      return;
    }
    List<SourceFile> included = SecretsIncludes.expand(file, include, context, firstRead, STROKE_WORDING);
    for (SourceFile next : included) {
      readFile(next, level + 1, context, load);
    }
  }

  /** The stroke plugin's messages (formats.md §9.3). */
  private static final SecretsIncludes.Wording STROKE_WORDING = new SecretsIncludes.Wording(
      name -> "opening secrets file '" + name + "' failed",
      pattern -> "expanding file expression '" + pattern + "' failed");

  private static SecretsParse parse(SourceFile file) {
    return FirstAttempt.parse(attempt -> parse(file, attempt));
  }

  private static SecretsParse parse(SourceFile file, Attempt attempt) {
    SyntaxErrors errors = new SyntaxErrors(file);
    StrongswanSecretsLexer lexer = new StrongswanSecretsLexer(CharStreamsOfBytes.ofLineEnded(file));
    FileTokens tokens = FirstAttempt.tokens(attempt, lexer, errors);
    StrongswanSecretsParser parser = new StrongswanSecretsParser(tokens);
    FirstAttempt.listen(attempt, parser, errors);
    StrongswanSecretsParser.SecretsFileContext tree = parser.secretsFile();
    List<BuiltStatement> statements = new StrongswanSecretsTreeBuilder(file).build(tree);
    List<Comment> comments = new ArrayList<>(SecretsComments.of(file, tokens.declaredChannels(),
        StrongswanSecretsLexer.COMMENTS));
    statements.forEach(built -> trailingComment(file, built.statement()).ifPresent(comments::add));
    comments.sort(Comparator.comparingInt((Comment comment) -> comment.span().line())
        .thenComparingInt(comment -> comment.span().column()));
    return new SecretsParse(statements, comments, errors.errors());
  }

  /**
   * The daemon never reads the text after an entry's value, and a first unquoted token starting
   * with {@code #} is what users write as a comment there; it carries inline suppressions too.
   */
  private static Optional<Comment> trailingComment(SourceFile file, SecretsStatement statement) {
    if (!(statement instanceof SecretEntry entry) || entry.trailing().isEmpty()) {
      return Optional.empty();
    }
    TrailingToken first = entry.trailing().get(0);
    byte[] text = first.text().copyOfBytes();
    if (first.quoting() != SecretQuoting.NONE || text.length == 0 || text[0] != '#') {
      return Optional.empty();
    }
    int line = first.span().line();
    byte[] rest = file.line(line).bytes();
    int from = first.span().column() - 1;
    int to = rest.length > 0 && rest[rest.length - 1] == '\r' ? rest.length - 1 : rest.length;
    int start = file.offset(line, first.span().column());
    return Optional.of(new Comment(ByteText.of(Arrays.copyOfRange(rest, from, Math.max(from, to))),
        file.span(start, start + Math.max(0, to - from))));
  }
}
