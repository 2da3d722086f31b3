// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import java.util.Optional;

/** Reads a proposal value written on line 1 of a one-line file {@code option=value}. */
final class Proposals {
  static final String PREFIX = "option=";

  private Proposals() {}

  static ProposalSet read(Protocol protocol, String value, Target target, ProposalSyntax syntax,
      boolean pfs, FindingSink sink) {
    SourceFile file = SourceFile.inMemory("test.conf", PREFIX + value + "\n");
    Span span = new Span(file, 1, PREFIX.length() + 1, 1, PREFIX.length() + 1 + value.length());
    ProposalContext context = new ProposalContext(target, syntax, pfs, IkeVersion.IKEV2, Span.ofLine(file, 1));
    return ProposalReaders.of(syntax).read(protocol,
        Optional.of(new Located<>(ByteText.ofUtf8(value), span)), context, sink);
  }

  static ProposalSet omitted(Protocol protocol, Target target, ProposalSyntax syntax, IkeVersion version) {
    SourceFile file = SourceFile.inMemory("test.conf", "conn test\n");
    ProposalContext context = new ProposalContext(target, syntax, true, version, Span.ofLine(file, 1));
    return ProposalReaders.of(syntax).read(protocol, Optional.empty(), context, new FindingSink());
  }
}
