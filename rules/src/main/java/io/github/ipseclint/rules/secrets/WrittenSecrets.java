// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.secrets;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.secrets.TrailingToken;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.secrets.SecretsStatement;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.SettingsDocument;
import io.github.ipseclint.model.settings.SettingsFile;
import io.github.ipseclint.model.settings.SettingsValue;
import io.github.ipseclint.model.source.Comment;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared secrets (PSKs, EAP/XAUTH/NTLM passwords, PPKs) as they are written, which the
 * escaping rules read: every {@code ipsec.secrets} entry of a shared kind with a value (loaded or
 * not: a dropped entry is what several rules explain), and every {@code secret} of a swanctl
 * {@code secrets} section of a shared type.
 */
final class WrittenSecrets {
  /** swanctl's shared-secret section prefixes (formats.md §3.5), compared case-sensitively. */
  private static final List<String> SHARED_PREFIXES = List.of("eap", "xauth", "ntlm", "ike", "ppk");

  private WrittenSecrets() {}

  /** The entries of every file of an ipsec.secrets document, each file once. */
  static List<SecretEntry> entries(Document document) {
    if (!(document instanceof SecretsDocument secrets)) {
      return List.of();
    }
    List<SecretEntry> out = new ArrayList<>();
    for (SecretsFile file : secrets.trees()) {
      for (SecretsStatement statement : file.statements()) {
        if (statement instanceof SecretEntry entry && entry.value().isPresent()
            && entry.kind().isPresent() && entry.kind().get().isSharedSecret()) {
          out.add(entry);
        }
      }
    }
    return out;
  }

  /** A swanctl {@code secret = ...} of a shared-secret section. */
  record SwanctlSecret(String section, SettingsValue value) {}

  /** The shared secrets of a swanctl.conf; none when swanctl loads nothing from the file. */
  static List<SwanctlSecret> swanctl(Document document) {
    if (!(document instanceof SettingsDocument settings) || settings.kind() != FileKind.SWANCTL_CONF
        || !settings.valid()) {
      return List.of();
    }
    List<SwanctlSecret> out = new ArrayList<>();
    for (ResolvedSection section : settings.resolved().section("secrets").map(ResolvedSection::sections)
        .orElse(List.of())) {
      String name = section.name().latin1();
      if (SHARED_PREFIXES.stream().noneMatch(name::startsWith)) {
        continue;
      }
      section.value("secret").flatMap(value -> value.value())
          .ifPresent(value -> out.add(new SwanctlSecret(section.name().display(), value)));
    }
    return out;
  }

  /** The comment of a settings document that starts at this place, if any. */
  static Optional<Comment> commentAt(Document document, SourceFile file, int line, int column) {
    if (!(document instanceof SettingsDocument settings)) {
      return Optional.empty();
    }
    for (SettingsFile tree : settings.trees()) {
      if (tree.file().equals(file)) {
        return tree.comments().stream()
            .filter(comment -> comment.span().line() == line && comment.span().column() == column)
            .findFirst();
      }
    }
    return Optional.empty();
  }

  /** strongSwan: text after a secret that starts with '#' is meant as a comment and harmless. */
  static boolean startsComment(TrailingToken token) {
    byte[] text = token.text().copyOfBytes();
    return token.quoting() == SecretQuoting.NONE && text.length > 0 && text[0] == '#';
  }

  /** "1 byte", "5 bytes". */
  static String bytes(int count) {
    return count + (count == 1 ? " byte" : " bytes");
  }
}
