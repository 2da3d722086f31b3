// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.parse.FindingSink;
import java.util.Optional;

/**
 * Reads one proposal option into the daemon's effective proposals (algorithms.md §1.3). Unknown
 * tokens become {@code unknown-algorithm} findings and rule violations {@code invalid-proposal}
 * findings; a reader never throws on bad input.
 */
public interface ProposalReader {

  /**
   * @param written the option's value and its span, empty when the option is not written
   */
  ProposalSet read(Protocol protocol, Optional<Located<ByteText>> written, ProposalContext context,
      FindingSink sink);
}
