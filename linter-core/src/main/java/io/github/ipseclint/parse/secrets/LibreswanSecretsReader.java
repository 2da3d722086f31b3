// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.grammar.libreswansecrets.LibreswanSecretsLexer;
import io.github.ipseclint.grammar.libreswansecrets.LibreswanSecretsParser;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.secrets.LoadedEntry;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.secrets.SecretsInclude;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.CharStreamsOfBytes;
import io.github.ipseclint.parse.FileTokens;
import io.github.ipseclint.parse.FirstAttempt;
import io.github.ipseclint.parse.FirstAttempt.Attempt;
import io.github.ipseclint.parse.FormatReader;
import io.github.ipseclint.parse.ReadContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Libreswan's {@code ipsec.secrets} (pluto, formats.md §6): records of tokens; a bad record is
 * dropped and reading goes on; includes are relative to the including file, 10 levels deep.
 */
public final class LibreswanSecretsReader implements FormatReader {
  /** secrets.c: an include in a file at this level is "nested too deeply". */
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
    PhysicalLineSplit split = PhysicalLineSplit.of(file);
    Parsed parsed = FirstAttempt.parse(attempt -> parse(file, split, attempt));
    LibreswanSecretsParser.SecretsFileContext tree = parsed.tree();
    FileTokens tokens = parsed.tokens();
    SyntaxErrors syntaxErrors = parsed.errors();
    LibreswanSecretsTreeBuilder builder = new LibreswanSecretsTreeBuilder(file);
    if (firstRead) {
      reportCuts(file, split, context);
      builder.orphans(tree).stream().filter(line -> !line.isEmpty()).forEach(line -> context.findings().report(
          CoreRule.PARSE_ERROR, Severity.ERROR, line.get(0).span().to(line.get(line.size() - 1).span()),
          "file starts with indentation (continuation notation): pluto discards these tokens"));
      syntaxErrors.errors().forEach(error -> context.findings().report(error.rule(), error.severity(),
          error.span(), error.message()));
    }
    LibreswanRecordReader records = new LibreswanRecordReader(context.target());
    List<SecretsStatement> statements = new ArrayList<>();
    for (List<LibreswanToken> record : builder.records(tree)) {
      BuiltStatement built = records.read(record);
      if (firstRead) {
        built.errors().forEach(error -> context.findings().report(error.rule(), error.severity(), error.span(),
            error.message()));
      }
      statements.add(built.statement());
      if (built.statement() instanceof SecretEntry entry) {
        load.addEntry(new LoadedEntry(entry, level));
      } else if (built.statement() instanceof SecretsInclude include && include.followed()) {
        include(file, include, level, context, load, firstRead);
      }
    }
    if (firstRead) {
      load.putTree(new SecretsFile(file, statements,
          SecretsComments.of(file, tokens.declaredChannels(), LibreswanSecretsLexer.COMMENTS)));
    }
  }

  /** A file's parse; {@code errors} holds what the lexer and parser reported. */
  private record Parsed(LibreswanSecretsParser.SecretsFileContext tree, FileTokens tokens,
      SyntaxErrors errors) {}

  private static Parsed parse(SourceFile file, PhysicalLineSplit split, Attempt attempt) {
    SyntaxErrors errors = new SyntaxErrors(file);
    LibreswanSecretsLexer lexer =
        new LibreswanSecretsLexer(CharStreamsOfBytes.ofLatin1(split.text(), file.displayPath()));
    lexer.setTokenFactory(split);
    FileTokens tokens = FirstAttempt.tokens(attempt, lexer, errors);
    LibreswanSecretsParser parser = new LibreswanSecretsParser(tokens);
    FirstAttempt.listen(attempt, parser, errors);
    // The tree builder reads the grammar's labelled lists; a parse tree would add a node per token.
    parser.setBuildParseTree(false);
    return new Parsed(parser.secretsFile(), tokens, errors);
  }

  private static void reportCuts(SourceFile file, PhysicalLineSplit split, ReadContext context) {
    for (int cut : split.cutOffsets(file.size())) {
      context.findings().report(CoreRule.PARSE_ERROR, Severity.WARNING, file.span(cut, cut),
          "line longer than " + PhysicalLineSplit.LINE_BUFFER_BYTES
              + " bytes: pluto reads the rest as a new line at column 0, i.e. as a new record");
    }
  }

  private void include(SourceFile file, SecretsInclude include, int level, ReadContext context,
      SecretsLoad load, boolean firstRead) {
    String pattern = include.pattern().value().display();
    if (level >= INCLUDE_DEPTH) {
      if (load.firstDepthReport()) {
        context.findings().report(CoreRule.INCLUDE_DEPTH, include.span(),
            "preshared secrets file \"" + pattern + "\" nested too deeply");
      }
      return;
    }
    List<SourceFile> included = SecretsIncludes.expand(file, include, context, firstRead, PLUTO_WORDING);
    for (SourceFile next : included) {
      readFile(next, level + 1, context, load);
    }
  }

  /** pluto's messages (formats.md §9.5). */
  private static final SecretsIncludes.Wording PLUTO_WORDING = new SecretsIncludes.Wording(
      name -> "could not open \"" + name + "\"",
      pattern -> "no secrets filename matched \"" + pattern + "\"");
}
