// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

/** An end of a tunnel that cannot be simulated: a missing path, no such connection, a target for the other implementation. */
final class EndException extends Exception {
  private static final long serialVersionUID = 1L;

  EndException(String message) {
    super(message, null, false, false);
  }
}
