// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.grammar.libreswan.LibreswanParser;
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
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns one parsed file into its statements. Lines the parser could not match are left out: the
 * parse error already says the daemon rejects the file. It reads the grammar's labels, so a file
 * without errors needs no parse tree; after an error the reader parses again with a tree, and
 * the tree decides which lines the parser really matched.
 */
final class LibreswanTreeBuilder {
  private final SourceFile file;

  LibreswanTreeBuilder(SourceFile file) {
    this.file = file;
  }

  /**
   * The statements of a parsed file; {@code parsedCleanly} (the parser reported no syntax error)
   * means no line needs the error search (which needs the parse tree).
   */
  List<ConfStatement> statements(LibreswanParser.ConfigFileContext context, boolean parsedCleanly) {
    List<ConfStatement> statements = new ArrayList<>();
    if (context.version != null) {
      statements.add(versionLine(context.version));
    }
    for (LibreswanParser.StatementContext statement : context.statements) {
      ParserRuleContext line = matchedLine(statement);
      if (line != null && (parsedCleanly || !hasError(line))) {
        line(line).ifPresent(statements::add);
      }
    }
    return statements;
  }

  /** The line rule a statement matched: its first child when there is a tree, else its label. */
  private static ParserRuleContext matchedLine(LibreswanParser.StatementContext statement) {
    if (statement.children != null) {
      // Error recovery may have put an error node first: such a statement is not a line.
      return statement.getChild(0) instanceof ParserRuleContext line ? line : null;
    }
    if (statement.setup != null) {
      return statement.setup;
    }
    if (statement.conn != null) {
      return statement.conn;
    }
    return statement.include != null ? statement.include : statement.parameters;
  }

  private Optional<ConfStatement> line(ParserRuleContext line) {
    if (line instanceof LibreswanParser.ParamLineContext parameters) {
      return paramLine(parameters);
    }
    if (line instanceof LibreswanParser.ConnHeaderContext conn) {
      ConfValue name = value(conn.v);
      return Optional.of(new SectionHeader(SectionKind.CONN,
          Optional.of(new Located<>(name.text(), name.span())), lineSpan(conn, conn.v.getStop())));
    }
    if (line instanceof LibreswanParser.SetupHeaderContext setup) {
      return Optional.of(new SectionHeader(SectionKind.CONFIG_SETUP, Optional.empty(),
          lineSpan(setup, setup.setup)));
    }
    if (line instanceof LibreswanParser.IncludeLineContext include) {
      ConfValue pattern = value(include.v);
      return Optional.of(new IncludeDirective(new Located<>(pattern.text(), pattern.span()), false,
          lineSpan(include, include.v.getStop())));
    }
    return Optional.empty();
  }

  private ConfStatement versionLine(LibreswanParser.VersionLineContext context) {
    ConfValue value = value(context.v);
    return new VersionLine(value.text(), lineSpan(context, context.v.getStop()));
  }

  private Optional<ConfStatement> paramLine(LibreswanParser.ParamLineContext context) {
    if (context.p instanceof LibreswanParser.KeywordParamContext keyword) {
      Optional<ConfValue> value = Optional.ofNullable(keyword.v).map(this::value);
      return Optional.of(setting(keyword.key, value, keyword));
    }
    if (context.p instanceof LibreswanParser.CommentParamContext comment) {
      Optional<ConfValue> value = Optional.ofNullable(comment.comment)
          .map(token -> part(token, Quoting.NONE, text(token)))
          .map(part -> new ConfValue(part.text(), List.of(part), part.span()));
      return Optional.of(setting(comment.key, value, comment));
    }
    return Optional.empty();
  }

  private Setting setting(Token key, Optional<ConfValue> value, ParserRuleContext context) {
    return new Setting(new Located<>(text(key), TokenSpans.of(file, key)), value,
        TokenSpans.of(file, context));
  }

  /** One value token: quotes and braces removed, nothing else changed (no escapes). */
  private ConfValue value(LibreswanParser.ValueContext context) {
    Token token = context.getStart();
    ValuePart part;
    if (token.getType() == LibreswanParser.QUOTED) {
      part = part(token, Quoting.DOUBLE_QUOTES, inside(token));
    } else if (token.getType() == LibreswanParser.BRACED) {
      part = part(token, Quoting.BRACES, inside(token));
    } else {
      part = part(token, Quoting.NONE, text(token));
    }
    return new ConfValue(part.text(), List.of(part), part.span());
  }

  private ValuePart part(Token token, Quoting quoting, ByteText text) {
    return new ValuePart(text, quoting, TokenSpans.of(file, token));
  }

  /**
   * A token's bytes straight from the file (token offsets are byte offsets): one copy, where
   * {@link Token#getText()} goes through an interval and the char stream, and another copy to
   * strip the quotes.
   */
  private ByteText text(Token token) {
    return file.slice(token.getStartIndex(), token.getStopIndex() + 1);
  }

  /** The bytes between a quoted or braced token's first and last byte. */
  private ByteText inside(Token token) {
    return file.slice(token.getStartIndex() + 1, token.getStopIndex());
  }

  /**
   * The statement without its line feed. {@code beforeEol} is the labelled element before the
   * line feed; with a parse tree (a file with errors) the tree's last element before it counts.
   */
  private Span lineSpan(ParserRuleContext context, Token beforeEol) {
    Token last = context.getStop();
    Token start = context.getStart();
    if (last != null && last.getType() == LibreswanParser.EOL && last.getTokenIndex() > start.getTokenIndex()) {
      Token stop = beforeEol;
      if (context.children != null) {
        ParseTree child = context.getChild(context.getChildCount() - 2);
        stop = child instanceof ParserRuleContext rule ? rule.getStop() : ((TerminalNode) child).getSymbol();
      }
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
