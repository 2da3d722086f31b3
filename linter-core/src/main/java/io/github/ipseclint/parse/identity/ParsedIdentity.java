// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.identity;

import io.github.ipseclint.model.ipsec.Identity;
import java.util.Optional;

/** An identity read from text, or why the daemon (or ipseclint) cannot use the text. */
public record ParsedIdentity(Optional<Identity> identity, Optional<String> problem) {

  static ParsedIdentity of(Identity identity) {
    return new ParsedIdentity(Optional.of(identity), Optional.empty());
  }

  static ParsedIdentity rejected(String problem) {
    return new ParsedIdentity(Optional.empty(), Optional.of(problem));
  }
}
