// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.FormatReader;
import io.github.ipseclint.parse.ReadContext;

/** PLACEHOLDER: replaced by the format's real reader before this lands on main. */
public final class StrongswanConfReader implements FormatReader {
  @Override
  public Document read(SourceFile file, ReadContext context) {
    throw new IllegalStateException("reader not written yet");
  }
}
