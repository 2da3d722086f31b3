// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;

/**
 * An {@code include} directive; the pattern is relative to the including file's directory.
 *
 * @param followed false when the daemon never acts on it (strongSwan: after an error in the file)
 */
public record SecretsInclude(Located<ByteText> pattern, boolean followed, Span span)
    implements SecretsStatement {

  public SecretsInclude notFollowed() {
    return new SecretsInclude(pattern, false, span);
  }
}
