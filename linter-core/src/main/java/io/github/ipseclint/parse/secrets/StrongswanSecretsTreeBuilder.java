// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsParser;
import io.github.ipseclint.grammar.strongswansecrets.StrongswanSecretsParserBaseVisitor;
import io.github.ipseclint.model.secrets.SecretBytes;
import io.github.ipseclint.model.secrets.SecretEncoding;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretKind;
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.secrets.SecretsInclude;
import io.github.ipseclint.model.secrets.Selector;
import io.github.ipseclint.model.secrets.TrailingToken;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.TokenSpans;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Builds one statement per line and decides, as stroke_cred.c does, what the daemon says about
 * it (formats.md §4.2, §4.3). Whether later lines load is the reader's business.
 */
final class StrongswanSecretsTreeBuilder extends StrongswanSecretsParserBaseVisitor<BuiltStatement> {
  private static final String SEPARATOR = " : ";
  private static final String TYPES = "RSA, ECDSA, PKCS8, P12, PIN, PSK, EAP, XAUTH or NTLM";

  private final SourceFile file;

  StrongswanSecretsTreeBuilder(SourceFile file) {
    this.file = file;
  }

  List<BuiltStatement> build(StrongswanSecretsParser.SecretsFileContext tree) {
    List<BuiltStatement> statements = new ArrayList<>();
    for (StrongswanSecretsParser.LineContext line : tree.line()) {
      BuiltStatement built = visit(line);
      if (built != null) {
        statements.add(built);
      }
    }
    return statements;
  }

  @Override
  public BuiltStatement visitLine(StrongswanSecretsParser.LineContext line) {
    return line.includeLine() != null ? visit(line.includeLine()) : visit(line.entryLine());
  }

  @Override
  public BuiltStatement visitIncludeLine(StrongswanSecretsParser.IncludeLineContext line) {
    Span keyword = TokenSpans.of(file, line.INCLUDE().getSymbol());
    Span whole = line.INCLUDE_REST() != null
        ? keyword.to(TokenSpans.of(file, line.INCLUDE_REST().getSymbol()))
        : line.INCLUDE_PATTERN() != null ? keyword.to(TokenSpans.of(file, line.INCLUDE_PATTERN().getSymbol())) : keyword;
    Located<ByteText> pattern = line.INCLUDE_PATTERN() != null
        ? new Located<>(new ByteText(line.INCLUDE_PATTERN().getText()),
            TokenSpans.of(file, line.INCLUDE_PATTERN().getSymbol()))
        : new Located<>(ByteText.EMPTY,
            new Span(file, keyword.endLine(), keyword.endColumn(), keyword.endLine(), keyword.endColumn()));
    SecretsInclude include = new SecretsInclude(pattern, true, whole);
    if (line.INCLUDE_PATTERN() == null && line.INCLUDE_REST() == null) {
      // "include " alone is not longer than 8 bytes, so stroke reads it as an entry.
      return new BuiltStatement(include, List.of(error(whole, "missing ' : ' separator")));
    }
    return new BuiltStatement(include, List.of());
  }

  @Override
  public BuiltStatement visitNoSeparator(StrongswanSecretsParser.NoSeparatorContext line) {
    Span span = lineSpan(line.getStart());
    boolean cutInsideQuotes = line.selector().stream().anyMatch(s -> s.getText().contains(SEPARATOR));
    String message = cutInsideQuotes ? "missing second delimiter" : "missing ' : ' separator";
    // Without a separator nothing tells selectors from the secret, so every token stays masked.
    List<TrailingToken> tokens = line.selector().stream().map(s -> trailing(s.getStart())).toList();
    return new BuiltStatement(new SecretEntry(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), tokens, true, span), List.of(error(span, message)));
  }

  @Override
  public BuiltStatement visitEntry(StrongswanSecretsParser.EntryContext line) {
    List<Selector> selectors = selectors(line.selector());
    Span span = lineSpan(line.getStart());
    List<LineError> errors = new ArrayList<>();
    for (StrongswanSecretsParser.SelectorContext selector : line.selector()) {
      if (selector.SELECTOR_UNTERMINATED() != null || selector.getText().contains(SEPARATOR)) {
        // The daemon cuts the selectors at the first " : ", even inside quotes.
        errors.add(error(TokenSpans.of(file, selector.getStart()), "missing second delimiter"));
        break;
      }
    }
    return new BuiltStatement(entry(selectors, line.typeToken(), errors, span), errors);
  }

  /** Builds the entry and appends the daemon's complaint about type and value, if any. */
  private SecretEntry entry(List<Selector> selectors, StrongswanSecretsParser.TypeTokenContext typeToken,
      List<LineError> errors, Span span) {
    if (typeToken == null) {
      addFirst(errors, error(span.to(span).start(), "missing token"));
      return new SecretEntry(selectors, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), List.of(), true, span);
    }
    Token typeSymbol = typeToken.TYPE().getSymbol();
    Located<ByteText> type = new Located<>(new ByteText(typeSymbol.getText()), TokenSpans.of(file, typeSymbol));
    Optional<SecretKind> kind = SecretKind.strongswan(typeSymbol.getText());
    Optional<SecretValue> value = Optional.ofNullable(typeToken.value()).map(v -> value(v.getStart(), kind));
    List<TrailingToken> trailing = typeToken.trailing().stream().map(t -> trailing(t.getStart())).toList();
    Optional<SecretValue> passphrase = Optional.empty();
    if (kind.isPresent() && !kind.get().isSharedSecret() && !typeToken.trailing().isEmpty()) {
      passphrase = Optional.of(value(typeToken.trailing(0).getStart(), Optional.of(SecretKind.PSK)));
      trailing = trailing.subList(1, trailing.size());
    }
    Span whole = span.to(type.span());
    if (typeToken.value() != null) {
      whole = whole.to(TokenSpans.of(file, typeToken.getStop()));
    }
    typeError(typeToken, type, kind, value).ifPresent(message -> addFirst(errors, message));
    return new SecretEntry(selectors, Optional.of(type), kind, Optional.empty(), value, passphrase,
        trailing, true, whole);
  }

  private Optional<LineError> typeError(StrongswanSecretsParser.TypeTokenContext typeToken,
      Located<ByteText> type, Optional<SecretKind> kind, Optional<SecretValue> value) {
    if (typeToken.TYPE_BLANK() == null) {
      return Optional.of(error(type.span(), "missing token"));
    }
    if (kind.isEmpty()) {
      return Optional.of(error(type.span(), "token must be either " + TYPES));
    }
    boolean keyFile = !kind.get().isSharedSecret();
    if (value.isEmpty()) {
      return Optional.of(error(type.span().to(TokenSpans.of(file, typeToken.TYPE_BLANK().getSymbol())),
          keyFile ? "missing filename" : "malformed secret: missing secret"));
    }
    if (!value.get().terminated()) {
      return Optional.of(error(value.get().span(),
          keyFile ? "missing second delimiter" : "malformed secret: missing second delimiter"));
    }
    return Optional.empty();
  }

  private SecretValue value(Token token, Optional<SecretKind> kind) {
    String text = token.getText();
    Span span = TokenSpans.of(file, token);
    char first = text.charAt(0);
    if (first == '"' || first == '\'') {
      boolean terminated = token.getType() == StrongswanSecretsParser.VALUE_QUOTED;
      String inner = text.substring(1, terminated ? text.length() - 1 : text.length());
      SecretBytes written = SecretBytes.of(latin1(inner));
      return new SecretValue(written, SecretQuoting.ofQuote(first), terminated, SecretEncoding.QUOTED_TEXT,
          terminated ? Optional.of(written) : Optional.empty(), span);
    }
    SecretBytes written = SecretBytes.of(latin1(text));
    if (kind.isPresent() && !kind.get().isSharedSecret()) {
      return new SecretValue(written, SecretQuoting.NONE, true, SecretEncoding.PLAIN_TEXT, Optional.of(written), span);
    }
    Decoded decoded = StrongswanSecretDecoder.decodeUnquoted(latin1(text));
    return new SecretValue(written, SecretQuoting.NONE, true, decoded.encoding(), decoded.bytes(), span);
  }

  private TrailingToken trailing(Token token) {
    String text = token.getText();
    char first = text.charAt(0);
    boolean quoted = token.getType() == StrongswanSecretsParser.VALUE_QUOTED
        || token.getType() == StrongswanSecretsParser.SELECTOR_QUOTED;
    SecretQuoting quoting = quoted ? SecretQuoting.ofQuote(first) : SecretQuoting.NONE;
    return new TrailingToken(SecretBytes.of(latin1(text)), quoting, TokenSpans.of(file, token));
  }

  private List<Selector> selectors(List<StrongswanSecretsParser.SelectorContext> contexts) {
    List<Selector> selectors = new ArrayList<>();
    for (StrongswanSecretsParser.SelectorContext context : contexts) {
      Token token = context.getStart();
      String text = token.getText();
      SecretQuoting quoting = SecretQuoting.NONE;
      boolean valid = true;
      if (context.SELECTOR_QUOTED() != null) {
        quoting = SecretQuoting.ofQuote(text.charAt(0));
        text = text.substring(1, text.length() - 1);
      } else if (context.SELECTOR_UNTERMINATED() != null) {
        quoting = SecretQuoting.ofQuote(text.charAt(0));
        text = text.substring(1);
        valid = false;
      }
      selectors.add(new Selector(new Located<>(new ByteText(text), TokenSpans.of(file, token)), quoting, valid));
    }
    return selectors;
  }

  /** The line of a token, without its trailing CR. */
  private Span lineSpan(Token first) {
    int line = TokenSpans.of(file, first).line();
    return new Span(file, line, 1, line, lineLength(line) + 1);
  }

  private int lineLength(int line) {
    ByteText text = file.line(line);
    int length = text.length();
    return length > 0 && text.latin1().charAt(length - 1) == '\r' ? length - 1 : length;
  }

  private LineError error(Span span, String daemonText) {
    return LineError.dropping(span, "line " + span.line() + ": " + daemonText);
  }

  private static void addFirst(List<LineError> errors, LineError error) {
    if (errors.isEmpty()) {
      errors.add(error);
    }
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
