// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.proposal.ProposalContext;
import io.github.ipseclint.parse.proposal.ProposalReaders;
import io.github.ipseclint.parse.proposal.ProposalSyntax;
import java.util.Optional;

/** Proposal options of one section, read by the proposal readers with the daemon's defaults. */
record ProposalOptions(OptionReader reader, Target target, ProposalSyntax syntax) {

  /** The set for {@code key}, or the daemon's defaults when it is not written. */
  Configured<ProposalSet> read(Protocol protocol, IkeVersion version, boolean pfs, String... keys) {
    return read(protocol, version, pfs, reader.raw(keys));
  }

  Configured<ProposalSet> read(Protocol protocol, IkeVersion version, boolean pfs, Optional<RawValue> raw) {
    ProposalContext context = new ProposalContext(target, syntax, pfs, version, reader.home());
    ProposalSet set = ProposalReaders.of(syntax).read(protocol, raw.map(RawValue::located), context, reader.sink());
    return raw.map(value -> value.with(set)).orElseGet(() -> reader.byDefault(set));
  }
}
