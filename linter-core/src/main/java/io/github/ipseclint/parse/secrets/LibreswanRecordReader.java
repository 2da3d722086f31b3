// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

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
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one record the way secrets.c does (formats.md §6.2, §6.3): an include, or indices, ':',
 * a kind and its data. A bad record is dropped; pluto goes on with the next one. Messages follow
 * pluto's texts but never contain a secret: where pluto prints the token, we describe it.
 */
final class LibreswanRecordReader {
  private final Target target;

  LibreswanRecordReader(Target target) {
    this.target = target;
  }

  BuiltStatement read(List<LibreswanToken> tokens) {
    Span span = tokens.get(0).span().to(tokens.get(tokens.size() - 1).span());
    if (tokens.get(0).isKeyword("include")) {
      return include(tokens, span);
    }
    List<LineError> errors = new ArrayList<>();
    List<Selector> indices = new ArrayList<>();
    int position = 0;
    while (position < tokens.size() && !tokens.get(position).colon()) {
      indices.add(index(tokens.get(position), errors));
      position++;
    }
    if (position == tokens.size()) {
      // Without a ':' nothing tells indices from a secret, so every token stays masked.
      errors.clear();
      errors.add(dropped(tokens.get(tokens.size() - 1).span(), "unexpected end of id list"));
      return entry(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), trailing(tokens), span, errors);
    }
    position++;
    if (position == tokens.size()) {
      errors.add(dropped(tokens.get(position - 1).span(), "unexpected end of record after ':' (no secret type)"));
      return entry(indices, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), span, errors);
    }
    LibreswanToken typeToken = tokens.get(position++);
    Located<ByteText> type = new Located<>(new ByteText(typeToken.text()), typeToken.span());
    Optional<SecretKind> kind = SecretKind.anyIgnoringCase(typeToken.text());
    List<LibreswanToken> data = tokens.subList(position, tokens.size());
    return kindData(indices, type, kind, data, span, errors);
  }

  private BuiltStatement kindData(List<Selector> indices, Located<ByteText> type, Optional<SecretKind> kind,
      List<LibreswanToken> data, Span span, List<LineError> errors) {
    if (kind.isEmpty() || !isLoadable(kind.get())) {
      boolean privateKey = kind.isPresent() && !kind.get().isSharedSecret();
      String message = "WARNING: ignored unrecognized keyword: " + type.value().display()
          + (privateKey ? "; pluto skips the record (private keys live in the NSS database since Libreswan 4.0);"
              + " import the key into NSS and remove the line" : "");
      errors.add(privateKey ? LineError.obsolete(type.span(), message) : dropped(type.span(), message));
      return new BuiltStatement(new SecretEntry(indices, Optional.of(type), kind, Optional.empty(),
          Optional.empty(), Optional.empty(), trailing(data), false, span), errors);
    }
    if (!kind.get().isSharedSecret()) {
      // Before 4.5 pluto still parsed private-key records; ipseclint does not model their data.
      return new BuiltStatement(new SecretEntry(indices, Optional.of(type), kind, Optional.empty(),
          Optional.empty(), Optional.empty(), trailing(data), true, span), errors);
    }
    Optional<Selector> ppkId = Optional.empty();
    int position = 0;
    String what = kind.get() == SecretKind.PPKS ? "PPK" : kind.get().name();
    if (kind.get() == SecretKind.PPKS) {
      if (data.isEmpty()) {
        errors.add(dropped(type.span(), "ERROR: unexpected end of record in static PPK"));
        return entry(indices, Optional.of(type), kind, Optional.empty(), List.of(), span, errors);
      }
      LibreswanToken id = data.get(position++);
      ppkId = Optional.of(new Selector(new Located<>(new ByteText(id.text()), id.span()), id.quoting(), id.isLiteral()));
      if (!id.isLiteral()) {
        errors.add(dropped(id.span(), "no quotation marks found, PPK ID should be in quotation marks"));
        return withPpk(entry(indices, Optional.of(type), kind, Optional.empty(), trailing(data.subList(position, data.size())), span, errors), ppkId);
      }
      if (position == data.size()) {
        errors.add(dropped(id.span(), "No PPK found. PPK should be specified after PPK ID"));
        return withPpk(entry(indices, Optional.of(type), kind, Optional.empty(), List.of(), span, errors), ppkId);
      }
    } else if (data.isEmpty()) {
      errors.add(dropped(type.span(), "ERROR: unexpected end of record in " + what));
      return entry(indices, Optional.of(type), kind, Optional.empty(), List.of(), span, errors);
    }
    LibreswanToken secretToken = data.get(position++);
    SecretValue value = value(secretToken, what, errors);
    List<LibreswanToken> rest = data.subList(position, data.size());
    if (!rest.isEmpty() && errors.isEmpty()) {
      errors.add(dropped(rest.get(0).span(), "expected record boundary in key: " + rest.size()
          + " more token(s) after the secret; pluto drops the record"));
    }
    return withPpk(entry(indices, Optional.of(type), kind, Optional.of(value), trailing(rest), span, errors), ppkId);
  }

  private boolean isLoadable(SecretKind kind) {
    if (kind == SecretKind.PSK || kind == SecretKind.XAUTH || kind == SecretKind.PPKS) {
      return true;
    }
    // The private-key record types were removed from the parser in 4.5 (formats.md §6).
    boolean oldParser = !target.isAtLeast(4, 5);
    return oldParser && (kind == SecretKind.RSA || kind == SecretKind.ECDSA || kind == SecretKind.PIN);
  }

  private SecretValue value(LibreswanToken token, String what, List<LineError> errors) {
    byte[] bytes = token.text().getBytes(StandardCharsets.ISO_8859_1);
    SecretBytes written = SecretBytes.of(bytes);
    if (token.isLiteral()) {
      return new SecretValue(written, token.quoting(), true, SecretEncoding.QUOTED_TEXT, Optional.of(written),
          token.span());
    }
    Decoded decoded = LibreswanSecretDecoder.decodeUnquoted(bytes);
    decoded.error().ifPresent(reason -> errors.add(dropped(token.span(), (token.unterminated() ? "unterminated string, then " : "")
        + what + " data malformed (" + reason + ") for " + describe(token) + " (pluto would print the token itself)")));
    return new SecretValue(written, token.unterminated() ? SecretQuoting.NONE : token.quoting(), !token.unterminated(),
        decoded.encoding(), decoded.bytes(), token.span());
  }

  /** Describes a secret token without revealing it: quoting, length and the format prefix only. */
  private static String describe(LibreswanToken token) {
    String quoting = token.unterminated() ? "an unterminated quoted"
        : token.quoting() == SecretQuoting.BACKTICKS ? "a backtick-quoted" : "an unquoted";
    String text = token.text();
    String prefix = text.length() >= 2 && text.charAt(0) == '0' && "xXsStT".indexOf(text.charAt(1)) >= 0
        ? ", starting with the prefix " + text.substring(0, 2) : "";
    return quoting + " token of " + text.length() + " bytes" + prefix;
  }

  private BuiltStatement include(List<LibreswanToken> tokens, Span span) {
    List<LineError> errors = new ArrayList<>();
    if (tokens.size() < 2) {
      errors.add(dropped(tokens.get(0).span(), "unexpected end of include directive"));
      return new BuiltStatement(new SecretsInclude(new Located<>(ByteText.EMPTY, tokens.get(0).span()), false, span),
          errors);
    }
    LibreswanToken name = tokens.get(1);
    if (tokens.size() > 2) {
      errors.add(LineError.warning(tokens.get(2).span(),
          "ignoring malformed INCLUDE -- expected Record Boundary after filename"));
    }
    return new BuiltStatement(new SecretsInclude(new Located<>(new ByteText(name.text()), name.span()), true, span),
        errors);
  }

  private Selector index(LibreswanToken token, List<LineError> errors) {
    boolean valid = !token.unterminated() && isPlausibleIdentity(token.text());
    if (!valid) {
      errors.add(LineError.warning(token.span(), "ERROR index \"" + new ByteText(token.text()).display()
          + "\" is not a valid identity: pluto skips this index and loads the entry with the others"));
    }
    return new Selector(new Located<>(new ByteText(token.text()), token.span()), token.quoting(), valid);
  }

  /** Printable ASCII; pluto resolves other names through DNS, which cannot be checked here. */
  private static boolean isPlausibleIdentity(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c > 0x20 && c < 0x7f || c == ' ');
  }

  private static List<TrailingToken> trailing(List<LibreswanToken> tokens) {
    return tokens.stream().map(token -> new TrailingToken(
        SecretBytes.of(token.text().getBytes(StandardCharsets.ISO_8859_1)), token.quoting(), token.span())).toList();
  }

  private static BuiltStatement entry(List<Selector> indices, Optional<Located<ByteText>> type,
      Optional<SecretKind> kind, Optional<SecretValue> value, List<TrailingToken> trailing, Span span,
      List<LineError> errors) {
    boolean loaded = errors.stream().noneMatch(LineError::dropsEntry);
    return new BuiltStatement(new SecretEntry(indices, type, kind, Optional.empty(), value, Optional.empty(),
        trailing, loaded, span), errors);
  }

  private static BuiltStatement withPpk(BuiltStatement built, Optional<Selector> ppkId) {
    SecretEntry entry = (SecretEntry) built.statement();
    return new BuiltStatement(new SecretEntry(entry.selectors(), entry.type(), entry.kind(), ppkId, entry.value(),
        entry.passphrase(), entry.trailing(), entry.loaded(), entry.span()), built.errors());
  }

  private static LineError dropped(Span span, String message) {
    return LineError.dropping(span, "\"" + span.file().displayPath() + "\" line " + span.line() + ": " + message);
  }
}
