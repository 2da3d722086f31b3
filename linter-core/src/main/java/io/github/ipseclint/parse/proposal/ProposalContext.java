// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import java.util.Objects;

/**
 * What a proposal reader needs besides the text.
 *
 * @param pfs Libreswan's {@code pfs=} (default yes): with {@code pfs=no} ESP/AH key exchanges are dropped
 * @param ikeVersion the connection's IKE version (Libreswan's positional grammar and defaults differ)
 * @param omittedSpan where defaults point when the option is not written (e.g. the conn header)
 */
public record ProposalContext(
    Target target, ProposalSyntax syntax, boolean pfs, IkeVersion ikeVersion, Span omittedSpan) {

  public ProposalContext {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(ikeVersion, "ikeVersion");
    Objects.requireNonNull(omittedSpan, "omittedSpan");
    if (target.implementation() != syntax.implementation()) {
      throw new IllegalArgumentException(syntax + " proposals read for " + target);
    }
  }
}
