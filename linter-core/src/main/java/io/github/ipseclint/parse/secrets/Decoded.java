// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.secrets.SecretBytes;
import io.github.ipseclint.model.secrets.SecretEncoding;
import java.util.Optional;

/**
 * The outcome of decoding one secret token: the bytes, or the daemon's reason for rejecting it
 * (a reason never contains the token).
 */
public record Decoded(SecretEncoding encoding, Optional<SecretBytes> bytes, Optional<String> error) {

  static Decoded ok(SecretEncoding encoding, byte[] bytes) {
    return new Decoded(encoding, Optional.of(SecretBytes.of(bytes)), Optional.empty());
  }

  static Decoded rejected(SecretEncoding encoding, String reason) {
    return new Decoded(encoding, Optional.empty(), Optional.of(reason));
  }
}
