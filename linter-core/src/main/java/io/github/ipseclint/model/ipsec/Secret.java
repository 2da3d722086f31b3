// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.secrets.SecretBytes;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.util.List;
import java.util.Optional;

/**
 * A credential as the daemon holds it after loading: from an {@code ipsec.secrets} entry or a
 * swanctl.conf {@code secrets.*} section. Prints no secret: the bytes are {@link SecretBytes}.
 *
 * @param owners the identities it is for; never empty (no selector means one "any" owner)
 * @param key the decoded key bytes (PSK, password) or, for a private key, its passphrase or PIN;
 *     empty for a private key without one
 * @param keyFile private keys only: the file (or token key id) as written
 * @param source {@code IPSEC_SECRETS} or {@code SWANCTL_CONF}
 * @param span the entry or section
 * @param loadIndex the position in the daemon's load order among the secrets of one document
 *     (0 first); ties in secret selection are decided by it
 */
public record Secret(
    SecretType type,
    List<Identity> owners,
    Optional<SecretBytes> key,
    Optional<Located<ByteText>> keyFile,
    Implementation implementation,
    FileKind source,
    Span span,
    int loadIndex) {

  public Secret {
    owners = List.copyOf(owners);
    if (owners.isEmpty()) {
      throw new IllegalArgumentException("a secret has at least one owner");
    }
  }

  /** The same secret at another place in the load order. */
  public Secret withLoadIndex(int index) {
    return new Secret(type, owners, key, keyFile, implementation, source, span, index);
  }

  /** Same type, key and owners (as written): strongSwan replaces the earlier of two such entries. */
  public boolean sameCredential(Secret other) {
    return type == other.type
        && key.equals(other.key)
        && keyFile.map(Located::value).equals(other.keyFile.map(Located::value))
        && owners.stream().map(owner -> owner.written().value()).toList()
            .equals(other.owners.stream().map(owner -> owner.written().value()).toList());
  }
}
