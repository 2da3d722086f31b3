// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.ipsec.AnyIdentity;
import io.github.ipseclint.model.ipsec.Identity;
import io.github.ipseclint.model.ipsec.Secret;
import io.github.ipseclint.model.ipsec.SecretType;
import io.github.ipseclint.model.secrets.SecretEntry;
import io.github.ipseclint.model.secrets.SecretKind;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.Selector;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.identity.LibreswanIdentityParser;
import io.github.ipseclint.parse.identity.ParsedIdentity;
import io.github.ipseclint.parse.identity.StrongswanIdentityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entries an {@code ipsec.secrets} daemon keeps, as {@link Secret}s in load order. Entries the
 * reader marked as not loaded are left out (their findings exist already).
 */
public final class SecretsConverter {
  private SecretsConverter() {}

  public static List<Secret> convert(SecretsDocument document, FindingSink sink) {
    Implementation implementation = document.target().implementation();
    List<Secret> secrets = new ArrayList<>();
    for (SecretEntry entry : document.loadedEntries()) {
      Optional<SecretType> type = entry.kind().flatMap(kind -> type(kind, implementation));
      if (type.isEmpty()) {
        continue;
      }
      Secret secret = new Secret(type.get(), owners(entry, implementation, sink), entry.secret(),
          keyFile(entry, type.get()), implementation, FileKind.IPSEC_SECRETS, entry.span(), 0);
      if (implementation == Implementation.STRONGSWAN) {
        // stroke_cred replaces an entry with the same secret and selectors (formats.md §4.2).
        secrets.removeIf(earlier -> earlier.sameCredential(secret));
      }
      secrets.add(secret);
    }
    List<Secret> indexed = new ArrayList<>();
    for (Secret secret : secrets) {
      indexed.add(secret.withLoadIndex(indexed.size()));
    }
    return indexed;
  }

  private static Optional<SecretType> type(SecretKind kind, Implementation implementation) {
    boolean libreswan = implementation == Implementation.LIBRESWAN;
    switch (kind) {
      case PSK:
        return Optional.of(SecretType.IKE_PSK);
      case XAUTH:
        return Optional.of(SecretType.XAUTH);
      case PPKS:
        return libreswan ? Optional.of(SecretType.PPK) : Optional.empty();
      case EAP:
        return libreswan ? Optional.empty() : Optional.of(SecretType.EAP);
      case NTLM:
        return libreswan ? Optional.empty() : Optional.of(SecretType.NTLM);
      default:
        // RSA, ECDSA, PKCS8, P12, PIN: Libreswan ignores them since 4.5 (the reader drops them).
        return libreswan ? Optional.empty() : Optional.of(SecretType.PRIVATE_KEY);
    }
  }

  private static List<Identity> owners(SecretEntry entry, Implementation implementation, FindingSink sink) {
    List<Identity> owners = new ArrayList<>();
    for (Selector selector : entry.selectors()) {
      if (implementation == Implementation.STRONGSWAN) {
        owners.add(StrongswanIdentityParser.parse(selector.text()));
      } else if (selector.valid()) {
        ParsedIdentity parsed = LibreswanIdentityParser.parse(selector.text());
        parsed.identity().ifPresent(owners::add);
        parsed.problem().ifPresent(problem -> sink.report(CoreRule.INVALID_VALUE, selector.text().span(),
            "index \"" + selector.text().value().display() + "\" " + problem
                + "; the index is left out of the entry"));
      }
    }
    if (owners.isEmpty()) {
      owners.add(new AnyIdentity(new Located<>(ByteText.EMPTY, entry.span().start())));
    }
    return owners;
  }

  private static Optional<Located<ByteText>> keyFile(SecretEntry entry, SecretType type) {
    if (type != SecretType.PRIVATE_KEY) {
      return Optional.empty();
    }
    return entry.value().map(value -> new Located<>(ByteText.of(value.written().copyOfBytes()), value.span()));
  }
}
