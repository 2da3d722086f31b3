// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.grammar.settings.SettingsParser;
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

/**
 * Turns what the settings parser recognised into the syntax tree records. Statements the parser
 * could not recognise (already reported as syntax errors) are left out; quoted names,
 * unterminated strings and stray quotes are reported through {@link SettingsProblems}. It reads
 * the grammar's labels, not a parse tree (the reader does not build one): a token the parser
 * conjured while recovering from an error has no position and is not {@link #real real}.
 */
final class SettingsTreeBuilder {
  private final SourceFile file;
  private final SettingsProblems problems;

  SettingsTreeBuilder(SourceFile file, SettingsProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  List<SettingsStatement> statements(List<SettingsParser.StatementContext> contexts) {
    List<SettingsStatement> statements = new ArrayList<>(contexts.size());
    for (SettingsParser.StatementContext context : contexts) {
      SettingsStatement statement = statement(context);
      if (statement != null) {
        statements.add(statement);
      }
    }
    return statements;
  }

  private SettingsStatement statement(SettingsParser.StatementContext context) {
    if (context.asSetting != null) {
      return setting(context.asSetting);
    }
    if (context.asSection != null) {
      return section(context.asSection);
    }
    return context.asInclude == null ? null : includeDirective(context.asInclude);
  }

  private SettingsStatement section(SettingsParser.SectionContext context) {
    Located<ByteText> name = name(context.sectionName);
    if (name == null || !real(context.open)) {
      return null;
    }
    List<Located<ByteText>> references = context.refs == null
        ? List.of()
        : context.refs.targets.stream().filter(this::real).map(this::located).toList();
    return new SettingsSection(name, references, statements(context.body), span(context));
  }

  private SettingsStatement setting(SettingsParser.SettingContext context) {
    Located<ByteText> key;
    if (context.includeKey != null) {
      Token token = context.includeKey;
      key = new Located<>(new ByteText("include"),
          file.span(token.getStartIndex(), token.getStartIndex() + "include".length()));
    } else {
      key = name(context.key);
      if (key == null || !real(context.eq)) {
        return null;
      }
    }
    return new SettingsKeyValue(key, value(context.parts), span(context));
  }

  /**
   * Most values are one word: that part is then the value, without a list to copy or a span to
   * join, and without the stray quote check (a stray quote is glued to another part).
   */
  private Optional<SettingsValue> value(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    if (tokens.size() == 1) {
      SettingsValuePart part = valuePart(tokens.get(0));
      return Optional.of(new SettingsValue(List.of(part), part.span()));
    }
    List<SettingsValuePart> parts = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      parts.add(valuePart(token));
    }
    problems.strayQuotes(parts);
    return Optional.of(new SettingsValue(parts, parts.get(0).span().to(parts.get(parts.size() - 1).span())));
  }

  private SettingsValuePart valuePart(Token token) {
    Span span = TokenSpans.of(file, token);
    if (token.getType() == SettingsParser.VALUE_WORD) {
      return new SettingsValuePart(text(token), false, span);
    }
    if (token.getType() == SettingsParser.UNTERMINATED) {
      problems.unterminated(span);
      return new SettingsValuePart(QuotedStrings.unquote(token.getText() + "\""), true, span);
    }
    return new SettingsValuePart(QuotedStrings.unquote(token.getText()), true, span);
  }

  private SettingsStatement includeDirective(SettingsParser.IncludeDirectiveContext context) {
    StringBuilder pattern = new StringBuilder();
    Span patternSpan = null;
    for (Token token : context.patterns) {
      if (!real(token)) {
        continue;
      }
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

  private Located<ByteText> name(Token token) {
    if (!real(token)) {
      return null;
    }
    if (token.getType() == SettingsParser.BAD_STRING) {
      problems.quotedName(TokenSpans.of(file, token));
      return null;
    }
    return new Located<>(text(token), TokenSpans.of(file, token));
  }

  private Located<ByteText> located(Token token) {
    return new Located<>(text(token), TokenSpans.of(file, token));
  }

  /**
   * A token's bytes straight from the file (token offsets are byte offsets): one copy, where
   * {@link Token#getText()} goes through an interval and the char stream for every name and word.
   */
  private ByteText text(Token token) {
    return file.slice(token.getStartIndex(), token.getStopIndex() + 1);
  }

  /** A token read from the file (a token conjured by error recovery has no position). */
  private boolean real(Token token) {
    return token != null && token.getStartIndex() >= 0 && token.getType() != Token.EOF;
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
