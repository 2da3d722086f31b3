// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.grammar.libreswan.LibreswanParser;
import io.github.ipseclint.grammar.libreswan.LibreswanParserBaseVisitor;
import io.github.ipseclint.model.conf.ConfStatement;
import io.github.ipseclint.model.conf.ConfValue;
import io.github.ipseclint.model.conf.IncludeDirective;
import io.github.ipseclint.model.conf.Quoting;
import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.conf.ValuePart;
import io.github.ipseclint.model.conf.VersionLine;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns one file's parse tree into its statements. Lines the parser could not match are left
 * out: the parse error already says the daemon rejects the file.
 */
final class LibreswanTreeBuilder extends LibreswanParserBaseVisitor<Optional<ConfStatement>> {
  private final SourceFile file;

  LibreswanTreeBuilder(SourceFile file) {
    this.file = file;
  }

  /**
   * The statements of a parsed file; {@code parsedCleanly} (the parser reported no syntax error)
   * means the tree holds no error node, so no line needs the error search.
   */
  List<ConfStatement> statements(LibreswanParser.ConfigFileContext context, boolean parsedCleanly) {
    List<ConfStatement> statements = new ArrayList<>();
    if (context.versionLine() != null) {
      visit(context.versionLine()).ifPresent(statements::add);
    }
    for (LibreswanParser.StatementContext statement : context.statement()) {
      if (statement.getChildCount() > 0 && statement.getChild(0) instanceof ParserRuleContext line
          && (parsedCleanly || !hasError(line))) {
        visit(line).ifPresent(statements::add);
      }
    }
    return statements;
  }

  @Override
  public Optional<ConfStatement> visitVersionLine(LibreswanParser.VersionLineContext context) {
    ConfValue value = value(context.value());
    return Optional.of(new VersionLine(value.text(), lineSpan(context)));
  }

  @Override
  public Optional<ConfStatement> visitSetupHeader(LibreswanParser.SetupHeaderContext context) {
    return Optional.of(new SectionHeader(SectionKind.CONFIG_SETUP, Optional.empty(), lineSpan(context)));
  }

  @Override
  public Optional<ConfStatement> visitConnHeader(LibreswanParser.ConnHeaderContext context) {
    ConfValue name = value(context.value());
    return Optional.of(new SectionHeader(
        SectionKind.CONN, Optional.of(new Located<>(name.text(), name.span())), lineSpan(context)));
  }

  @Override
  public Optional<ConfStatement> visitIncludeLine(LibreswanParser.IncludeLineContext context) {
    ConfValue pattern = value(context.value());
    return Optional.of(new IncludeDirective(
        new Located<>(pattern.text(), pattern.span()), false, lineSpan(context)));
  }

  @Override
  public Optional<ConfStatement> visitParamLine(LibreswanParser.ParamLineContext context) {
    return context.param() == null ? Optional.empty() : visit(context.param());
  }

  @Override
  public Optional<ConfStatement> visitKeywordParam(LibreswanParser.KeywordParamContext context) {
    Token key = context.KEYWORD().getSymbol();
    Optional<ConfValue> value = Optional.ofNullable(context.value()).map(this::value);
    return Optional.of(setting(key, value, context));
  }

  @Override
  public Optional<ConfStatement> visitCommentParam(LibreswanParser.CommentParamContext context) {
    Token key = context.XKEY().getSymbol();
    Optional<ConfValue> value = Optional.ofNullable(context.XVALUE())
        .map(node -> part(node.getSymbol(), Quoting.NONE, node.getText()))
        .map(part -> new ConfValue(part.text(), List.of(part), part.span()));
    return Optional.of(setting(key, value, context));
  }

  private Setting setting(Token key, Optional<ConfValue> value, ParserRuleContext context) {
    return new Setting(new Located<>(new ByteText(key.getText()), TokenSpans.of(file, key)), value,
        TokenSpans.of(file, context));
  }

  /** One value token: quotes and braces removed, nothing else changed (no escapes). */
  private ConfValue value(LibreswanParser.ValueContext context) {
    Token token = context.getStart();
    String text = token.getText();
    ValuePart part;
    if (token.getType() == LibreswanParser.QUOTED) {
      part = part(token, Quoting.DOUBLE_QUOTES, text.substring(1, text.length() - 1));
    } else if (token.getType() == LibreswanParser.BRACED) {
      part = part(token, Quoting.BRACES, text.substring(1, text.length() - 1));
    } else {
      part = part(token, Quoting.NONE, text);
    }
    return new ConfValue(part.text(), List.of(part), part.span());
  }

  private ValuePart part(Token token, Quoting quoting, String text) {
    return new ValuePart(new ByteText(text), quoting, TokenSpans.of(file, token));
  }

  /** The statement without its line feed. */
  private Span lineSpan(ParserRuleContext context) {
    Token last = context.getStop();
    Token start = context.getStart();
    if (last != null && last.getType() == LibreswanParser.EOL && last.getTokenIndex() > start.getTokenIndex()) {
      ParseTree beforeEol = context.getChild(context.getChildCount() - 2);
      Token stop = beforeEol instanceof ParserRuleContext rule ? rule.getStop() : ((org.antlr.v4.runtime.tree.TerminalNode) beforeEol).getSymbol();
      return TokenSpans.of(file, start, stop);
    }
    return TokenSpans.of(file, context);
  }

  static boolean hasError(ParseTree tree) {
    if (tree instanceof ErrorNode) {
      return true;
    }
    if (tree instanceof ParserRuleContext rule && rule.exception != null) {
      return true;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      if (hasError(tree.getChild(i))) {
        return true;
      }
    }
    return false;
  }
}
