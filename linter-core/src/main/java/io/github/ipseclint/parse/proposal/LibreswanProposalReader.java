// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.parse.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Libreswan proposals (algorithms.md §1.2, §1.3): {@code ,} between proposals, an omitted option
 * means the release's defaults, and an explicit list is complete (nothing is appended).
 */
final class LibreswanProposalReader implements ProposalReader {

  @Override
  public ProposalSet read(Protocol protocol, Optional<Located<ByteText>> written,
      ProposalContext context, FindingSink sink) {
    IkeVersion version = context.ikeVersion() == IkeVersion.IKEV1 ? IkeVersion.IKEV1 : IkeVersion.IKEV2;
    if (written.isEmpty()) {
      return new ProposalSet(protocol,
          LibreswanDefaults.of(context.target(), protocol, version, context.omittedSpan()), true);
    }
    WrittenValue value = new WrittenValue(written.get());
    ProposalProblems problems = new ProposalProblems(sink, context.target());
    List<Proposal> proposals = new ArrayList<>();
    for (Piece piece : Piece.of(value.text(), 0, value.text().length()).split(",")) {
      Span span = value.of(piece.start(), piece.end());
      if (piece.isEmpty()) {
        problems.invalid("empty proposal in '" + value.text() + "'", span);
        continue;
      }
      if (piece.text().startsWith("!")) {
        // '!' is pluto's impair switch: it skips the validity checks, a test-suite-only setting.
        problems.invalid("a leading '!' impairs the proposal (skips pluto's checks); remove it", span);
        Piece rest = Piece.of(value.text(), piece.start() + 1, piece.end());
        Proposal read = new LibreswanProposal(protocol, context, value, rest, problems).read(rest, value);
        proposals.add(new Proposal(protocol, read.transforms(), ProposalOrigin.CONFIGURED, span,
            Optional.of("impaired proposal")));
        continue;
      }
      proposals.add(new LibreswanProposal(protocol, context, value, piece, problems).read(piece, value));
    }
    return new ProposalSet(protocol, proposals, true);
  }
}
