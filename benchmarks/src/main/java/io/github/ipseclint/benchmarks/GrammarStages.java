// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.benchmarks;

import io.github.ipseclint.grammar.libreswan.LibreswanLexer;
import io.github.ipseclint.grammar.libreswan.LibreswanParser;
import io.github.ipseclint.grammar.libreswansecrets.LibreswanSecretsLexer;
import io.github.ipseclint.grammar.libreswansecrets.LibreswanSecretsParser;
import io.github.ipseclint.grammar.settings.SettingsLexer;
import io.github.ipseclint.grammar.settings.SettingsParser;
import io.github.ipseclint.grammar.strongswan.StrongswanLexer;
import io.github.ipseclint.grammar.strongswan.StrongswanParser;
import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsLexer;
import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsParser;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.CharStreamsOfBytes;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The grammar stages of one format alone, for the split benchmarks that show where a read's time
 * goes: the lexer, and the lexer with the parser (ANTLR's parse tree, no syntax tree records).
 * Error listeners stay ANTLR's defaults; the corpus files the readers reject are few.
 */
final class GrammarStages {
  private final Function<CharStream, Lexer> lexer;
  private final Function<CommonTokenStream, ParserRuleContext> parser;

  private GrammarStages(Function<CharStream, Lexer> lexer,
      Function<CommonTokenStream, ParserRuleContext> parser) {
    this.lexer = lexer;
    this.parser = parser;
  }

  static GrammarStages of(FileKind kind, Implementation dialect) {
    boolean strongswan = dialect == Implementation.STRONGSWAN;
    return switch (kind) {
      case IPSEC_CONF -> strongswan
          ? new GrammarStages(StrongswanLexer::new, tokens -> new StrongswanParser(tokens).configFile())
          : new GrammarStages(LibreswanLexer::new, tokens -> new LibreswanParser(tokens).configFile());
      case SWANCTL_CONF, STRONGSWAN_CONF ->
          new GrammarStages(SettingsLexer::new, tokens -> new SettingsParser(tokens).settingsFile());
      case IPSEC_SECRETS -> strongswan
          ? new GrammarStages(StrongswanSecretsLexer::new,
              tokens -> new StrongswanSecretsParser(tokens).secretsFile())
          : new GrammarStages(LibreswanSecretsLexer::new,
              tokens -> new LibreswanSecretsParser(tokens).secretsFile());
    };
  }

  /** Lexes the whole file; returns the token count. */
  int lex(SourceFile file) {
    Lexer source = quiet(lexer.apply(CharStreamsOfBytes.of(file)));
    int count = 0;
    while (source.nextToken().getType() != Token.EOF) {
      count++;
    }
    return count;
  }

  /** Lexes and parses the whole file into ANTLR's parse tree. */
  ParserRuleContext parse(SourceFile file) {
    CommonTokenStream tokens = new CommonTokenStream(quiet(lexer.apply(CharStreamsOfBytes.of(file))));
    return parser.apply(tokens);
  }

  private static Lexer quiet(Lexer lexer) {
    lexer.removeErrorListeners();
    return lexer;
  }
}
