// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One entry as written: {@code selectors : TYPE value [trailing...]}.
 *
 * @param selectors the selectors (indices) in order; empty means "any" / default
 * @param type the type token as written; empty when the line has none
 * @param kind the type the daemon recognises; empty when it does not
 * @param ppkId Libreswan PPKS only: the PPK id
 * @param value the secret token (for key types: the key file name); empty when missing
 * @param passphrase strongSwan key types only: the passphrase or PIN after the file name
 * @param trailing tokens after the value that the daemon does not use
 * @param loaded false when the daemon rejects the entry (the findings say why)
 */
public record SecretEntry(
    List<Selector> selectors,
    Optional<Located<ByteText>> type,
    Optional<SecretKind> kind,
    Optional<Selector> ppkId,
    Optional<SecretValue> value,
    Optional<SecretValue> passphrase,
    List<TrailingToken> trailing,
    boolean loaded,
    Span span) implements SecretsStatement {

  public SecretEntry {
    selectors = List.copyOf(selectors);
    trailing = List.copyOf(trailing);
  }

  /** The bytes the daemon uses: the decoded secret, or the decoded passphrase of a key entry. */
  public Optional<SecretBytes> secret() {
    if (kind.isPresent() && !kind.get().isSharedSecret()) {
      return passphrase.flatMap(SecretValue::decoded);
    }
    return value.flatMap(SecretValue::decoded);
  }

  public SecretEntry withLoaded(boolean isLoaded) {
    return new SecretEntry(selectors, type, kind, ppkId, value, passphrase, trailing, isLoaded, span);
  }
}
