// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.detect;

import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;

/**
 * One observation that points at a dialect.
 *
 * @param decisive true when the other implementation rejects or ignores it; false for a hint
 */
public record Evidence(Implementation points, boolean decisive, String what, Span span) {

  @Override
  public String toString() {
    return what + " (line " + span.line() + ")";
  }
}
