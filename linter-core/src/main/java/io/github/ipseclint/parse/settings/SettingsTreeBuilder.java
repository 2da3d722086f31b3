// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.grammar.settings.SettingsParser;
import io.github.ipseclint.grammar.settings.SettingsParserBaseVisitor;
import io.github.ipseclint.model.settings.SettingsInclude;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.settings.SettingsSection;
import io.github.ipseclint.model.settings.SettingsStatement;
import io.github.ipseclint.model.settings.SettingsValue;
import io.github.ipseclint.model.settings.SettingsValuePart;
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
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a settings parse tree into the syntax tree records. Statements the parser could not
 * recognise (already reported as syntax errors) are left out; quoted names, unterminated strings
 * and stray quotes are reported through {@link SettingsProblems}.
 */
final class SettingsTreeBuilder extends SettingsParserBaseVisitor<Object> {
  private final SourceFile file;
  private final SettingsProblems problems;

  SettingsTreeBuilder(SourceFile file, SettingsProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  List<SettingsStatement> statements(List<SettingsParser.StatementContext> contexts) {
    List<SettingsStatement> statements = new ArrayList<>();
    for (SettingsParser.StatementContext context : contexts) {
      Object statement = visitStatement(context);
      if (statement instanceof SettingsStatement built) {
        statements.add(built);
      }
    }
    return statements;
  }

  @Override
  public Object visitStatement(SettingsParser.StatementContext context) {
    return context.getChildCount() == 0 ? null : visit(context.getChild(0));
  }

  @Override
  public Object visitSection(SettingsParser.SectionContext context) {
    Located<ByteText> name = name(context.name());
    if (name == null || !real(context.LBRACE())) {
      return null;
    }
    List<Located<ByteText>> references = context.references() == null
        ? List.of()
        : context.references().REFNAME().stream().filter(this::real).map(this::located).toList();
    return new SettingsSection(name, references, statements(context.statement()), span(context));
  }

  @Override
  public Object visitSetting(SettingsParser.SettingContext context) {
    Located<ByteText> key;
    if (context.INCLUDE_KEY() != null) {
      Token token = context.INCLUDE_KEY().getSymbol();
      key = new Located<>(new ByteText("include"),
          file.span(token.getStartIndex(), token.getStartIndex() + "include".length()));
    } else {
      key = name(context.name());
      if (key == null || !real(context.EQ())) {
        return null;
      }
    }
    List<SettingsValuePart> parts = new ArrayList<>();
    for (SettingsParser.ValuePartContext part : context.valuePart()) {
      parts.add(valuePart(part));
    }
    problems.strayQuotes(parts);
    Optional<SettingsValue> value = parts.isEmpty()
        ? Optional.empty()
        : Optional.of(new SettingsValue(parts, parts.get(0).span().to(parts.get(parts.size() - 1).span())));
    return new SettingsKeyValue(key, value, span(context));
  }

  private SettingsValuePart valuePart(SettingsParser.ValuePartContext context) {
    Token token = context.getStart();
    Span span = TokenSpans.of(file, token);
    if (token.getType() == SettingsParser.VALUE_WORD) {
      return new SettingsValuePart(new ByteText(token.getText()), false, span);
    }
    if (token.getType() == SettingsParser.UNTERMINATED) {
      problems.unterminated(span);
      return new SettingsValuePart(QuotedStrings.unquote(token.getText() + "\""), true, span);
    }
    return new SettingsValuePart(QuotedStrings.unquote(token.getText()), true, span);
  }

  @Override
  public Object visitIncludeDirective(SettingsParser.IncludeDirectiveContext context) {
    StringBuilder pattern = new StringBuilder();
    Span patternSpan = null;
    for (int i = 1; i < context.getChildCount(); i++) {
      if (!(context.getChild(i) instanceof TerminalNode node) || !real(node)) {
        continue;
      }
      Token token = node.getSymbol();
      Span span = TokenSpans.of(file, token);
      patternSpan = patternSpan == null ? span : patternSpan.to(span);
      if (token.getType() == SettingsParser.INCLUDE_PATTERN) {
        pattern.append(QuotedStrings.unescapeIncludePattern(token.getText()).latin1());
      } else if (token.getType() == SettingsParser.UNTERMINATED) {
        problems.unterminated(span);
      } else {
        pattern.append(QuotedStrings.unquote(token.getText()).latin1());
      }
    }
    Span directive = span(context);
    Span where = patternSpan == null ? directive : patternSpan;
    return new SettingsInclude(new Located<>(new ByteText(pattern.toString()), where), directive);
  }

  private Located<ByteText> name(SettingsParser.NameContext context) {
    if (context == null || context.getStart() == null || context.getStart().getStartIndex() < 0) {
      return null;
    }
    Token token = context.getStart();
    if (token.getType() == SettingsParser.BAD_STRING) {
      problems.quotedName(TokenSpans.of(file, token));
      return null;
    }
    return new Located<>(new ByteText(token.getText()), TokenSpans.of(file, token));
  }

  private Located<ByteText> located(TerminalNode node) {
    return new Located<>(new ByteText(node.getText()), TokenSpans.of(file, node.getSymbol()));
  }

  private boolean real(TerminalNode node) {
    return node != null && node.getSymbol().getStartIndex() >= 0
        && node.getSymbol().getType() != Token.EOF
        && !(node instanceof ErrorNode);
  }

  private Span span(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    if (stop == null || stop.getStartIndex() < 0 || stop.getType() == Token.EOF
        || stop.getStopIndex() < start.getStartIndex()) {
      stop = start;
    }
    return TokenSpans.of(file, start, stop);
  }
}
