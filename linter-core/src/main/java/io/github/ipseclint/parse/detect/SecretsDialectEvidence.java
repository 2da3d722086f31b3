// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.detect;

import io.github.ipseclint.model.secrets.SecretEncoding;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretKind;
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.secrets.SecretValue;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.secrets.Selector;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence of formats.md §7.5 in an {@code ipsec.secrets}: the file is read with Libreswan's
 * record rules (the more permissive of the two), then each entry is checked for what only one
 * implementation writes or accepts.
 */
final class SecretsDialectEvidence {
  private static final Set<SecretKind> STRONGSWAN_ONLY_KINDS = EnumSet.of(
      SecretKind.RSA, SecretKind.ECDSA, SecretKind.PKCS8, SecretKind.P12, SecretKind.PIN,
      SecretKind.EAP, SecretKind.NTLM);

  private SecretsDialectEvidence() {}

  static List<Evidence> of(SourceFile file, ConfigReader reader) {
    SecretsDocument document = (SecretsDocument) reader.read(file, FileKind.IPSEC_SECRETS, Implementation.LIBRESWAN).document();
    List<Evidence> evidence = new ArrayList<>();
    if (document.trees().isEmpty()) {
      return evidence;
    }
    for (SecretsStatement statement : document.trees().get(0).statements()) {
      if (statement instanceof SecretEntry entry) {
        entry(file, entry, evidence);
      }
    }
    return evidence;
  }

  private static void entry(SourceFile file, SecretEntry entry, List<Evidence> evidence) {
    Implementation sw = Implementation.STRONGSWAN;
    Implementation ls = Implementation.LIBRESWAN;
    entry.kind().ifPresent(kind -> {
      if (kind == SecretKind.PPKS) {
        evidence.add(new Evidence(ls, true, "a PPKS entry", entry.span()));
      } else if (STRONGSWAN_ONLY_KINDS.contains(kind)) {
        evidence.add(new Evidence(sw, true, "a " + kind + " entry", entry.span()));
      }
    });
    entry.type().ifPresent(type -> {
      if (!type.value().latin1().equals(type.value().latin1().toUpperCase(java.util.Locale.ROOT))) {
        evidence.add(new Evidence(ls, true, "the type '" + type.value().display() + "' in lower case", type.span()));
      }
    });
    if (entry.span().endLine() > entry.span().line()) {
      evidence.add(new Evidence(ls, true, "an entry continued on an indented line", entry.span()));
    }
    if (!entry.selectors().isEmpty() && colonGlued(file, entry.selectors().get(entry.selectors().size() - 1))) {
      evidence.add(new Evidence(ls, true, "a ':' glued to the last index", entry.span()));
    }
    entry.value().ifPresent(value -> value(entry, value, evidence));
  }

  private static void value(SecretEntry entry, SecretValue value, List<Evidence> evidence) {
    Span span = value.span();
    if (value.quoting() == SecretQuoting.BACKTICKS) {
      evidence.add(new Evidence(Implementation.LIBRESWAN, true, "a backtick-quoted secret", span));
    } else if (value.encoding() == SecretEncoding.TEXT_PREFIX) {
      evidence.add(new Evidence(Implementation.LIBRESWAN, true, "a 0t secret", span));
    } else if (value.encoding() == SecretEncoding.PLAIN_TEXT && entry.kind().map(SecretKind::isSharedSecret).orElse(false)) {
      evidence.add(new Evidence(Implementation.STRONGSWAN, true, "an unquoted secret without 0x/0s prefix", span));
    }
  }

  /** {@code @a: PSK}: the byte right after the selector is the colon. */
  private static boolean colonGlued(SourceFile file, Selector selector) {
    Located<?> text = selector.text();
    Span span = text.span();
    if (selector.quoting() != SecretQuoting.NONE) {
      return false;
    }
    int after = file.offset(span.endLine(), span.endColumn());
    byte[] bytes = file.bytes();
    return after < bytes.length && bytes[after] == ':';
  }
}
